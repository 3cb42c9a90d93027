import "server-only";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { db } from "@/lib/platform/db/client";
import { type Actor } from "@/lib/platform/auth/policy";
import { diffChanges, recordAudit } from "@/lib/platform/audit/log";
import { NotFoundError } from "@/lib/platform/errors";
import { invalidInput, parseInput } from "@/lib/admin/input";
import { isCountryCode } from "@/lib/reference-data/countries";
import { defineCommand, fieldError, notFound, replayed } from "@/lib/platform/command";
import { feeInputSchema, moratoriumDateSchema, moratoriumInputSchema, zeroCostJobSchema } from "./schema";

// Editing the data the public guides read. Every change is audited; the caller revalidates public pages.

/** Adds a fee, or edits the one with the same code. */
export async function saveFee(actor: Actor, raw: unknown) {
  await authorizeAudited(actor, "referenceData:manage");
  const input = parseInput(feeInputSchema, raw);
  return db.$transaction(async (tx) => {
    const before = await tx.passportFee.findUnique({ where: { code: input.code } });
    const { code, ...data } = input;
    const fee = await tx.passportFee.upsert({ where: { code }, create: input, update: data });
    const changes = diffChanges(before ?? {}, input);
    if (Object.keys(changes).length) {
      await recordAudit({ actor, action: before ? "fee.update" : "fee.create", entity: "PassportFee", entityId: code, changes }, tx);
    }
    return fee;
  });
}

export async function deleteFee(actor: Actor, code: string) {
  await authorizeAudited(actor, "referenceData:manage");
  return db.$transaction(async (tx) => {
    const before = await tx.passportFee.findUnique({ where: { code: String(code) } });
    if (!before) throw new NotFoundError("fee");
    await tx.passportFee.delete({ where: { code: before.code } });
    await recordAudit(
      { actor, action: "fee.delete", entity: "PassportFee", entityId: before.code, changes: diffChanges(before, { labelId: null, labelEn: null, amount: null }) },
      tx,
    );
  });
}

export async function addMoratoriumCountry(actor: Actor, raw: unknown) {
  await authorizeAudited(actor, "referenceData:manage");
  const input = parseInput(moratoriumInputSchema, raw);
  if (!isCountryCode(input.countryCode) || input.countryCode === "ID") throw invalidInput({ countryCode: "v.country" });
  return db.$transaction(async (tx) => {
    const exists = await tx.moratoriumCountry.findUnique({ where: { countryCode: input.countryCode } });
    if (exists) throw invalidInput({ countryCode: "v.moratorium.duplicate" }, "DUPLICATE");
    const row = await tx.moratoriumCountry.create({ data: input });
    await recordAudit(
      { actor, action: "moratorium.add", entity: "MoratoriumCountry", entityId: input.countryCode, changes: diffChanges({}, input) },
      tx,
    );
    return row;
  });
}

export async function removeMoratoriumCountry(actor: Actor, countryCode: string) {
  await authorizeAudited(actor, "referenceData:manage");
  return db.$transaction(async (tx) => {
    const before = await tx.moratoriumCountry.findUnique({ where: { countryCode: String(countryCode) } });
    if (!before) throw new NotFoundError("moratorium country");
    await tx.moratoriumCountry.delete({ where: { countryCode: before.countryCode } });
    await recordAudit(
      {
        actor,
        action: "moratorium.remove",
        entity: "MoratoriumCountry",
        entityId: before.countryCode,
        changes: { countryCode: { from: before.countryCode, to: null }, note: { from: before.note, to: null } },
      },
      tx,
    );
  });
}

/** Sets the day a country's moratorium applies from; the risk rules flag departures from that day. */
export const setMoratoriumDate = defineCommand({
  name: "moratorium.setDate",
  permission: "referenceData:manage",
  input: moratoriumDateSchema,
  run: async ({ input, tx, audit }) => {
    const before = await tx.moratoriumCountry.findUnique({ where: { countryCode: input.countryCode } });
    if (!before) return notFound;
    const from = before.inForceSince.toISOString().slice(0, 10);
    const to = input.inForceSince.toISOString().slice(0, 10);
    if (from === to) return replayed({ countryCode: before.countryCode });
    await tx.moratoriumCountry.update({ where: { countryCode: before.countryCode }, data: { inForceSince: input.inForceSince } });
    await audit({ action: "moratorium.setDate", entity: "MoratoriumCountry", entityId: before.countryCode, changes: { inForceSince: { from, to } } });
    return { countryCode: before.countryCode };
  },
});

export const addZeroCostJob = defineCommand({
  name: "zeroCostJob.add",
  permission: "referenceData:manage",
  input: zeroCostJobSchema,
  run: async ({ input, tx, audit }) => {
    const exists = await tx.zeroCostJob.findUnique({ where: { jobSector: input.jobSector } });
    if (exists) return fieldError("jobSector", "v.zeroCostJob.duplicate");
    await tx.zeroCostJob.create({ data: { jobSector: input.jobSector, note: "Perban BP2MI 9/2020" } });
    await audit({ action: "zeroCostJob.add", entity: "ZeroCostJob", entityId: input.jobSector, changes: { jobSector: { from: null, to: input.jobSector } } });
    return { jobSector: input.jobSector };
  },
});

export const removeZeroCostJob = defineCommand({
  name: "zeroCostJob.remove",
  permission: "referenceData:manage",
  input: zeroCostJobSchema,
  run: async ({ input, tx, audit }) => {
    const { count } = await tx.zeroCostJob.deleteMany({ where: { jobSector: input.jobSector } });
    if (count === 0) return notFound;
    await audit({ action: "zeroCostJob.remove", entity: "ZeroCostJob", entityId: input.jobSector, changes: { jobSector: { from: input.jobSector, to: null } } });
    return { jobSector: input.jobSector };
  },
});
