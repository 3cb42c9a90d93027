import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { createOffice, updateOffice } from "@/lib/offices/commands";
import { getOffice, listOffices } from "@/lib/offices/queries";
import { createActor, createOffice as createTestOffice, pickVillage } from "../support/factories/base";
import { officeInput } from "../support/factories/admin";
import { fieldKeysOf, notFoundResult, valueOf } from "../support/results";

const auditRows = (entityId: string) => db.auditLog.findMany({ where: { entity: "ImmigrationOffice", entityId }, orderBy: { id: "asc" } });

// The first query of a file opens the pool and loads the client; on a busy machine that alone can exceed the
// default per-test timeout, so it happens here with a generous one.
beforeAll(async () => {
  await db.$queryRaw`SELECT 1`;
}, 60_000);

describe("office administration", { timeout: 30_000 }, () => {
  it("creates an office with its working area and audits it", async () => {
    const admin = await createActor("ADMIN");
    const office = valueOf(await createOffice(admin, officeInput({ regencyCodes: ["63.10"] })));
    expect(office.officeClass).toBe("KELAS_II_TPI");
    expect(office.requiresDisnakerRecommendation).toBe(true);
    const region = await db.regency.findUnique({ where: { code: "63.10" } });
    expect(region?.officeId).toBe(office.id);
    const [audit] = await auditRows(office.id);
    expect(audit.action).toBe("office.create");
    expect(audit.actorId).toBe(admin.id);
    expect(audit.changes).toMatchObject({ name: { to: office.name }, workingArea: { added: ["63.10"] } });
    expect((await listOffices(admin)).map((o) => o.id)).toContain(office.id);
  });

  it("rejects bad input per field and writes nothing", async () => {
    const admin = await createActor("ADMIN");
    const before = await db.immigrationOffice.count();
    const auditBefore = await db.auditLog.count();
    const error = await createOffice(
      admin,
      officeInput({ slug: "Bukan Slug!", email: "bukan-email", timeZone: "Europe/Paris", officeClass: "KELAS_III", name: "" }),
    );
    expect(error).toMatchObject({ ok: false, reason: "invalid" });
    expect(fieldKeysOf(error)).toMatchObject({
      slug: "office.slug",
      email: "office.email",
      timeZone: "office.timeZone",
      officeClass: "office.class",
      name: "office.name",
    });
    expect(fieldKeysOf(await createOffice(admin, officeInput({ regionalProvinceCode: "99" })))).toEqual({
      regionalProvinceCode: "office.province",
    });
    expect(fieldKeysOf(await createOffice(admin, officeInput({ regencyCodes: ["63.99"] })))).toEqual({
      regencyCodes: "office.regency",
    });
    expect(await db.immigrationOffice.count()).toBe(before);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it("refuses a duplicate slug", async () => {
    const admin = await createActor("ADMIN");
    const first = valueOf(await createOffice(admin, officeInput()));
    const error = await createOffice(admin, officeInput({ slug: first.slug }));
    expect(error).toMatchObject({ ok: false, reason: "invalid" });
    expect(fieldKeysOf(error)).toEqual({ slug: "office.slug.taken" });
  });

  it("moves a regency from another office only when confirmed, and says which office holds it", async () => {
    const admin = await createActor("ADMIN");
    const holder = await createTestOffice(["35.19"], "Kantor Imigrasi Kelas II Non TPI Madiun Uji");
    const office = valueOf(await createOffice(admin, officeInput({ regionalProvinceCode: "35", timeZone: "Asia/Jakarta" })));
    const auditBefore = await db.auditLog.count();

    const error = await updateOffice(admin, office.id, officeInput({ slug: office.slug, regencyCodes: ["35.19"] }));
    expect(error).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: {
        regencyCodes: { key: "office.conflictTitle" },
        "move:35.19": { key: "office.confirmMove", params: { regency: expect.any(String), office: holder.name } },
      },
    });
    expect((await db.regency.findUnique({ where: { code: "35.19" } }))?.officeId).toBe(holder.id);
    expect(await db.auditLog.count()).toBe(auditBefore);

    valueOf(await updateOffice(admin, office.id, officeInput({ slug: office.slug, regencyCodes: ["35.19"], confirmMoves: ["35.19"] })));
    expect((await db.regency.findUnique({ where: { code: "35.19" } }))?.officeId).toBe(office.id);
    const [, update] = await auditRows(office.id);
    expect(update.changes).toMatchObject({ workingArea: { added: ["35.19"], movedFrom: [{ code: "35.19", fromOfficeId: holder.id }] } });
    expect((await getOffice(admin, holder.id)).regencies).toEqual([]);
  });

  it("edits fields, releases regencies left out and records only what changed", async () => {
    const admin = await createActor("ADMIN");
    const input = officeInput({ regencyCodes: ["63.01", "63.03"] });
    const office = valueOf(await createOffice(admin, input));
    valueOf(await updateOffice(admin, office.id, { ...input, phone: "0518-71111", requiresDisnakerRecommendation: undefined, regencyCodes: ["63.01"] }));
    const after = await getOffice(admin, office.id);
    expect(after.phone).toBe("0518-71111");
    expect(after.requiresDisnakerRecommendation).toBe(false);
    expect(after.regencies.map((r) => r.code)).toEqual(["63.01"]);
    const [, update] = await auditRows(office.id);
    expect(Object.keys(update.changes as object).sort()).toEqual(["phone", "requiresDisnakerRecommendation", "workingArea"]);
    expect(update.changes).toMatchObject({ workingArea: { removed: ["63.03"] } });
  });

  it("looks absent to every role but the administrator", async () => {
    const office = await createTestOffice(["63.07"]);
    const staff = await createActor("OFFICE_STAFF", { officeId: office.id });
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: await pickVillage("63.07") });
    for (const actor of [staff, official]) {
      expect(await createOffice(actor, officeInput())).toEqual(notFoundResult);
      expect(await updateOffice(actor, office.id, officeInput())).toEqual(notFoundResult);
      await expect(listOffices(actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getOffice(actor, office.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const admin = await createActor("ADMIN");
    await expect(getOffice(admin, "00000000-0000-0000-0000-000000000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await updateOffice(admin, "bukan-id", officeInput())).toEqual(notFoundResult);
  });
});
