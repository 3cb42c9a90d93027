import "server-only";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { db, type Tx } from "@/lib/platform/db/client";
import { type Actor } from "@/lib/platform/auth/policy";
import { diffChanges, recordAudit } from "@/lib/platform/audit/log";
import { NotFoundError } from "@/lib/platform/errors";
import { invalidInput, parseInput } from "@/lib/admin/input";
import { defineRecordCommand, replayed } from "@/lib/platform/command";
import { officeInputSchema, officePassportSettingsSchema, type OfficeInput } from "./schema";

// Creating and editing immigration offices and their working areas. A regency belongs to one office at a
// time (Regency.officeId); taking it from another office must be confirmed explicitly, or the command
// refuses and names the office that holds it.

export type RegencyConflict = { code: string; name: string; officeId: string; officeName: string };

export class RegencyConflictError extends Error {
  constructor(readonly conflicts: RegencyConflict[]) {
    super("regencies held by another office");
    this.name = "RegencyConflictError";
  }
}

const OFFICE_FIELDS = [
  "slug",
  "name",
  "officeClass",
  "address",
  "phone",
  "email",
  "website",
  "regionalProvinceCode",
  "timeZone",
  "requiresDisnakerRecommendation",
] as const;

function officeData(input: OfficeInput) {
  return Object.fromEntries(OFFICE_FIELDS.map((key) => [key, input[key]])) as Pick<OfficeInput, (typeof OFFICE_FIELDS)[number]>;
}

async function checkReferences(tx: Tx, input: OfficeInput, officeId: string | null) {
  const province = await tx.province.findUnique({ where: { code: input.regionalProvinceCode }, select: { code: true } });
  if (!province) throw invalidInput({ regionalProvinceCode: "v.office.province" });
  const slugOwner = await tx.immigrationOffice.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (slugOwner && slugOwner.id !== officeId) throw invalidInput({ slug: "v.slug.taken" }, "DUPLICATE");

  const codes = [...new Set(input.regencyCodes)];
  const regencies = await tx.regency.findMany({
    where: { code: { in: codes } },
    select: { code: true, name: true, officeId: true, office: { select: { name: true } } },
  });
  if (regencies.length !== codes.length) throw invalidInput({ regencyCodes: "v.office.regency" });
  const conflicts = regencies
    .filter((r) => r.officeId && r.officeId !== officeId && !input.confirmMoves.includes(r.code))
    .map((r) => ({ code: r.code, name: r.name, officeId: r.officeId!, officeName: r.office!.name }));
  if (conflicts.length) throw new RegencyConflictError(conflicts);
  return regencies;
}

/** Sets the working area to exactly `codes`; returns what moved, for the audit row. */
async function setWorkingArea(tx: Tx, officeId: string, regencies: { code: string; officeId: string | null }[]) {
  const codes = regencies.map((r) => r.code);
  const released = await tx.regency.findMany({
    where: { officeId, code: { notIn: codes } },
    select: { code: true },
  });
  await tx.regency.updateMany({ where: { officeId, code: { notIn: codes } }, data: { officeId: null } });
  const added = regencies.filter((r) => r.officeId !== officeId);
  if (added.length) await tx.regency.updateMany({ where: { code: { in: added.map((r) => r.code) } }, data: { officeId } });
  const movedFrom = added.filter((r) => r.officeId).map((r) => ({ code: r.code, fromOfficeId: r.officeId }));
  return { added: added.map((r) => r.code), removed: released.map((r) => r.code), movedFrom };
}

export async function createOffice(actor: Actor, raw: unknown) {
  await authorizeAudited(actor, "office:manage");
  const input = parseInput(officeInputSchema, raw);
  return db.$transaction(async (tx) => {
    const regencies = await checkReferences(tx, input, null);
    const office = await tx.immigrationOffice.create({ data: officeData(input) });
    const area = await setWorkingArea(tx, office.id, regencies);
    await recordAudit(
      {
        actor,
        action: "office.create",
        entity: "ImmigrationOffice",
        entityId: office.id,
        changes: { ...diffChanges({}, officeData(input)), workingArea: area },
      },
      tx,
    );
    return office;
  });
}

export async function updateOffice(actor: Actor, id: string, raw: unknown) {
  await authorizeAudited(actor, "office:manage");
  const input = parseInput(officeInputSchema, raw);
  return db.$transaction(async (tx) => {
    const before = /^[0-9a-f-]{36}$/i.test(id) ? await tx.immigrationOffice.findUnique({ where: { id } }) : null;
    if (!before) throw new NotFoundError("office");
    const regencies = await checkReferences(tx, input, id);
    const data = officeData(input);
    const office = await tx.immigrationOffice.update({ where: { id }, data });
    const area = await setWorkingArea(tx, id, regencies);
    const changes: Record<string, unknown> = diffChanges(
      Object.fromEntries(OFFICE_FIELDS.map((key) => [key, before[key]])),
      data,
    );
    if (area.added.length || area.removed.length) changes.workingArea = area;
    if (Object.keys(changes).length) {
      await recordAudit({ actor, action: "office.update", entity: "ImmigrationOffice", entityId: id, changes }, tx);
    }
    return office;
  });
}

const dayOrNull = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Sets the office's passport-service settings (e-passport only since, quota release note); audited. */
export const updateOfficePassportSettings = defineRecordCommand({
  name: "office.passportSettings",
  permission: "office:manage",
  load: (_actor, id) => db.immigrationOffice.findUnique({ where: { id }, select: { id: true, electronicOnlySince: true, quotaReleaseNote: true } }),
  input: officePassportSettingsSchema,
  run: async ({ input, target, tx, audit }) => {
    const changes = diffChanges(
      { electronicOnlySince: dayOrNull(target.electronicOnlySince), quotaReleaseNote: target.quotaReleaseNote },
      { electronicOnlySince: dayOrNull(input.electronicOnlySince), quotaReleaseNote: input.quotaReleaseNote },
    );
    // Saving the form unchanged writes nothing.
    if (Object.keys(changes).length === 0) return replayed({ id: target.id });
    await tx.immigrationOffice.update({ where: { id: target.id }, data: input });
    await audit({ action: "office.passportSettings", entity: "ImmigrationOffice", entityId: target.id, changes });
    return { id: target.id };
  },
});
