import "server-only";
import { db, type Tx } from "@/lib/platform/db/client";
import { officeScope, type Actor } from "@/lib/platform/auth/policy";
import { diffChanges } from "@/lib/platform/audit/log";
import { conflict, defineCommand, defineRecordCommand, fieldError, notFound } from "@/lib/platform/command";
import { deactivationSchema, designationSchema } from "./schema";

// Desa Binaan designations, on the command contract (lib/platform/command.ts).

/** True when every officer is an active officer of the office. */
export async function officersOfOffice(tx: Tx, officeId: string, officerIds: string[]): Promise<boolean> {
  if (!officerIds.length) return true;
  const found = await tx.officer.count({ where: { id: { in: officerIds }, officeId, active: true } });
  return found === new Set(officerIds).size;
}

function dayToDate(day: string) {
  return new Date(`${day}T00:00:00Z`);
}

const alreadyDesignated = conflict("designation.duplicateVillage", { field: "villageCode" });

/** Designates a village of the office's working area as Desa Binaan. A village outside it is "not found". */
export const designateVillage = defineCommand({
  name: "designation.create",
  permission: "designation:manage",
  inputResource: (input) => ({ villageCode: input.villageCode }),
  input: designationSchema,
  run: async ({ actor, input, tx, audit }) => {
    const officeId = actor.officeId;
    if (!officeId) return notFound;
    const village = await tx.village.findUnique({ where: { code: input.villageCode }, select: { code: true } });
    if (!village) return notFound;
    if (!(await officersOfOffice(tx, officeId, input.officerIds))) return fieldError("officerIds", "designation.officers.invalid");
    const { officerIds, decreeDate, ...fields } = input;
    const designation = await tx.designation.create({
      data: {
        ...fields,
        decreeDate: dayToDate(decreeDate),
        officeId,
        createdById: actor.id,
        officers: { create: [...new Set(officerIds)].map((officerId) => ({ officerId })) },
      },
    });
    await audit({ action: "designation.create", entity: "Designation", entityId: designation.id, changes: { ...input } });
    return designation;
  },
  onUniqueViolation: async () => alreadyDesignated,
});

const loadManaged = (actor: Actor, id: string) =>
  db.designation.findFirst({ where: { id, ...officeScope(actor, "designation:manage") }, include: { officers: { select: { officerId: true } } } });

const onManaged = {
  permission: "designation:manage" as const,
  load: loadManaged,
  resource: (_: Actor, designation: { officeId: string }) => ({ officeId: designation.officeId }),
};

/** Corrects the decree, liaison or PIMPASA of a designation (the village itself does not change). */
export const updateDesignation = defineRecordCommand({
  name: "designation.update",
  ...onManaged,
  input: designationSchema,
  run: async ({ input, target: before, tx, audit }) => {
    if (before.villageCode !== input.villageCode) return fieldError("villageCode", "designation.village.fixed");
    if (!(await officersOfOffice(tx, before.officeId, input.officerIds))) return fieldError("officerIds", "designation.officers.invalid");
    const { officerIds, decreeDate, ...fields } = input;
    const designationId = before.id;
    await tx.designationOfficer.deleteMany({ where: { designationId, officerId: { notIn: officerIds } } });
    await tx.designationOfficer.createMany({ data: officerIds.map((officerId) => ({ designationId, officerId })), skipDuplicates: true });
    const after = await tx.designation.update({ where: { id: designationId }, data: { ...fields, decreeDate: dayToDate(decreeDate) } });
    await audit({
      action: "designation.update",
      entity: "Designation",
      entityId: designationId,
      changes: diffChanges(
        { ...before, decreeDate: before.decreeDate.toISOString().slice(0, 10), officerIds: before.officers.map((o) => o.officerId).sort() },
        { ...fields, decreeDate, officerIds: [...officerIds].sort() },
      ),
    });
    return after;
  },
});

export const deactivateDesignation = defineRecordCommand({
  name: "designation.deactivate",
  ...onManaged,
  input: deactivationSchema,
  run: async ({ input, target: before, tx, now, audit }) => {
    if (before.status !== "ACTIVE") return conflict("designation.alreadyInactive");
    const after = await tx.designation.update({
      where: { id: before.id },
      data: { status: "INACTIVE", deactivatedAt: now, deactivatedReason: input.reason },
    });
    await audit({
      action: "designation.deactivate",
      entity: "Designation",
      entityId: before.id,
      changes: { status: { from: "ACTIVE", to: "INACTIVE" }, deactivatedReason: input.reason },
    });
    return after;
  },
});
