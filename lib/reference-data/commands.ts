import "server-only";
import { z } from "zod";
import { diffChanges } from "@/lib/platform/audit/log";
import { defineCommand, fieldError, notFound, replayed } from "@/lib/platform/command";
import { isCountryCode } from "@/lib/reference-data/countries";
import { feeInputSchema, moratoriumDateSchema, moratoriumInputSchema, zeroCostJobSchema } from "./schema";

// Editing the data the public guides read, on the command contract (lib/platform/command.ts). Every change
// is audited; the caller revalidates public pages.

/** Adds a fee, or edits the one with the same code. */
export const saveFee = defineCommand({
  name: "referenceData.saveFee",
  permission: "referenceData:manage",
  input: feeInputSchema,
  run: async ({ input, tx, audit }) => {
    const before = await tx.passportFee.findUnique({ where: { code: input.code } });
    const { code, ...data } = input;
    const fee = await tx.passportFee.upsert({ where: { code }, create: input, update: data });
    const changes = diffChanges(before ?? {}, input);
    if (!Object.keys(changes).length) return replayed(fee);
    await audit({ action: before ? "fee.update" : "fee.create", entity: "PassportFee", entityId: code, changes });
    return fee;
  },
});

/** Fees and moratorium countries are keyed by their code, not a uuid. */
const byCode = { key: z.string().max(40) };

export const deleteFee = defineCommand({
  name: "referenceData.deleteFee",
  permission: "referenceData:manage",
  input: z.object(byCode),
  run: async ({ input, tx, audit }) => {
    const before = await tx.passportFee.findUnique({ where: { code: input.key } });
    if (!before) return notFound;
    await tx.passportFee.delete({ where: { code: before.code } });
    await audit({
      action: "fee.delete",
      entity: "PassportFee",
      entityId: before.code,
      changes: diffChanges(before, { labelId: null, labelEn: null, amount: null }),
    });
    return { code: before.code };
  },
});

export const addMoratoriumCountry = defineCommand({
  name: "referenceData.addMoratorium",
  permission: "referenceData:manage",
  input: moratoriumInputSchema,
  run: async ({ input, tx, audit }) => {
    if (!isCountryCode(input.countryCode) || input.countryCode === "ID") return fieldError("countryCode", "reference.country");
    const exists = await tx.moratoriumCountry.findUnique({ where: { countryCode: input.countryCode } });
    if (exists) return fieldError("countryCode", "reference.moratorium.duplicate");
    const row = await tx.moratoriumCountry.create({ data: input });
    await audit({ action: "moratorium.add", entity: "MoratoriumCountry", entityId: input.countryCode, changes: diffChanges({}, input) });
    return row;
  },
  onUniqueViolation: async () => fieldError("countryCode", "reference.moratorium.duplicate"),
});

export const removeMoratoriumCountry = defineCommand({
  name: "referenceData.removeMoratorium",
  permission: "referenceData:manage",
  input: z.object(byCode),
  run: async ({ input, tx, audit }) => {
    const before = await tx.moratoriumCountry.findUnique({ where: { countryCode: input.key } });
    if (!before) return notFound;
    await tx.moratoriumCountry.delete({ where: { countryCode: before.countryCode } });
    await audit({
      action: "moratorium.remove",
      entity: "MoratoriumCountry",
      entityId: before.countryCode,
      changes: { countryCode: { from: before.countryCode, to: null }, note: { from: before.note, to: null } },
    });
    return { countryCode: before.countryCode };
  },
});

/** Sets the day a country's moratorium applies from; the risk rules flag departures from that day. */
export const setMoratoriumDate = defineCommand({
  name: "referenceData.setMoratoriumDate",
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
  name: "referenceData.addZeroCostJob",
  permission: "referenceData:manage",
  input: zeroCostJobSchema,
  run: async ({ input, tx, audit }) => {
    const exists = await tx.zeroCostJob.findUnique({ where: { jobSector: input.jobSector } });
    if (exists) return fieldError("jobSector", "reference.zeroCostJob.duplicate");
    await tx.zeroCostJob.create({ data: { jobSector: input.jobSector, note: "Perban BP2MI 9/2020" } });
    await audit({ action: "zeroCostJob.add", entity: "ZeroCostJob", entityId: input.jobSector, changes: { jobSector: { from: null, to: input.jobSector } } });
    return { jobSector: input.jobSector };
  },
});

export const removeZeroCostJob = defineCommand({
  name: "referenceData.removeZeroCostJob",
  permission: "referenceData:manage",
  input: zeroCostJobSchema,
  run: async ({ input, tx, audit }) => {
    const { count } = await tx.zeroCostJob.deleteMany({ where: { jobSector: input.jobSector } });
    if (count === 0) return notFound;
    await audit({ action: "zeroCostJob.remove", entity: "ZeroCostJob", entityId: input.jobSector, changes: { jobSector: { from: input.jobSector, to: null } } });
    return { jobSector: input.jobSector };
  },
});
