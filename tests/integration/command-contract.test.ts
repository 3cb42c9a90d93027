import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/platform/db/client";
import { conflict, defineCommand, defineRecordCommand, replayed } from "@/lib/platform/command";
import { createActor, createOffice } from "../support/factories/base";

// The command contract (lib/platform/command.ts) against the real database, through throw-away commands on
// the Setting table: authorization (audited refusals as "not found"), parsing, one transaction that must
// carry its audit entry, and unique violations answered through onUniqueViolation.

const key = () => `contract.${crypto.randomUUID()}`;

const writeSetting = defineCommand({
  name: "contractTest.write",
  permission: "retention:manage",
  input: z.object({ key: z.string(), fail: z.boolean().default(false) }),
  run: async ({ input, tx, audit }) => {
    await tx.setting.create({ data: { key: input.key, value: { written: true } } });
    await audit({ action: "contractTest.write", entity: "Setting", entityId: input.key });
    if (input.fail) return conflict("common.errorBody");
    return { key: input.key };
  },
});

const writeWithoutAudit = defineCommand({
  name: "contractTest.noAudit",
  permission: "retention:manage",
  input: z.object({ key: z.string() }),
  run: async ({ input, tx }) => {
    await tx.setting.create({ data: { key: input.key, value: {} } });
    return { key: input.key };
  },
});

const insertTwice = defineCommand({
  name: "contractTest.unique",
  permission: "retention:manage",
  input: z.object({ key: z.string() }),
  run: async ({ input, tx, audit }) => {
    await tx.setting.create({ data: { key: input.key, value: {} } });
    await audit({ action: "contractTest.unique", entity: "Setting", entityId: input.key });
    return { key: input.key, first: true };
  },
  onUniqueViolation: async ({ input }) => replayed({ key: input.key, first: false }),
});

const touchOffice = defineRecordCommand({
  name: "contractTest.office",
  permission: "event:manage",
  // Any office: the scope check is the resource's, so a refusal there is audited with the id.
  load: (_actor, id) => db.immigrationOffice.findUnique({ where: { id } }),
  resource: (_, office) => ({ officeId: office.id }),
  input: z.object({}),
  run: async ({ target, audit }) => {
    await audit({ action: "contractTest.office", entity: "ImmigrationOffice", entityId: target.id });
    return { id: target.id };
  },
});

describe("the command contract", () => {
  it("commits the body and its audit entry together, and answers the value", async () => {
    const admin = await createActor("ADMIN");
    const k = key();
    expect(await writeSetting(admin, { key: k })).toEqual({ ok: true, value: { key: k } });
    expect(await db.setting.count({ where: { key: k } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "contractTest.write", entityId: k, actorId: admin.id } })).toBe(1);
  });

  it("rolls back everything a failing body wrote, its audit entry included, and answers the failure", async () => {
    const admin = await createActor("ADMIN");
    const k = key();
    expect(await writeSetting(admin, { key: k, fail: true })).toEqual({ ok: false, reason: "conflict", message: { key: "common.errorBody" } });
    expect(await db.setting.count({ where: { key: k } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "contractTest.write", entityId: k } })).toBe(0);
  });

  it("refuses a body that wrote without an audit entry: nothing commits", async () => {
    const admin = await createActor("ADMIN");
    const k = key();
    await expect(writeWithoutAudit(admin, { key: k })).rejects.toThrow(/wrote no audit entry/);
    expect(await db.setting.count({ where: { key: k } })).toBe(0);
  });

  it("answers bad input with field messages and writes nothing", async () => {
    const admin = await createActor("ADMIN");
    expect(await writeSetting(admin, { key: 42 })).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { key: { key: expect.any(String) } } });
  });

  it("answers a refused role as not found and audits the refusal", async () => {
    const staff = await createActor("OFFICE_STAFF", { officeId: (await createOffice(["63.02"])).id });
    const k = key();
    expect(await writeSetting(staff, { key: k })).toEqual({ ok: false, reason: "not-found" });
    expect(await writeSetting(null, { key: k })).toEqual({ ok: false, reason: "not-found" });
    expect(await db.setting.count({ where: { key: k } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "access.denied", actorId: staff.id, entity: "contractTest" } })).toBe(1);
  });

  it("answers an out-of-scope, absent or malformed id as not found, each audited", async () => {
    const mine = await createOffice(["63.02"]);
    const theirs = await createOffice(["35.19"]);
    const staff = await createActor("OFFICE_STAFF", { officeId: mine.id });
    expect(await touchOffice(staff, mine.id, {})).toEqual({ ok: true, value: { id: mine.id } });
    for (const id of [theirs.id, "00000000-0000-0000-0000-000000000000", "not-a-uuid"]) {
      expect(await touchOffice(staff, id, {})).toEqual({ ok: false, reason: "not-found" });
    }
    const denied = await db.auditLog.findMany({ where: { action: "access.denied", actorId: staff.id }, orderBy: { id: "asc" } });
    expect(denied.map((row) => row.entityId)).toEqual([theirs.id, "00000000-0000-0000-0000-000000000000", null]);
  });

  it("answers a unique violation through onUniqueViolation: the first commit stands, the second gets its answer", async () => {
    const admin = await createActor("ADMIN");
    const k = key();
    const answers = await Promise.all([insertTwice(admin, { key: k }), insertTwice(admin, { key: k })]);
    expect(answers.map((a) => (a.ok ? a.value.first : null)).sort()).toEqual([false, true]);
    expect(answers.find((a) => a.ok && !a.value.first)).toMatchObject({ replayed: true });
    expect(await db.setting.count({ where: { key: k } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "contractTest.unique", entityId: k } })).toBe(1);
  });
});
