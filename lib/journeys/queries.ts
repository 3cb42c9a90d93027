import "server-only";
import { db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { CaseType, JourneyStage } from "@/lib/platform/db/generated/enums";
import { can, villageScope, type Actor } from "@/lib/platform/auth/policy";
import { recordAccessDenied } from "@/lib/platform/audit/access";
import { NotFoundError } from "@/lib/platform/errors";
import { addDays, timeZoneOfVillage, todayIn } from "@/lib/candidates/dates";
import { getCandidateTimeline, type TimelineEntry } from "@/lib/candidates/queries";
import { villageNames } from "@/lib/candidates/area";
import { recordCandidateAccess } from "@/lib/privacy/access-records";
import { CASE_AGE_BANDS, DEFAULT_NO_CONTACT_DAYS, NO_CONTACT_SETTING_KEY, STAGE_TRANSITIONS, caseAgeBand, daysBetween, type CaseAgeBand } from "./stages";
import type { AbroadFilters, CaseFilters } from "./schema";

// Reads of journeys and cases, shaped for their pages, each scoped by the policy: a village official sees the
// own village, office staff their working area. Lists show personal fields masked; a case's page is an
// access record (UU PDP), like a CPMI's page.

export const JOURNEY_PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The actor's calendar day: the village's, else the working area's (its first regency), else WIB. */
function actorToday(actor: Actor, now: Date = new Date()): Date {
  const code = actor.villageCode ?? actor.regencyCodes[0] ?? null;
  return todayIn(code ? timeZoneOfVillage(code) : "Asia/Jakarta", now);
}

/** Days without contact after which a worker abroad is flagged: data an administrator edits (Setting). */
export async function getNoContactDays(): Promise<number> {
  const setting = await db.setting.findUnique({ where: { key: NO_CONTACT_SETTING_KEY } });
  const value = Number(setting?.value);
  return Number.isInteger(value) && value >= 7 && value <= 365 ? value : DEFAULT_NO_CONTACT_DAYS;
}

const eventSelect = {
  id: true,
  stage: true,
  effectiveOn: true,
  preventionReason: true,
  channel: true,
  destinationCountry: true,
  jobSector: true,
  agencyName: true,
  employerMasked: true,
  contractMonths: true,
  contactAbroadMasked: true,
  returnReason: true,
  plansToLeaveAgain: true,
  note: true,
  recordedById: true,
  createdAt: true,
} satisfies Prisma.JourneyEventSelect;
export type JourneyEventView = Prisma.JourneyEventGetPayload<{ select: typeof eventSelect }>;

async function userNames(ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (!unique.length) return new Map();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/** A CPMI's journey for its page: the stage, what may follow, and what the actor may do. */
export async function getJourney(actor: Actor, candidateId: string) {
  if (!UUID.test(candidateId)) throw new NotFoundError("candidate");
  const candidate = await db.candidate.findFirst({
    where: { id: candidateId, ...villageScope(actor, "candidate:read"), anonymisedAt: null },
    select: { id: true, villageCode: true, journeyStage: true, journeyStageOn: true, lastContactOn: true, restrictedAt: true },
  });
  if (!candidate) throw new NotFoundError("candidate");
  const live = !candidate.restrictedAt;
  const mayReadCases = can(actor, "case:read", candidate);
  const cases = mayReadCases
    ? await db.workerCase.findMany({
        where: { candidateId },
        orderBy: [{ status: "asc" }, { openedOn: "desc" }],
        select: { id: true, type: true, urgency: true, status: true, openedOn: true, closedOn: true, outcome: true },
      })
    : [];
  const noContactDays = await getNoContactDays();
  const today = todayIn(timeZoneOfVillage(candidate.villageCode));
  return {
    stage: candidate.journeyStage,
    stageOn: candidate.journeyStageOn,
    lastContactOn: candidate.lastContactOn,
    noContact: candidate.journeyStage === "DEPARTED" && isOverdue(candidate.lastContactOn, today, noContactDays),
    noContactDays,
    next: live && can(actor, "journey:record", candidate) ? [...STAGE_TRANSITIONS[candidate.journeyStage]] : ([] as JourneyStage[]),
    mayRecordContact: live && can(actor, "journey:record", candidate) && candidate.journeyStage === "DEPARTED",
    mayOpenCase: live && can(actor, "case:manage", candidate),
    cases,
  };
}
export type Journey = Awaited<ReturnType<typeof getJourney>>;

function isOverdue(lastContactOn: Date | null, today: Date, days: number): boolean {
  return !lastContactOn || daysBetween(lastContactOn, today) >= days;
}

export type WorkerTimelineEntry =
  | TimelineEntry
  | ({ kind: "stage"; on: Date; by: string | null } & JourneyEventView)
  | { kind: "contact"; id: string; on: Date; method: string; withFamily: boolean; outcome: string; note: string | null; by: string | null }
  | { kind: "case"; id: string; on: Date; type: CaseType; status: string; closedOn: Date | null; outcome: string | null };

const dayOf = (entry: WorkerTimelineEntry): number => ("on" in entry ? entry.on.getTime() : entry.at.getTime());

/**
 * The CPMI page's one timeline: the journey's stages, contacts abroad and cases (where the actor may read cases)
 * with the guidance, passport history and warning signs already recorded, newest first.
 */
export async function getWorkerTimeline(actor: Actor, candidateId: string): Promise<WorkerTimelineEntry[]> {
  const base = await getCandidateTimeline(actor, candidateId);
  const { villageCode } = await db.candidate.findUniqueOrThrow({ where: { id: candidateId }, select: { villageCode: true } });
  const mayReadCases = can(actor, "case:read", { villageCode });
  const [events, contacts, cases] = await Promise.all([
    db.journeyEvent.findMany({ where: { candidateId }, select: eventSelect }),
    db.abroadContact.findMany({ where: { candidateId } }),
    mayReadCases ? db.workerCase.findMany({ where: { candidateId } }) : Promise.resolve([]),
  ]);
  const names = await userNames([...events.map((e) => e.recordedById), ...contacts.map((c) => c.recordedById)]);
  const entries: { entry: WorkerTimelineEntry; key: number }[] = base.map((entry) => ({ entry, key: dayOf(entry) }));
  for (const e of events) {
    entries.push({ entry: { kind: "stage", ...e, on: e.effectiveOn, by: e.recordedById ? (names.get(e.recordedById) ?? null) : null }, key: e.effectiveOn.getTime() + (e.createdAt.getTime() % 86_400_000) });
  }
  for (const c of contacts) {
    entries.push({
      entry: { kind: "contact", id: c.id, on: c.contactedOn, method: c.method, withFamily: c.withFamily, outcome: c.outcome, note: c.note, by: c.recordedById ? (names.get(c.recordedById) ?? null) : null },
      key: c.contactedOn.getTime() + (c.createdAt.getTime() % 86_400_000),
    });
  }
  for (const c of cases) {
    entries.push({
      entry: { kind: "case", id: c.id, on: c.openedOn, type: c.type, status: c.status, closedOn: c.closedOn, outcome: c.outcome },
      key: c.openedOn.getTime() + (c.createdAt.getTime() % 86_400_000),
    });
  }
  return entries.sort((a, b) => b.key - a.key).map((e) => e.entry);
}

/** "Warga di luar negeri": who is abroad, where, since when, the last contact and the no-contact flag. */
export async function listAbroad(actor: Actor, filters: AbroadFilters, options: { now?: Date } = {}) {
  const today = actorToday(actor, options.now);
  const noContactDays = await getNoContactDays();
  const cutoff = addDays(today, -noContactDays);
  const where: Prisma.CandidateWhereInput = {
    AND: [
      villageScope(actor, "candidate:read"),
      { restrictedAt: null, anonymisedAt: null, journeyStage: "DEPARTED" },
      filters.noContact ? { OR: [{ lastContactOn: null }, { lastContactOn: { lte: cutoff } }] } : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.candidate.count({ where }),
    db.candidate.findMany({
      where,
      // The longest silence first: those are the ones to call.
      orderBy: [{ lastContactOn: { sort: "asc", nulls: "first" } }, { id: "asc" }],
      skip: (filters.page - 1) * JOURNEY_PAGE_SIZE,
      take: JOURNEY_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        nikMasked: true,
        villageCode: true,
        journeyStageOn: true,
        lastContactOn: true,
        journeyEvents: {
          where: { stage: "DEPARTED" },
          orderBy: [{ effectiveOn: "desc" }, { createdAt: "desc" }],
          take: 1,
          select: { destinationCountry: true, channel: true, employerMasked: true, contactAbroadMasked: true, agencyName: true },
        },
        _count: { select: { cases: { where: { status: "OPEN" } } } },
      },
    }),
  ]);
  return {
    noContactDays,
    total,
    page: filters.page,
    pages: Math.max(1, Math.ceil(total / JOURNEY_PAGE_SIZE)),
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      nikMasked: r.nikMasked,
      villageCode: r.villageCode,
      departedOn: r.journeyStageOn,
      lastContactOn: r.lastContactOn,
      daysSinceContact: r.lastContactOn ? daysBetween(r.lastContactOn, today) : null,
      noContact: isOverdue(r.lastContactOn, today, noContactDays),
      departure: r.journeyEvents[0] ?? null,
      openCases: r._count.cases,
    })),
  };
}

/** The village home's journey numbers: residents abroad, those without contact past the limit, open cases. */
export async function getJourneySummary(actor: Actor, options: { now?: Date } = {}) {
  const today = actorToday(actor, options.now);
  const noContactDays = await getNoContactDays();
  const abroad = { AND: [villageScope(actor, "candidate:read"), { restrictedAt: null, anonymisedAt: null, journeyStage: "DEPARTED" as const }] };
  const [abroadCount, silent, openCases] = await Promise.all([
    db.candidate.count({ where: abroad }),
    db.candidate.count({ where: { AND: [abroad, { OR: [{ lastContactOn: null }, { lastContactOn: { lte: addDays(today, -noContactDays) } }] }] } }),
    db.workerCase.count({ where: { AND: [caseScope(actor), { status: "OPEN" }] } }),
  ]);
  return { abroad: abroadCount, noContact: silent, noContactDays, openCases };
}

function caseScope(actor: Actor): Prisma.WorkerCaseWhereInput {
  return { ...villageScope(actor, "case:read"), candidate: { restrictedAt: null, anonymisedAt: null } };
}

/** The cases of the actor's village or working area, oldest open first; each row with its age band. */
export async function listCases(actor: Actor, filters: CaseFilters, options: { now?: Date } = {}) {
  const today = actorToday(actor, options.now);
  const where: Prisma.WorkerCaseWhereInput = {
    AND: [caseScope(actor), { status: filters.status }, filters.type ? { type: filters.type } : {}],
  };
  const [total, rows] = await Promise.all([
    db.workerCase.count({ where }),
    db.workerCase.findMany({
      where,
      orderBy: filters.status === "OPEN" ? [{ openedOn: "asc" }, { id: "asc" }] : [{ closedOn: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * JOURNEY_PAGE_SIZE,
      take: JOURNEY_PAGE_SIZE,
      select: {
        id: true,
        type: true,
        urgency: true,
        status: true,
        openedOn: true,
        closedOn: true,
        outcome: true,
        villageCode: true,
        candidate: { select: { id: true, name: true } },
        referrals: { orderBy: { referredOn: "desc" }, take: 1, select: { agency: true, referredOn: true } },
        followUps: { where: { doneAt: null }, orderBy: { dueOn: "asc" }, take: 1, select: { dueOn: true } },
      },
    }),
  ]);
  const villages = await villageNames([...new Set(rows.map((r) => r.villageCode))]);
  return {
    total,
    page: filters.page,
    pages: Math.max(1, Math.ceil(total / JOURNEY_PAGE_SIZE)),
    rows: rows.map((r) => ({
      id: r.id,
      type: r.type,
      urgency: r.urgency,
      status: r.status,
      openedOn: r.openedOn,
      closedOn: r.closedOn,
      outcome: r.outcome,
      villageName: villages.get(r.villageCode) ?? r.villageCode,
      candidateId: r.candidate.id,
      candidateName: r.candidate.name,
      ageDays: daysBetween(r.openedOn, today),
      ageBand: caseAgeBand(r.openedOn, today),
      lastReferral: r.referrals[0] ?? null,
      nextFollowUp: r.followUps[0]?.dueOn ?? null,
      followUpOverdue: r.followUps[0] ? r.followUps[0].dueOn < today : false,
    })),
  };
}

/** One case for its page, with its referrals and follow-ups. Every read is an access record (UU PDP). */
export async function getCase(actor: Actor, caseId: string) {
  const found = UUID.test(caseId)
    ? await db.workerCase.findFirst({
        where: { id: caseId, ...caseScope(actor) },
        include: {
          candidate: { select: { id: true, name: true, nikMasked: true, journeyStage: true } },
          referrals: { orderBy: [{ referredOn: "asc" }, { createdAt: "asc" }] },
          followUps: { orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }] },
        },
      })
    : null;
  if (!found) {
    await recordAccessDenied(actor, "WorkerCase", UUID.test(caseId) ? caseId : null, "case:read");
    throw new NotFoundError("WorkerCase");
  }
  await recordCandidateAccess(actor, found.candidateId, "VIEW_CASE", "CASE_HANDLING");
  const names = await userNames([found.openedById, found.closedById, ...found.referrals.map((r) => r.createdById)]);
  const villages = await villageNames([found.villageCode]);
  const today = todayIn(timeZoneOfVillage(found.villageCode));
  return {
    ...found,
    villageName: villages.get(found.villageCode) ?? found.villageCode,
    openedByName: found.openedById ? (names.get(found.openedById) ?? null) : null,
    closedByName: found.closedById ? (names.get(found.closedById) ?? null) : null,
    referrals: found.referrals.map((r) => ({ ...r, byName: r.createdById ? (names.get(r.createdById) ?? null) : null })),
    followUps: found.followUps.map((f) => ({ ...f, overdue: !f.doneAt && f.dueOn < today })),
    ageDays: daysBetween(found.openedOn, today),
    mayManage: found.status === "OPEN" && can(actor, "case:manage", found),
    today,
  };
}
export type CaseDetail = Awaited<ReturnType<typeof getCase>>;

/** The office's area view: recent departures and returns, open cases by age band and by type. */
export async function getAreaJourneyView(actor: Actor, options: { now?: Date; days?: number } = {}) {
  const today = actorToday(actor, options.now);
  const since = addDays(today, -(options.days ?? 90));
  const scope = villageScope(actor, "candidate:read");
  const recent = (stage: JourneyStage) =>
    db.journeyEvent.findMany({
      where: { stage, effectiveOn: { gte: since }, candidate: { ...scope, restrictedAt: null, anonymisedAt: null } },
      orderBy: [{ effectiveOn: "desc" }, { createdAt: "desc" }],
      take: 50,
      select: {
        id: true,
        effectiveOn: true,
        channel: true,
        destinationCountry: true,
        returnReason: true,
        candidate: { select: { id: true, name: true, villageCode: true } },
      },
    });
  const [departures, returns, open] = await Promise.all([
    recent("DEPARTED"),
    recent("RETURNED"),
    db.workerCase.findMany({ where: { AND: [caseScope(actor), { status: "OPEN" }] }, select: { openedOn: true, type: true } }),
  ]);
  const byAge = Object.fromEntries(CASE_AGE_BANDS.map((b) => [b.key, 0])) as Record<CaseAgeBand, number>;
  const byType = new Map<CaseType, number>();
  for (const c of open) {
    byAge[caseAgeBand(c.openedOn, today)] += 1;
    byType.set(c.type, (byType.get(c.type) ?? 0) + 1);
  }
  const villages = await villageNames([...new Set([...departures, ...returns].map((e) => e.candidate.villageCode))]);
  const row = (e: (typeof departures)[number]) => ({ ...e, villageName: villages.get(e.candidate.villageCode) ?? e.candidate.villageCode });
  return {
    since,
    departures: departures.map(row),
    returns: returns.map(row),
    openCases: { total: open.length, byAge, byType: [...byType].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count) },
  };
}
