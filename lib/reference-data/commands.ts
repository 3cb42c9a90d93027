import "server-only";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { db } from "@/lib/platform/db/client";
import { type Actor } from "@/lib/platform/auth/policy";
import { diffChanges, recordAudit } from "@/lib/platform/audit/log";
import { NotFoundError } from "@/lib/platform/errors";
import { invalidInput, parseInput } from "@/lib/admin/input";
import { isCountryCode } from "@/lib/reference-data/countries";
import { feeInputSchema, moratoriumInputSchema } from "./schema";

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
