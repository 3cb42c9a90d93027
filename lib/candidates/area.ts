import "server-only";
import { isRecordId } from "@/lib/platform/validation/ids";
import { z } from "zod";
import { db } from "@/lib/platform/db/client";
import { can, villageScope, type Actor } from "@/lib/platform/auth/policy";
import { recordAudit } from "@/lib/platform/audit/log";
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
  body: z.string().trim().min(3, "note.required").max(2000, "tooLong"),
});

/** A status note by office staff on a CPMI of its area. Out of area: not found. */
export async function addCandidateNote(actor: Actor, candidateId: string, input: { body: string }) {
  const { body } = candidateNoteSchema.parse(input);
  if (!isRecordId(candidateId)) throw new NotFoundError("candidate");
  return db.$transaction(async (tx) => {
    const candidate = await tx.candidate.findFirst({
      where: { id: candidateId, restrictedAt: null, anonymisedAt: null },
      select: { id: true, villageCode: true },
    });
    if (!candidate || !can(actor, "candidateNote:create", candidate)) throw new NotFoundError("candidate");
    const note = await tx.candidateNote.create({ data: { candidateId, authorId: actor.id, body } });
    await recordAudit(
      { actor, action: "candidateNote.create", entity: "CandidateNote", entityId: note.id, changes: { candidateId, body } },
      tx,
    );
    return note;
  });
}

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
