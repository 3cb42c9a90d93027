import "server-only";
import { isRecordId } from "@/lib/platform/validation/ids";
import { db } from "@/lib/platform/db/client";
import { Prisma } from "@/lib/platform/db/generated/client";
import type { AccessPurpose, PassportStatus } from "@/lib/platform/db/generated/enums";
import { can, villageScope, type Actor } from "@/lib/platform/auth/policy";
import { decryptField } from "@/lib/platform/crypto/fields";
import { nikLookupHashes } from "@/lib/identity/seal";
import { NotFoundError } from "@/lib/platform/errors";
import { recordCandidateAccess } from "@/lib/privacy/access-records";
import { addDays, dayString, timeZoneOfVillage, todayIn } from "./dates";
import { cleanNik } from "@/lib/identity/nik";
import { isRiskCode, type RiskCode } from "./risk";
import type { CandidateFilters } from "./schema";

// Reads of CPMI records, shaped for their pages. Every function scopes by the actor's permission, so the
// office views (Kanim) get their working area and a village official only the own village.

export const PAGE_SIZE = 20;
/** Name search returns at most this many best matches. */
const SEARCH_LIMIT = 200;

type Scope = ReturnType<typeof villageScope>;

/** The policy's village scope as SQL for the raw name search (the same three shapes villageScope returns). */
function scopeSql(scope: Scope): Prisma.Sql {
  if ("OR" in scope && Array.isArray(scope.OR)) {
    const prefixes = scope.OR.map((s) => `${s.villageCode.startsWith.replace(/[\\%_]/g, "\\$&")}%`);
    return Prisma.sql`c."villageCode" LIKE ANY (${prefixes})`;
  }
  if ("villageCode" in scope && typeof scope.villageCode === "string") return Prisma.sql`c."villageCode" = ${scope.villageCode}`;
  if (Object.keys(scope).length === 0) return Prisma.sql`TRUE`;
  throw new Error("unknown scope shape");
}

/** LIKE treats %, _ and \ as wildcards or escapes: a name typed by a user must match literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}

/** Candidate ids whose name resembles the query, best first (typo-tolerant trigram match, substring fallback). */
async function searchNames(scope: Scope, query: string): Promise<string[]> {
  const pattern = `%${escapeLike(query)}%`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM "Candidate" c
     WHERE ${scopeSql(scope)} AND c."restrictedAt" IS NULL AND c."anonymisedAt" IS NULL
       AND (similarity(c.name, ${query}) > 0.3 OR word_similarity(${query}, c.name) > 0.45
            OR c.name ILIKE ${pattern} ESCAPE '\\')
     ORDER BY greatest(similarity(c.name, ${query}), word_similarity(${query}, c.name)) DESC, c."createdAt" DESC
     LIMIT ${SEARCH_LIMIT}`;
  return rows.map((r) => r.id);
}

const listSelect = {
  id: true,
  name: true,
  nikMasked: true,
  sex: true,
  birthDate: true,
  villageCode: true,
  destinationCountry: true,
  placementChannel: true,
  passportStatus: true,
  plannedDeparture: true,
  riskFlags: true,
  version: true,
} satisfies Prisma.CandidateSelect;

export type CandidateListItem = Prisma.CandidateGetPayload<{ select: typeof listSelect }>;

/**
 * The register: paged and filtered on the server; the query is a name. A full NIK is never searched from here,
 * because the register's search is a GET form and the NIK would land in URLs and proxy logs: the NIK search is
 * posted (`findCandidateIdByNik`), and a NIK typed here finds nothing.
 */
export async function listCandidates(actor: Actor, filters: CandidateFilters) {
  const scope = villageScope(actor, "candidate:read");
  const and: Prisma.CandidateWhereInput[] = [scope, { restrictedAt: null, anonymisedAt: null }];
  if (filters.passportStatus) and.push({ passportStatus: filters.passportStatus });
  if (filters.destination) and.push({ destinationCountry: filters.destination });
  if (filters.channel) and.push({ placementChannel: filters.channel });
  if (filters.flagged) and.push({ riskCount: { gt: 0 } });
  if (filters.departureMonth) {
    const [y, m] = filters.departureMonth.split("-").map(Number);
    and.push({ plannedDeparture: { gte: new Date(Date.UTC(y, m - 1, 1)), lt: new Date(Date.UTC(y, m, 1)) } });
  }
  const page = filters.page;
  const query = filters.q?.trim() ?? "";
  if (isFullNik(query)) return paged([], 0, page);
  if (query) {
    const ranked = await searchNames(scope, query);
    const rows = await db.candidate.findMany({ where: { AND: [...and, { id: { in: ranked } }] }, select: listSelect });
    const order = new Map(ranked.map((id, i) => [id, i]));
    rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    return paged(rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), rows.length, page);
  }
  const where = { AND: and };
  const [total, items] = await Promise.all([
    db.candidate.count({ where }),
    db.candidate.findMany({
      where,
      select: listSelect,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return paged(items, total, page);
}

/** A query that is a full NIK (16 digits once spaces and dots are removed): the register does not search it. */
export function isFullNik(query: string | undefined): boolean {
  return /^\d{16}$/.test(cleanNik(query?.trim() ?? ""));
}

/** The NIK search (a posted form, never a URL): the id of the CPMI with this full NIK in the actor's scope. */
export async function findCandidateIdByNik(actor: Actor, rawNik: string): Promise<string | null> {
  const nik = cleanNik(rawNik.trim());
  if (!/^\d{16}$/.test(nik)) return null;
  const found = await db.candidate.findFirst({
    where: { ...villageScope(actor, "candidate:read"), restrictedAt: null, anonymisedAt: null, nikHash: { in: nikLookupHashes(nik) } },
    select: { id: true },
  });
  return found?.id ?? null;
}

function paged(items: CandidateListItem[], total: number, page: number) {
  return { items, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

async function userNames(ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (!unique.length) return new Map();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

function checkId(id: string) {
  if (!isRecordId(id)) throw new NotFoundError("candidate");
}

/**
 * One CPMI for its page. THE place where a full NIK is decrypted for display: only when asked
 * (`revealNik`) and only for an actor with candidate:viewFullNik on the record.
 */
export async function getCandidateDetail(
  actor: Actor,
  id: string,
  options: { revealNik?: boolean; purpose?: AccessPurpose } = {},
) {
  checkId(id);
  const candidate = await db.candidate.findFirst({
    where: { id, ...villageScope(actor, "candidate:read"), anonymisedAt: null },
    include: { village: { select: { name: true } } },
  });
  if (!candidate) throw new NotFoundError("candidate");
  const { nikEncrypted, nikHash, phoneEncrypted, idempotencyKey, ...rest } = candidate;
  void nikHash;
  void phoneEncrypted;
  void idempotencyKey;
  const mayViewNik = can(actor, "candidate:viewFullNik", candidate);
  const names = await userNames([candidate.consentRecordedById, candidate.createdById, candidate.updatedById]);
  const fullNik = options.revealNik && mayViewNik ? decryptField(nikEncrypted) : null;
  // UU PDP: every view of a CPMI record, and every full NIK shown, is recorded with its purpose.
  await recordCandidateAccess(actor, candidate.id, fullNik ? "VIEW_FULL_NIK" : "VIEW_DETAIL", options.purpose ?? "CASE_HANDLING");
  return {
    ...rest,
    riskFlags: candidate.riskFlags.filter(isRiskCode) as RiskCode[],
    villageName: candidate.village.name,
    fullNik,
    mayViewNik,
    mayEdit: can(actor, "candidate:update", candidate) && !candidate.restrictedAt,
    mayAddGuidance: can(actor, "guidance:create", candidate) && !candidate.restrictedAt,
    consentRecordedByName: candidate.consentRecordedById ? (names.get(candidate.consentRecordedById) ?? null) : null,
  };
}
export type CandidateDetail = Awaited<ReturnType<typeof getCandidateDetail>>;

/** The edit form's starting values (strings, as the form posts them). The NIK stays out: empty keeps it. */
export async function getCandidateForEdit(actor: Actor, id: string) {
  checkId(id);
  const c = await db.candidate.findFirst({
    where: { id, ...villageScope(actor, "candidate:update"), restrictedAt: null, anonymisedAt: null },
  });
  if (!c) throw new NotFoundError("candidate");
  const flag = (v: boolean) => (v ? "on" : "");
  const values: Record<string, string> = {
    nik: "",
    name: c.name,
    sex: c.sex,
    birthDate: dayString(c.birthDate),
    phone: c.phoneEncrypted ? decryptField(c.phoneEncrypted) : "",
    hamlet: c.hamlet ?? "",
    rt: c.rt ?? "",
    rw: c.rw ?? "",
    addressLine: c.addressLine ?? "",
    education: c.education,
    destinationCountry: c.destinationCountry,
    jobSector: c.jobSector,
    placementChannel: c.placementChannel,
    agencyName: c.agencyName ?? "",
    employerType: c.employerType,
    plannedVisa: c.plannedVisa,
    recruitmentSource: c.recruitmentSource,
    feeArrangement: c.feeArrangement,
    heldInShelter: flag(c.heldInShelter),
    onlineJobOffer: flag(c.onlineJobOffer),
    plannedDeparture: c.plannedDeparture ? dayString(c.plannedDeparture) : "",
    hasMaritalStatusLetter: flag(c.hasMaritalStatusLetter),
    hasFamilyConsent: flag(c.hasFamilyConsent),
    hasCompetenceCertificate: flag(c.hasCompetenceCertificate),
    hasHealthCertificate: flag(c.hasHealthCertificate),
    hasSocialSecurity: flag(c.hasSocialSecurity),
    hasWorkVisa: flag(c.hasWorkVisa),
    hasPlacementAgreement: flag(c.hasPlacementAgreement),
    hasEmploymentContract: flag(c.hasEmploymentContract),
    consentMethod: c.consentMethod,
    consentGuardianName: c.consentGuardianName ?? "",
    consentConfirmed: "on",
    version: String(c.version),
  };
  return { id: c.id, name: c.name, nikMasked: c.nikMasked, values };
}

export type TimelineEntry =
  | { kind: "guidance"; id: string; on: Date; topics: string[]; notes: string | null; givenBy: string | null; officer: string | null; followUpDate: Date | null; followUpDoneAt: Date | null }
  | { kind: "status"; id: string; on: Date; from: PassportStatus; to: PassportStatus; note: string | null; by: string | null }
  | { kind: "risk"; id: string; at: Date; added: RiskCode[]; removed: RiskCode[] };

/** Guidance, passport status changes and risk-flag changes of one CPMI, newest first. */
export async function getCandidateTimeline(actor: Actor, id: string): Promise<TimelineEntry[]> {
  checkId(id);
  const candidate = await db.candidate.findFirst({
    where: { id, ...villageScope(actor, "candidate:read"), anonymisedAt: null },
    select: { id: true },
  });
  if (!candidate) throw new NotFoundError("candidate");
  const [guidance, changes, audits] = await Promise.all([
    db.guidanceRecord.findMany({ where: { candidateId: id }, include: { officer: { select: { name: true } } } }),
    db.passportStatusChange.findMany({ where: { candidateId: id } }),
    db.auditLog.findMany({ where: { entity: "Candidate", entityId: id }, orderBy: { at: "asc" }, select: { id: true, at: true, changes: true } }),
  ]);
  const names = await userNames([...guidance.map((g) => g.givenByUserId), ...changes.map((c) => c.changedById)]);
  const entries: (TimelineEntry & { sortKey: number })[] = [];
  for (const g of guidance) {
    entries.push({
      kind: "guidance",
      id: g.id,
      on: g.sessionDate,
      topics: g.topics,
      notes: g.notes,
      givenBy: g.givenByUserId ? (names.get(g.givenByUserId) ?? null) : null,
      officer: g.officer?.name ?? null,
      followUpDate: g.followUpDate,
      followUpDoneAt: g.followUpDoneAt,
      sortKey: g.sessionDate.getTime() + (g.createdAt.getTime() % 86_400_000),
    });
  }
  for (const c of changes) {
    entries.push({
      kind: "status",
      id: c.id,
      on: c.effectiveOn,
      from: c.fromStatus,
      to: c.toStatus,
      note: c.note,
      by: c.changedById ? (names.get(c.changedById) ?? null) : null,
      sortKey: c.effectiveOn.getTime() + (c.createdAt.getTime() % 86_400_000),
    });
  }
  for (const a of audits) {
    const change = (a.changes as Record<string, { from?: unknown; to?: unknown }> | null)?.riskFlags;
    if (!change) continue;
    const from = Array.isArray(change.from) ? (change.from as string[]) : [];
    const to = Array.isArray(change.to) ? (change.to as string[]) : [];
    const added = to.filter((c) => !from.includes(c)).filter(isRiskCode);
    const removed = from.filter((c) => !to.includes(c)).filter(isRiskCode);
    if (added.length || removed.length) {
      entries.push({ kind: "risk", id: String(a.id), at: a.at, added, removed, sortKey: a.at.getTime() });
    }
  }
  return entries.sort((a, b) => b.sortKey - a.sortKey).map((e) => {
    const { sortKey, ...entry } = e;
    void sortKey;
    return entry as TimelineEntry;
  });
}

/** Officers who may be named as giving guidance: the active officers of the office whose area holds the village. */
export async function listGuidanceOfficers(actor: Actor, candidateId: string) {
  checkId(candidateId);
  const candidate = await db.candidate.findFirst({
    where: { id: candidateId, ...villageScope(actor, "guidance:create") },
    select: { villageCode: true },
  });
  if (!candidate) return [];
  return db.officer.findMany({
    where: { active: true, office: { regencies: { some: { code: candidate.villageCode.slice(0, 5) } } } },
    select: { id: true, name: true, rank: true },
    orderBy: { name: "asc" },
  });
}

/** Open follow-ups due within `withinDays` (or overdue), soonest first. */
export async function listFollowUpsDue(actor: Actor, options: { now?: Date; withinDays?: number } = {}) {
  const today = actor.villageCode ? todayIn(timeZoneOfVillage(actor.villageCode), options.now) : todayIn("Asia/Jakarta", options.now);
  const until = addDays(today, options.withinDays ?? 7);
  const rows = await db.guidanceRecord.findMany({
    where: {
      followUpDate: { lte: until },
      followUpDoneAt: null,
      candidate: { ...villageScope(actor, "candidate:read"), restrictedAt: null, anonymisedAt: null },
    },
    select: { id: true, followUpDate: true, topics: true, candidate: { select: { id: true, name: true } } },
    orderBy: [{ followUpDate: "asc" }, { createdAt: "asc" }],
    take: 50,
  });
  return rows.map((r) => ({
    id: r.id,
    candidateId: r.candidate.id,
    candidateName: r.candidate.name,
    followUpDate: r.followUpDate!,
    topics: r.topics,
    overdue: r.followUpDate! < today,
  }));
}

/** The workspace home's numbers for the actor's village. */
export async function getVillageSummary(actor: Actor, options: { now?: Date } = {}) {
  const scope = villageScope(actor, "candidate:read");
  const live = { ...scope, restrictedAt: null, anonymisedAt: null };
  const now = options.now ?? new Date();
  const [byStatus, flagged, total, followUps, nextVisit] = await Promise.all([
    db.candidate.groupBy({ by: ["passportStatus"], where: live, _count: { _all: true } }),
    db.candidate.count({ where: { ...live, riskCount: { gt: 0 } } }),
    db.candidate.count({ where: live }),
    listFollowUpsDue(actor, options),
    db.outreachEvent.findFirst({
      where: { ...villageScope(actor, "event:readUpcoming"), status: "PLANNED", startsAt: { gte: now } },
      orderBy: { startsAt: "asc" },
      select: { id: true, title: true, startsAt: true, location: true, office: { select: { timeZone: true } } },
    }),
  ]);
  const counts = Object.fromEntries(byStatus.map((row) => [row.passportStatus, row._count._all])) as Partial<Record<PassportStatus, number>>;
  return { total, byStatus: counts, flagged, followUpsDue: followUps.length, followUps, nextVisit };
}
