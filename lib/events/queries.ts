import "server-only";
import { recordIdOrNotFound } from "@/lib/platform/validation/ids";
import { db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { EventStatus, VisitRequestStatus } from "@/lib/platform/db/generated/enums";
import { officeScope, type Actor } from "@/lib/platform/auth/policy";
import { NotFoundError } from "@/lib/platform/errors";

export type EventFilters = {
  status?: EventStatus;
  from?: Date;
  to?: Date;
  officerId?: string;
  villageCode?: string;
  page?: number;
};

export const EVENTS_PER_PAGE = 25;

const eventListSelect = {
  id: true,
  type: true,
  title: true,
  startsAt: true,
  endsAt: true,
  location: true,
  status: true,
  isPublic: true,
  villageCode: true,
  village: { select: { name: true } },
  office: { select: { timeZone: true } },
  officers: { select: { officer: { select: { id: true, name: true } } } },
  report: { select: { eventId: true } },
} satisfies Prisma.OutreachEventSelect;

type EventListRow = Prisma.OutreachEventGetPayload<{ select: typeof eventListSelect }>;

function shapeRow({ village, office, officers, report, ...e }: EventListRow) {
  return {
    ...e,
    villageName: village.name,
    timeZone: office.timeZone,
    officers: officers.map((o) => o.officer),
    hasReport: report !== null,
  };
}

export type EventRow = ReturnType<typeof shapeRow>;

function eventWhere(actor: Actor, filters: EventFilters): Prisma.OutreachEventWhereInput {
  // AND, so a filter on villageCode never replaces a scope that is itself on villageCode.
  return {
    AND: [
      officeScope(actor, "event:read"),
      filters.status ? { status: filters.status } : {},
      filters.villageCode ? { villageCode: filters.villageCode } : {},
      filters.officerId ? { officers: { some: { officerId: filters.officerId } } } : {},
      filters.to ? { startsAt: { lt: filters.to } } : {},
      filters.from ? { endsAt: { gt: filters.from } } : {},
    ],
  };
}

export async function listEvents(actor: Actor, filters: EventFilters = {}) {
  const where = eventWhere(actor, filters);
  const page = Math.max(1, filters.page ?? 1);
  const [total, rows] = await Promise.all([
    db.outreachEvent.count({ where }),
    db.outreachEvent.findMany({
      where,
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * EVENTS_PER_PAGE,
      take: EVENTS_PER_PAGE,
      select: eventListSelect,
    }),
  ]);
  return { total, page, pages: Math.max(1, Math.ceil(total / EVENTS_PER_PAGE)), rows: rows.map(shapeRow) };
}

/** Every event overlapping [from, to) for the month and week calendars. */
export async function listEventsInRange(actor: Actor, from: Date, to: Date) {
  const rows = await db.outreachEvent.findMany({
    where: eventWhere(actor, { from, to }),
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 500,
    select: eventListSelect,
  });
  return rows.map(shapeRow);
}

export async function getEvent(actor: Actor, eventId: string) {
  recordIdOrNotFound(eventId, "event");
  const event = await db.outreachEvent.findFirst({
    where: { id: eventId, ...officeScope(actor, "event:read") },
    include: {
      office: { select: { id: true, name: true, address: true, timeZone: true } },
      village: { select: { name: true, district: { select: { name: true, regency: { select: { name: true } } } } } },
      officers: { select: { officer: { select: { id: true, name: true, nip: true, rank: true, position: true } } } },
      report: { include: { participants: true } },
      rescheduledTo: { select: { id: true, startsAt: true } },
      rescheduledFrom: { select: { id: true, startsAt: true } },
      visitRequest: { select: { id: true, topic: true } },
    },
  });
  if (!event) throw new NotFoundError("event");
  const { village, officers, ...rest } = event;
  return {
    ...rest,
    villageName: village.name,
    districtName: village.district.name,
    regencyName: village.district.regency.name,
    officers: officers.map((o) => o.officer),
    /** A planned event can be marked held (and reported) once it has started. */
    hasStarted: event.startsAt.getTime() <= Date.now(),
  };
}

export type EventDetail = Awaited<ReturnType<typeof getEvent>>;

export async function listVisitRequests(actor: Actor, filters: { status?: VisitRequestStatus } = {}) {
  const rows = await db.visitRequest.findMany({
    where: { ...officeScope(actor, "visitRequest:handle"), ...(filters.status ? { status: filters.status } : {}) },
    orderBy: [{ status: "asc" }, { preferredFrom: "asc" }],
    take: 200,
    include: {
      village: { select: { name: true, district: { select: { name: true } } } },
      event: { select: { id: true, startsAt: true } },
    },
  });
  return rows.map(({ village, ...r }) => ({ ...r, villageName: village.name, districtName: village.district.name }));
}

export async function getVisitRequest(actor: Actor, requestId: string) {
  recordIdOrNotFound(requestId, "visitRequest");
  const request = await db.visitRequest.findFirst({
    where: { id: requestId, ...officeScope(actor, "visitRequest:handle") },
    include: { village: { select: { name: true } }, event: { select: { id: true } } },
  });
  if (!request) throw new NotFoundError("visitRequest");
  return request;
}

/** The actor's office time zone (IANA), in which its staff type and read event times. */
export async function officeTimeZone(actor: Actor): Promise<string> {
  if (!actor.officeId) return "Asia/Jakarta";
  const office = await db.immigrationOffice.findUnique({ where: { id: actor.officeId }, select: { timeZone: true } });
  return office?.timeZone ?? "Asia/Jakarta";
}

/** Villages an event can be scheduled in: the office's active Desa Binaan. */
export async function listEventVillages(actor: Actor) {
  const rows = await db.designation.findMany({
    where: { ...officeScope(actor, "event:manage"), status: "ACTIVE" },
    orderBy: { village: { name: "asc" } },
    select: { villageCode: true, village: { select: { name: true, district: { select: { name: true } } } } },
  });
  return rows.map((r) => ({ code: r.villageCode, name: r.village.name, district: r.village.district.name }));
}
