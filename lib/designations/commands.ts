import "server-only";
import { recordIdOrNotFound } from "@/lib/platform/validation/ids";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { db, type Tx } from "@/lib/platform/db/client";
import { Prisma } from "@/lib/platform/db/generated/client";
import { can, type Actor } from "@/lib/platform/auth/policy";
import { diffChanges, recordAudit } from "@/lib/platform/audit/log";
import { AppError, NotFoundError } from "@/lib/platform/errors";
import { deactivationSchema, designationSchema, type DesignationInput } from "./schema";

/** Officers must be active officers of the same office. */
export async function checkOfficers(tx: Tx, officeId: string, officerIds: string[]) {
  if (!officerIds.length) return;
  const found = await tx.officer.count({ where: { id: { in: officerIds }, officeId, active: true } });
  if (found !== new Set(officerIds).size) {
    throw new AppError("INVALID_INPUT", "unknown officer", { field: "officerIds", key: "officers.invalid" });
  }
}

function dayToDate(day: string) {
  return new Date(`${day}T00:00:00Z`);
}

/** Designates a village of the office's working area as Desa Binaan. A village outside it is "not found". */
export async function designateVillage(actor: Actor, input: DesignationInput) {
  const data = designationSchema.parse(input);
  await authorizeAudited(actor, "designation:manage", { villageCode: data.villageCode }, "village");
  const officeId = actor.officeId;
  if (!officeId) throw new NotFoundError("office");
  try {
    return await db.$transaction(async (tx) => {
      const village = await tx.village.findUnique({ where: { code: data.villageCode }, select: { code: true } });
      if (!village) throw new NotFoundError("village");
      await checkOfficers(tx, officeId, data.officerIds);
      const { officerIds, decreeDate, ...fields } = data;
      const designation = await tx.designation.create({
        data: {
          ...fields,
          decreeDate: dayToDate(decreeDate),
          officeId,
          createdById: actor.id,
          officers: { create: [...new Set(officerIds)].map((officerId) => ({ officerId })) },
        },
      });
      await recordAudit(
        { actor, action: "designation.create", entity: "Designation", entityId: designation.id, changes: { ...data } },
        tx,
      );
      return designation;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("DUPLICATE", "village already designated", { field: "villageCode", key: "village.designated" });
    }
    throw error;
  }
}

async function loadManaged(tx: Tx, actor: Actor, designationId: string) {
  const designation = await tx.designation.findUnique({
    where: { id: recordIdOrNotFound(designationId, "designation") },
    include: { officers: { select: { officerId: true } } },
  });
  if (!designation || !can(actor, "designation:manage", { officeId: designation.officeId })) {
    throw new NotFoundError("designation");
  }
  return designation;
}

/** Corrects the decree, liaison or PIMPASA of a designation (the village itself does not change). */
export async function updateDesignation(actor: Actor, designationId: string, input: DesignationInput) {
  const data = designationSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await loadManaged(tx, actor, designationId);
    if (before.villageCode !== data.villageCode) {
      throw new AppError("INVALID_INPUT", "village cannot change", { field: "villageCode", key: "village.fixed" });
    }
    await checkOfficers(tx, before.officeId, data.officerIds);
    const { officerIds, decreeDate, ...fields } = data;
    await tx.designationOfficer.deleteMany({ where: { designationId, officerId: { notIn: officerIds } } });
    await tx.designationOfficer.createMany({
      data: officerIds.map((officerId) => ({ designationId, officerId })),
      skipDuplicates: true,
    });
    const after = await tx.designation.update({
      where: { id: designationId },
      data: { ...fields, decreeDate: dayToDate(decreeDate) },
    });
    await recordAudit(
      {
        actor,
        action: "designation.update",
        entity: "Designation",
        entityId: designationId,
        changes: diffChanges(
          { ...before, decreeDate: before.decreeDate.toISOString().slice(0, 10), officerIds: before.officers.map((o) => o.officerId).sort() },
          { ...fields, decreeDate, officerIds: [...officerIds].sort() },
        ),
      },
      tx,
    );
    return after;
  });
}

export async function deactivateDesignation(actor: Actor, designationId: string, input: { reason: string }) {
  const { reason } = deactivationSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await loadManaged(tx, actor, designationId);
    if (before.status !== "ACTIVE") throw new AppError("CONFLICT", "already inactive");
    const after = await tx.designation.update({
      where: { id: designationId },
      data: { status: "INACTIVE", deactivatedAt: new Date(), deactivatedReason: reason },
    });
    await recordAudit(
      {
        actor,
        action: "designation.deactivate",
        entity: "Designation",
        entityId: designationId,
        changes: { status: { from: "ACTIVE", to: "INACTIVE" }, deactivatedReason: reason },
      },
      tx,
    );
    return after;
  });
}
