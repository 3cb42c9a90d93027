import "server-only";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { db, type Tx } from "@/lib/platform/db/client";
import type { AccessKind, AccessPurpose, Role } from "@/lib/platform/db/generated/enums";
import { type Actor } from "@/lib/platform/auth/policy";

// Who saw whose personal data, when and why. Written on every view of a CPMI detail page and of a full NIK;
// read by administrators, and given to the data subject (without staff names) in the copy of their data.

export const ACCESS_PURPOSES = ["CASE_HANDLING", "VERIFICATION", "REPORTING", "DATA_SUBJECT_REQUEST"] as const;
export const ACCESS_KINDS = ["VIEW_DETAIL", "VIEW_FULL_NIK", "EXPORT_FULL_NIK"] as const;

export async function recordCandidateAccess(
  actor: Pick<Actor, "id">,
  candidateId: string,
  kind: AccessKind,
  purpose: AccessPurpose,
  tx: Tx = db,
): Promise<void> {
  await tx.accessRecord.create({ data: { actorId: actor.id, candidateId, kind, purpose } });
}

export type AccessRecordFilters = {
  candidateId?: string;
  actorId?: string;
  kind?: AccessKind;
  from?: Date;
  to?: Date;
  page?: number;
};

export const ACCESS_PAGE_SIZE = 50;

export type AccessRecordRow = {
  id: string;
  at: Date;
  kind: AccessKind;
  purpose: AccessPurpose;
  actor: { id: string; name: string; role: Role } | null;
  candidate: { id: string; nikMasked: string; villageCode: string; anonymised: boolean } | null;
};

/** For administrators: every access, newest first, filtered on the server. */
export async function listAccessRecords(actor: Actor, filters: AccessRecordFilters = {}) {
  await authorizeAudited(actor, "accessRecord:read");
  const where = {
    ...(filters.candidateId ? { candidateId: filters.candidateId } : {}),
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.from || filters.to ? { at: { gte: filters.from, lt: filters.to } } : {}),
  };
  const page = Math.max(1, filters.page ?? 1);
  const [total, records] = await Promise.all([
    db.accessRecord.count({ where }),
    db.accessRecord.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * ACCESS_PAGE_SIZE,
      take: ACCESS_PAGE_SIZE,
      include: { candidate: { select: { id: true, nikMasked: true, villageCode: true, anonymisedAt: true } } },
    }),
  ]);
  const actorIds = [...new Set(records.map((r) => r.actorId).filter((id): id is string => id != null))];
  const users = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, role: true } });
  const byId = new Map(users.map((u) => [u.id, u]));
  const rows: AccessRecordRow[] = records.map((r) => ({
    id: r.id.toString(),
    at: r.at,
    kind: r.kind,
    purpose: r.purpose,
    actor: r.actorId ? (byId.get(r.actorId) ?? null) : null,
    candidate: r.candidate
      ? {
          id: r.candidate.id,
          nikMasked: r.candidate.nikMasked,
          villageCode: r.candidate.villageCode,
          anonymised: r.candidate.anonymisedAt != null,
        }
      : null,
  }));
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / ACCESS_PAGE_SIZE)) };
}

/**
 * The accesses to one person's record as the data subject receives them: when, what and why, and the role of
 * who looked, but no staff names (that would be another person's data).
 */
export async function accessHistoryForSubject(candidateId: string, tx: Tx = db) {
  const records = await tx.accessRecord.findMany({
    where: { candidateId },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  const actorIds = [...new Set(records.map((r) => r.actorId).filter((id): id is string => id != null))];
  const users = await tx.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, role: true } });
  const roleOf = new Map(users.map((u) => [u.id, u.role]));
  return records.map((r) => ({
    at: r.at,
    kind: r.kind,
    purpose: r.purpose,
    actorRole: r.actorId ? (roleOf.get(r.actorId) ?? null) : null,
  }));
}
