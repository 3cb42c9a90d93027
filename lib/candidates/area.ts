import "server-only";
import { isRecordId } from "@/lib/platform/validation/ids";
import { z } from "zod";
import { db } from "@/lib/platform/db/client";
import { villageScope, type Actor } from "@/lib/platform/auth/policy";
import { defineRecordCommand } from "@/lib/platform/command";
import { NIK_ELSEWHERE_ACTION } from "./nik-elsewhere";
import { NotFoundError } from "@/lib/platform/errors";
import { isRiskCode, type RiskCode } from "./risk";

// The office's view over the CPMI of its working area (Kanim workspace): the "flagged" queue and the status
// notes staff keep on a record. Everything else an office does with a CPMI goes through queries.ts/commands.ts.

export const FLAGGED_PAGE_SIZE = 25;

/**
 * CPMI with at least one risk indicator, soonest departure first (unknown departures last), so staff can act
 * before someone leaves. Departures already past are left out: the queue is about who can still be reached.
 */
export async function listFlaggedQueue(actor: Actor, options: { page?: number; today?: Date } = {}) {
  const page = Math.max(1, options.page ?? 1);
  const today = options.today ?? new Date(new Date().toISOString().slice(0, 10));
  // AND keeps the scope's own OR (one branch per regency) apart from the departure OR.
  const where = {
    AND: [
      villageScope(actor, "candidate:read"),
      { restrictedAt: null, anonymisedAt: null, riskCount: { gt: 0 } },
      { OR: [{ plannedDeparture: null }, { plannedDeparture: { gte: today } }] },
    ],
  };
  const [total, rows] = await Promise.all([
    db.candidate.count({ where }),
    db.candidate.findMany({
      where,
      orderBy: [{ plannedDeparture: { sort: "asc", nulls: "last" } }, { riskCount: "desc" }, { id: "asc" }],
      skip: (page - 1) * FLAGGED_PAGE_SIZE,
      take: FLAGGED_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        nikMasked: true,
        villageCode: true,
        destinationCountry: true,
        passportStatus: true,
        plannedDeparture: true,
        riskFlags: true,
        village: { select: { name: true } },
        _count: { select: { guidance: true, notes: true } },
      },
    }),
  ]);
  return {
    total,
    page,
    pages: Math.max(1, Math.ceil(total / FLAGGED_PAGE_SIZE)),
    rows: rows.map(({ village, _count, riskFlags, ...c }) => ({
      ...c,
      villageName: village.name,
      riskFlags: riskFlags.filter(isRiskCode) as RiskCode[],
      guidanceCount: _count.guidance,
      noteCount: _count.notes,
    })),
  };
}

export const candidateNoteSchema = z.object({
  body: z.string().trim().min(3, "candidateNote.note.required").max(2000, "candidateNote.tooLong"),
});

/** A status note by office staff on a CPMI of its area. Out of area: not found. */
export const addCandidateNote = defineRecordCommand({
  name: "candidateNote.create",
  permission: "candidateNote:create",
  load: (_actor, id) =>
    db.candidate.findFirst({ where: { id, restrictedAt: null, anonymisedAt: null }, select: { id: true, villageCode: true } }),
  resource: (_, candidate) => candidate,
  input: candidateNoteSchema,
  run: async ({ actor, input, target: candidate, tx, audit }) => {
    const note = await tx.candidateNote.create({ data: { candidateId: candidate.id, authorId: actor.id, body: input.body } });
    await audit({ action: "candidateNote.create", entity: "CandidateNote", entityId: note.id, changes: { candidateId: candidate.id, body: input.body } });
    return note;
  },
});

export async function listCandidateNotes(actor: Actor, candidateId: string) {
  if (!isRecordId(candidateId)) throw new NotFoundError("candidate");
  const candidate = await db.candidate.findFirst({
    where: { id: candidateId, ...villageScope(actor, "candidateNote:read"), anonymisedAt: null },
    select: { id: true },
  });
  if (!candidate) throw new NotFoundError("candidate");
  const notes = await db.candidateNote.findMany({
    where: { candidateId },
    orderBy: { createdAt: "desc" },
    select: { id: true, body: true, createdAt: true, authorId: true },
  });
  const authors = await db.user.findMany({
    where: { id: { in: notes.map((n) => n.authorId).filter((id): id is string => Boolean(id)) } },
    select: { id: true, name: true },
  });
  const names = new Map(authors.map((a) => [a.id, a.name]));
  return notes.map((n) => ({ ...n, authorName: n.authorId ? (names.get(n.authorId) ?? null) : null }));
}

/** Names of the villages of a page of CPMI (the register's rows carry only the code). */
export async function villageNames(codes: string[]): Promise<Map<string, string>> {
  const villages = await db.village.findMany({ where: { code: { in: [...new Set(codes)] } }, select: { code: true, name: true } });
  return new Map(villages.map((v) => [v.code, v.name]));
}

/** How far back the office's reconciliation list reaches. */
const RECONCILE_DAYS = 30;

/**
 * NIKs of the area's CPMI that another village tried to register (lib/candidates/nik-elsewhere.ts): the holding
 * office reconciles them with that village. Newest first; the NIK itself is in no audit entry and not here.
 */
export async function listNikReconciliations(actor: Actor, now = new Date()) {
  const hits = await db.auditLog.findMany({
    where: { action: NIK_ELSEWHERE_ACTION, entity: "Candidate", at: { gt: new Date(now.getTime() - RECONCILE_DAYS * 86_400_000) } },
    orderBy: { at: "desc" },
    take: 200,
    select: { id: true, at: true, entityId: true, changes: true },
  });
  const ids = [...new Set(hits.map((h) => h.entityId).filter((id): id is string => Boolean(id)))];
  const candidates = await db.candidate.findMany({
    where: { id: { in: ids }, ...villageScope(actor, "candidate:read"), anonymisedAt: null },
    select: { id: true, name: true, villageCode: true },
  });
  const held = new Map(candidates.map((c) => [c.id, c]));
  const fromVillages = hits.map((h) => String((h.changes as { fromVillage?: string } | null)?.fromVillage ?? ""));
  const names = await villageNames(fromVillages.filter(Boolean));
  return hits.flatMap((hit, i) => {
    const candidate = hit.entityId ? held.get(hit.entityId) : undefined;
    if (!candidate) return [];
    return [{ id: String(hit.id), at: hit.at, candidate, fromVillage: names.get(fromVillages[i]) ?? fromVillages[i] }];
  });
}
