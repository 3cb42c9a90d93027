import "server-only";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { db } from "@/lib/platform/db/client";
import { can, villageScope, type Actor } from "@/lib/platform/auth/policy";
import { NotFoundError } from "@/lib/platform/errors";
import { recordCandidateAccess } from "../access-records";
import { utcToZonedLocal } from "../zoned-time";
import { villageTimeZone } from "./commands";
import type { RequestFilters } from "./schema";

// Reads for the data-subject request queue: open requests first, the nearest due date on top, overdue ones
// flagged. Scoped like the commands; shows masked identifiers only.

const PERMISSION = "subjectRequest:manage" as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const REQUESTS_PAGE_SIZE = 25;

export function isOverdue(request: { status: string; dueAt: Date | null }, now: Date): boolean {
  return request.status === "OPEN" && request.dueAt != null && request.dueAt.getTime() < now.getTime();
}

export function canManageSubjectRequests(actor: Actor): boolean {
  return can(actor, PERMISSION);
}

export async function listSubjectRequests(actor: Actor, filters: RequestFilters, now = new Date()) {
  await authorizeAudited(actor, PERMISSION);
  const where = {
    ...villageScope(actor, PERMISSION),
    ...(filters.status === "ALL" ? {} : { status: filters.status }),
    ...(filters.type ? { type: filters.type } : {}),
  };
  const [total, overdue, requests] = await Promise.all([
    db.dataSubjectRequest.count({ where }),
    db.dataSubjectRequest.count({ where: { ...villageScope(actor, PERMISSION), status: "OPEN", dueAt: { lt: now } } }),
    db.dataSubjectRequest.findMany({
      where,
      orderBy: [{ status: "asc" }, { dueAt: { sort: "asc", nulls: "last" } }, { receivedAt: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * REQUESTS_PAGE_SIZE,
      take: REQUESTS_PAGE_SIZE,
      include: {
        candidate: { select: { name: true, nikMasked: true } },
      },
    }),
  ]);
  const villages = await db.village.findMany({
    where: { code: { in: [...new Set(requests.map((r) => r.villageCode))] } },
    select: { code: true, name: true },
  });
  const villageName = new Map(villages.map((v) => [v.code, v.name]));
  return {
    total,
    overdue,
    page: filters.page,
    pages: Math.max(1, Math.ceil(total / REQUESTS_PAGE_SIZE)),
    rows: requests.map((r) => ({
      id: r.id,
      type: r.type,
      channel: r.channel,
      status: r.status,
      receivedAt: r.receivedAt,
      dueAt: r.dueAt,
      overdue: isOverdue(r, now),
      villageName: villageName.get(r.villageCode) ?? r.villageCode,
      subject: r.candidate ? { name: r.candidate.name, nikMasked: r.candidate.nikMasked } : null,
    })),
  };
}

/** One request with the record it concerns; showing the record's details to staff is an access, so it is recorded. */
export async function getSubjectRequest(actor: Actor, id: string, now = new Date()) {
  await authorizeAudited(actor, PERMISSION);
  if (!UUID.test(id)) throw new NotFoundError("DataSubjectRequest");
  const request = await db.dataSubjectRequest.findFirst({
    where: { id, ...villageScope(actor, PERMISSION) },
    include: {
      candidate: {
        select: {
          id: true,
          name: true,
          nikMasked: true,
          phoneMasked: true,
          birthDate: true,
          addressLine: true,
          villageCode: true,
          restrictedAt: true,
          anonymisedAt: true,
          village: { select: { name: true } },
        },
      },
    },
  });
  if (!request) throw new NotFoundError("DataSubjectRequest");
  const people = await db.user.findMany({
    where: { id: { in: [request.recordedById, request.resolvedById].filter((v): v is string => v != null) } },
    select: { id: true, name: true },
  });
  const nameOf = (userId: string | null) => people.find((p) => p.id === userId)?.name ?? null;
  const stopped = request.candidateId
    ? await db.dataSubjectRequest.count({
        where: { candidateId: request.candidateId, type: "STOP_PROCESSING", status: "FULFILLED" },
      })
    : 0;
  if (request.candidate && !request.candidate.anonymisedAt) {
    await recordCandidateAccess(actor, request.candidate.id, "VIEW_DETAIL", "DATA_SUBJECT_REQUEST");
  }
  return {
    id: request.id,
    type: request.type,
    channel: request.channel,
    details: request.details,
    status: request.status,
    receivedAt: request.receivedAt,
    dueAt: request.dueAt,
    overdue: isOverdue(request, now),
    resolution: request.resolution,
    resolvedAt: request.resolvedAt,
    recordedBy: nameOf(request.recordedById),
    resolvedBy: nameOf(request.resolvedById),
    processingStopped: stopped > 0,
    subject: request.candidate
      ? {
          id: request.candidate.id,
          name: request.candidate.name,
          nikMasked: request.candidate.nikMasked,
          phoneMasked: request.candidate.phoneMasked,
          birthDate: request.candidate.birthDate,
          addressLine: request.candidate.addressLine,
          villageName: request.candidate.village.name,
          restrictedAt: request.candidate.restrictedAt,
          anonymisedAt: request.candidate.anonymisedAt,
        }
      : null,
  };
}

export type SubjectRequestDetail = Awaited<ReturnType<typeof getSubjectRequest>>;

/** "Now" on the clocks of the actor's office or village, to prefill the time a request was received. */
export async function localNowFor(actor: Actor, now = new Date()): Promise<{ value: string; timeZone: string }> {
  let timeZone = "Asia/Jakarta";
  if (actor.officeId) {
    timeZone = (await db.immigrationOffice.findUnique({ where: { id: actor.officeId }, select: { timeZone: true } }))?.timeZone ?? timeZone;
  } else if (actor.villageCode) {
    timeZone = await villageTimeZone(actor.villageCode);
  }
  return { value: utcToZonedLocal(now, timeZone), timeZone };
}
