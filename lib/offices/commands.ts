import "server-only";
import { db, type Tx } from "@/lib/platform/db/client";
import { diffChanges } from "@/lib/platform/audit/log";
import { defineCommand, defineRecordCommand, fieldError, invalid, replayed, type Failure, type FieldErrors } from "@/lib/platform/command";
import { officeInputSchema, officePassportSettingsSchema, type OfficeInput } from "./schema";

// Creating and editing immigration offices and their working areas, on the command contract
// (lib/platform/command.ts). A regency belongs to one office at a time (Regency.officeId); taking it from
// another office must be confirmed explicitly, or the command refuses and names the office that holds it.

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

type CheckedRegency = { code: string; officeId: string | null };

async function checkReferences(tx: Tx, input: OfficeInput, officeId: string | null): Promise<CheckedRegency[] | Failure> {
  const province = await tx.province.findUnique({ where: { code: input.regionalProvinceCode }, select: { code: true } });
  if (!province) return fieldError("regionalProvinceCode", "office.province");
  const slugOwner = await tx.immigrationOffice.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (slugOwner && slugOwner.id !== officeId) return fieldError("slug", "office.slug.taken");

  const codes = [...new Set(input.regencyCodes)];
  const regencies = await tx.regency.findMany({
    where: { code: { in: codes } },
    select: { code: true, name: true, officeId: true, office: { select: { name: true } } },
  });
  if (regencies.length !== codes.length) return fieldError("regencyCodes", "office.regency");
  const held = regencies.filter((r) => r.officeId && r.officeId !== officeId && !input.confirmMoves.includes(r.code));
  if (held.length) {
    // Each held regency travels as a "move:<code>" field, so the form asks to confirm that one move.
    const errors: FieldErrors = { regencyCodes: { key: "office.conflictTitle" } };
    for (const r of held) errors[`move:${r.code}`] = { key: "office.confirmMove", params: { regency: r.name, office: r.office!.name } };
    return invalid(errors);
  }
  return regencies;
}

const isFailure = (value: object): value is Failure => "ok" in value;

/** Sets the working area to exactly `codes`; returns what moved, for the audit row. */
async function setWorkingArea(tx: Tx, officeId: string, regencies: CheckedRegency[]) {
  const codes = regencies.map((r) => r.code);
  const released = await tx.regency.findMany({ where: { officeId, code: { notIn: codes } }, select: { code: true } });
  await tx.regency.updateMany({ where: { officeId, code: { notIn: codes } }, data: { officeId: null } });
  const added = regencies.filter((r) => r.officeId !== officeId);
  if (added.length) await tx.regency.updateMany({ where: { code: { in: added.map((r) => r.code) } }, data: { officeId } });
  const movedFrom = added.filter((r) => r.officeId).map((r) => ({ code: r.code, fromOfficeId: r.officeId }));
  return { added: added.map((r) => r.code), removed: released.map((r) => r.code), movedFrom };
}

export const createOffice = defineCommand({
  name: "office.create",
  permission: "office:manage",
  input: officeInputSchema,
  run: async ({ input, tx, audit }) => {
    const regencies = await checkReferences(tx, input, null);
    if (isFailure(regencies)) return regencies;
    const office = await tx.immigrationOffice.create({ data: officeData(input) });
    const area = await setWorkingArea(tx, office.id, regencies);
    await audit({
      action: "office.create",
      entity: "ImmigrationOffice",
      entityId: office.id,
      changes: { ...diffChanges({}, officeData(input)), workingArea: area },
    });
    return office;
  },
  // Two offices saved at once with the same slug: the constraint decides.
  onUniqueViolation: async () => fieldError("slug", "office.slug.taken"),
});

export const updateOffice = defineRecordCommand({
  name: "office.update",
  permission: "office:manage",
  load: (_actor, id) => db.immigrationOffice.findUnique({ where: { id } }),
  input: officeInputSchema,
  run: async ({ input, target: before, tx, audit }) => {
    const regencies = await checkReferences(tx, input, before.id);
    if (isFailure(regencies)) return regencies;
    const data = officeData(input);
    const office = await tx.immigrationOffice.update({ where: { id: before.id }, data });
    const area = await setWorkingArea(tx, before.id, regencies);
    const changes: Record<string, unknown> = diffChanges(Object.fromEntries(OFFICE_FIELDS.map((key) => [key, before[key]])), data);
    if (area.added.length || area.removed.length) changes.workingArea = area;
    if (!Object.keys(changes).length) return replayed(office);
    await audit({ action: "office.update", entity: "ImmigrationOffice", entityId: before.id, changes });
    return office;
  },
  onUniqueViolation: async () => fieldError("slug", "office.slug.taken"),
});

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
