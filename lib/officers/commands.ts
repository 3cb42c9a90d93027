import "server-only";
import { recordIdOrNotFound } from "@/lib/platform/validation/ids";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { db, type Tx } from "@/lib/platform/db/client";
import { Prisma } from "@/lib/platform/db/generated/client";
import { can, type Actor } from "@/lib/platform/auth/policy";
import { recordAudit, diffChanges } from "@/lib/platform/audit/log";
import { AppError, NotFoundError } from "@/lib/platform/errors";
import { officerSchema, type OfficerInput } from "./schema";

async function checkLinkedUser(tx: Tx, officeId: string, userId: string | null) {
  if (!userId) return;
  const user = await tx.user.findUnique({ where: { id: userId }, select: { officeId: true, role: true } });
  if (!user || user.officeId !== officeId || user.role !== "OFFICE_STAFF") {
    throw new AppError("INVALID_INPUT", "user not of this office", { field: "userId", key: "userId.invalid" });
  }
}

function rethrowUnique(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    const target = String(error.meta?.target ?? "");
    throw new AppError("DUPLICATE", "officer exists", { field: target.includes("user") ? "userId" : "nip" });
  }
  throw error;
}

export async function createOfficer(actor: Actor, input: OfficerInput) {
  await authorizeAudited(actor, "officer:manage", { officeId: actor.officeId });
  const officeId = actor.officeId;
  if (!officeId) throw new NotFoundError("office");
  const data = officerSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      await checkLinkedUser(tx, officeId, data.userId);
      const officer = await tx.officer.create({ data: { ...data, officeId } });
      await recordAudit(
        { actor, action: "officer.create", entity: "Officer", entityId: officer.id, changes: { ...data } },
        tx,
      );
      return officer;
    });
  } catch (error) {
    rethrowUnique(error);
  }
}

export async function updateOfficer(actor: Actor, officerId: string, input: OfficerInput) {
  const data = officerSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.officer.findUnique({ where: { id: recordIdOrNotFound(officerId, "officer") } });
      if (!before || !can(actor, "officer:manage", { officeId: before.officeId })) throw new NotFoundError("officer");
      await checkLinkedUser(tx, before.officeId, data.userId);
      const officer = await tx.officer.update({ where: { id: officerId }, data });
      await recordAudit(
        {
          actor,
          action: "officer.update",
          entity: "Officer",
          entityId: officerId,
          changes: diffChanges(before, { ...data }),
        },
        tx,
      );
      return officer;
    });
  } catch (error) {
    rethrowUnique(error);
  }
}
