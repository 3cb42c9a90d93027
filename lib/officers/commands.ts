import "server-only";
import { db, type Tx } from "@/lib/platform/db/client";
import { officeScope, type Actor } from "@/lib/platform/auth/policy";
import { diffChanges } from "@/lib/platform/audit/log";
import { conflict, defineCommand, defineRecordCommand, fieldError, notFound, type Failure } from "@/lib/platform/command";
import { officerSchema } from "./schema";

// The office's officers (PIMPASA), on the command contract (lib/platform/command.ts).

/** A linked account must be a staff account of the same office. */
async function linkedUserProblem(tx: Tx, officeId: string, userId: string | null): Promise<Failure | null> {
  if (!userId) return null;
  const user = await tx.user.findUnique({ where: { id: userId }, select: { officeId: true, role: true } });
  return !user || user.officeId !== officeId || user.role !== "OFFICE_STAFF" ? fieldError("userId", "officer.userId.invalid") : null;
}

/** NIP and linked account are unique: say which one is taken. */
async function takenField(officeId: string, input: { nip: string; userId: string | null }, exceptId?: string): Promise<Failure | null> {
  const other = { ...(exceptId ? { id: { not: exceptId } } : {}) };
  if (await db.officer.findFirst({ where: { nip: input.nip, ...other }, select: { id: true } })) {
    return conflict("officer.duplicateNip", { field: "nip" });
  }
  if (input.userId && (await db.officer.findFirst({ where: { userId: input.userId, ...other }, select: { id: true } }))) {
    return conflict("officer.duplicateUser", { field: "userId" });
  }
  return null;
}

export const createOfficer = defineCommand({
  name: "officer.create",
  permission: "officer:manage",
  resource: (actor) => ({ officeId: actor.officeId }),
  input: officerSchema,
  run: async ({ actor, input, tx, audit }) => {
    const officeId = actor.officeId;
    if (!officeId) return notFound;
    const problem = await linkedUserProblem(tx, officeId, input.userId);
    if (problem) return problem;
    const officer = await tx.officer.create({ data: { ...input, officeId } });
    await audit({ action: "officer.create", entity: "Officer", entityId: officer.id, changes: { ...input } });
    return officer;
  },
  onUniqueViolation: ({ actor, input }) => takenField(actor.officeId ?? "", input),
});

export const updateOfficer = defineRecordCommand({
  name: "officer.update",
  permission: "officer:manage",
  load: (actor: Actor, id: string) => db.officer.findFirst({ where: { id, ...officeScope(actor, "officer:manage") } }),
  resource: (_, officer) => ({ officeId: officer.officeId }),
  input: officerSchema,
  run: async ({ input, target: before, tx, audit }) => {
    const problem = await linkedUserProblem(tx, before.officeId, input.userId);
    if (problem) return problem;
    const officer = await tx.officer.update({ where: { id: before.id }, data: input });
    await audit({ action: "officer.update", entity: "Officer", entityId: before.id, changes: diffChanges(before, { ...input }) });
    return officer;
  },
  onUniqueViolation: ({ input, target }) => takenField(target.officeId, input, target.id),
});
