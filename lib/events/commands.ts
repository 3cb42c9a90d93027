import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { officeScope, type Actor } from "@/lib/platform/auth/policy";
import { conflict, defineCommand, defineRecordCommand, fieldError, notFound, replayed, type Failure, type Message } from "@/lib/platform/command";
import { officersOfOffice } from "@/lib/designations/commands";
import { localToUtc } from "@/lib/platform/time/office-zone";
import { declineSchema, eventSchema, postponeSchema, reasonSchema, reportSchema } from "./schema";
import { findConflicts, type Conflict } from "./conflicts";

// Outreach events and the office side of visit requests, on the command contract (lib/platform/command.ts).
// Times in forms are the office's wall clock; a double-booked officer is a conflict listing the clashes
// (shown in the office's zone by the translator) until the user confirms it.

type Period = { startsAt: Date; endsAt: Date };
type EventData = z.output<typeof eventSchema>;
type Audit = (entry: { action: string; entity: string; entityId?: string | null; changes?: Record<string, unknown> | null }) => Promise<void>;

async function officePeriod(tx: Tx, officeId: string, input: { startsAt: string; endsAt: string }): Promise<Period> {
  const office = await tx.immigrationOffice.findUniqueOrThrow({ where: { id: officeId }, select: { timeZone: true } });
  return { startsAt: localToUtc(input.startsAt, office.timeZone), endsAt: localToUtc(input.endsAt, office.timeZone) };
}

/** A double booking, unless the user saw the warning and confirmed it. */
function doubleBooking(conflicts: Conflict[], acknowledged: boolean | undefined): Failure | null {
  if (!conflicts.length || acknowledged) return null;
  const lines: Message[] = conflicts.map((c) => ({
    key: "event.conflictLine",
    params: { officer: c.officerName, title: c.eventTitle, at: c.startsAt },
  }));
  return conflict("event.conflictWarning", { field: "acknowledgeConflicts", lines });
}

/**
 * The stored fields of an event from its form, once the village and the officers are checked against the
 * office; the event links the village's active designation of that office, if there is one.
 */
async function eventRecord(tx: Tx, officeId: string, data: EventData, period: Period) {
  const village = await tx.village.findUnique({ where: { code: data.villageCode }, select: { code: true } });
  if (!village) return notFound;
  if (!(await officersOfOffice(tx, officeId, data.officerIds))) return fieldError("officerIds", "event.officers.invalid");
  const designation = await tx.designation.findFirst({
    where: { villageCode: data.villageCode, officeId, status: "ACTIVE" },
    select: { id: true },
  });
  return {
    villageCode: data.villageCode,
    designationId: designation?.id ?? null,
    type: data.type,
    title: data.title,
    description: data.description,
    location: data.location,
    isPublic: data.isPublic,
    startsAt: period.startsAt,
    endsAt: period.endsAt,
  };
}

const isFailure = (value: object): value is Failure => "ok" in value && (value as { ok: unknown }).ok === false;

async function createEvent(tx: Tx, actor: Actor, audit: Audit, officeId: string, data: EventData, extra: { visitRequestId?: string } = {}) {
  const period = await officePeriod(tx, officeId, data);
  const record = await eventRecord(tx, officeId, data, period);
  if (isFailure(record)) return record;
  const clash = doubleBooking(await findConflicts(tx, officeId, data.officerIds, period), data.acknowledgeConflicts);
  if (clash) return clash;
  const event = await tx.outreachEvent.create({
    data: {
      officeId,
      ...record,
      idempotencyKey: data.idempotencyKey,
      visitRequestId: extra.visitRequestId ?? null,
      createdById: actor.id,
      officers: { create: [...new Set(data.officerIds)].map((officerId) => ({ officerId })) },
    },
  });
  await audit({
    action: "event.schedule",
    entity: "OutreachEvent",
    entityId: event.id,
    changes: { ...data, startsAt: period.startsAt.toISOString(), endsAt: period.endsAt.toISOString(), ...extra },
  });
  return event;
}

/** The event this user made with this form's key (keys are per user, decision 014). */
function eventWithKey(tx: Tx | typeof db, actor: Actor, key: string | null) {
  return key ? tx.outreachEvent.findFirst({ where: { idempotencyKey: key, createdById: actor.id } }) : Promise.resolve(null);
}

/**
 * Schedules an outreach event in a village of the office's working area. A repeated submission with the
 * same idempotency key returns the event already made.
 */
export const scheduleEvent = defineCommand({
  name: "event.schedule",
  permission: "event:manage",
  inputResource: (input) => ({ villageCode: input.villageCode }),
  input: eventSchema,
  before: async ({ actor, input }) => {
    if (!actor.officeId) return notFound;
    const earlier = await eventWithKey(db, actor, input.idempotencyKey);
    return earlier ? replayed(earlier) : null;
  },
  run: async ({ actor, input, tx, audit }) => {
    // Copies of one form take turns (a transaction-scoped lock on user and key); a copy that waited sees the
    // first one's event here, before the double-booking check would mistake that event for a clash.
    if (input.idempotencyKey) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${actor.id}:${input.idempotencyKey}`}))`;
    const earlier = await eventWithKey(tx, actor, input.idempotencyKey);
    if (earlier) return replayed(earlier);
    return createEvent(tx, actor, audit, actor.officeId!, input);
  },
  onUniqueViolation: async ({ actor, input }) => {
    const earlier = await eventWithKey(db, actor, input.idempotencyKey);
    return earlier ? replayed(earlier) : null;
  },
});

const loadManagedEvent = (actor: Actor, id: string) =>
  db.outreachEvent.findFirst({ where: { id, ...officeScope(actor, "event:manage") }, include: { officers: { select: { officerId: true } } } });

type ManagedEvent = NonNullable<Awaited<ReturnType<typeof loadManagedEvent>>>;

/** Each write on an event re-reads it locked: two staff acting at once see each other's change. */
async function lockedEvent(tx: Tx, id: string): Promise<ManagedEvent> {
  await tx.$queryRaw`SELECT id FROM "OutreachEvent" WHERE id = ${id}::uuid FOR UPDATE`;
  return tx.outreachEvent.findUniqueOrThrow({ where: { id }, include: { officers: { select: { officerId: true } } } });
}

const notPlanned = (status: string) => (status !== "PLANNED" ? conflict("event.notPlanned") : null);
const notStarted = (startsAt: Date, now: Date) => (startsAt.getTime() > now.getTime() ? conflict("event.notStarted") : null);

async function setStatus(tx: Tx, audit: Audit, eventId: string, from: string, data: Prisma.OutreachEventUncheckedUpdateInput) {
  const event = await tx.outreachEvent.update({ where: { id: eventId }, data });
  await audit({
    action: `event.${String(data.status).toLowerCase()}`,
    entity: "OutreachEvent",
    entityId: eventId,
    changes: { status: { from, to: data.status }, statusReason: data.statusReason ?? null },
  });
  return event;
}

const onManagedEvent = { permission: "event:manage" as const, load: loadManagedEvent, resource: (_: Actor, event: ManagedEvent) => ({ officeId: event.officeId }) };

export const markEventDone = defineRecordCommand({
  name: "event.done",
  ...onManagedEvent,
  input: z.object({}),
  run: async ({ target, tx, now, audit }) => {
    const event = await lockedEvent(tx, target.id);
    const refused = notPlanned(event.status) ?? notStarted(event.startsAt, now);
    if (refused) return refused;
    return setStatus(tx, audit, event.id, event.status, { status: "DONE" });
  },
});

export const cancelEvent = defineRecordCommand({
  name: "event.cancel",
  ...onManagedEvent,
  input: reasonSchema,
  run: async ({ input, target, tx, audit }) => {
    const event = await lockedEvent(tx, target.id);
    return notPlanned(event.status) ?? setStatus(tx, audit, event.id, event.status, { status: "CANCELLED", statusReason: input.reason });
  },
});

/** Postpones a planned event: it becomes POSTPONED and a new PLANNED event at the new time replaces it. */
export const postponeEvent = defineRecordCommand({
  name: "event.postpone",
  ...onManagedEvent,
  input: postponeSchema,
  run: async ({ actor, input, target, tx, audit }) => {
    const event = await lockedEvent(tx, target.id);
    const refused = notPlanned(event.status);
    if (refused) return refused;
    const period = await officePeriod(tx, event.officeId, input);
    const officerIds = event.officers.map((o) => o.officerId);
    const clash = doubleBooking(await findConflicts(tx, event.officeId, officerIds, period, event.id), input.acknowledgeConflicts);
    if (clash) return clash;
    const replacement = await tx.outreachEvent.create({
      data: {
        officeId: event.officeId,
        villageCode: event.villageCode,
        designationId: event.designationId,
        type: event.type,
        title: event.title,
        description: event.description,
        location: event.location,
        isPublic: event.isPublic,
        startsAt: period.startsAt,
        endsAt: period.endsAt,
        createdById: actor.id,
        officers: { create: officerIds.map((officerId) => ({ officerId })) },
      },
    });
    // The visit request (if any) follows the event that will actually happen.
    if (event.visitRequestId) {
      await tx.outreachEvent.update({ where: { id: event.id }, data: { visitRequestId: null } });
      await tx.outreachEvent.update({ where: { id: replacement.id }, data: { visitRequestId: event.visitRequestId } });
    }
    await setStatus(tx, audit, event.id, event.status, { status: "POSTPONED", statusReason: input.reason, rescheduledToId: replacement.id });
    return replacement;
  },
});

/**
 * Corrects a planned event's details (title, place, time, officers, village, whether it is public). The
 * double-booking check leaves the event itself out; a change of time is a correction here, while a date moved
 * for a reason the village should see goes through `postponeEvent`. The audit records each changed field.
 */
export const updatePlannedEvent = defineRecordCommand({
  name: "event.update",
  ...onManagedEvent,
  inputResource: (input) => ({ villageCode: input.villageCode }),
  input: eventSchema,
  run: async ({ input, target, tx, audit }) => {
    const event = await lockedEvent(tx, target.id);
    const refused = notPlanned(event.status);
    if (refused) return refused;
    if (input.villageCode !== event.villageCode && event.visitRequestId) return fieldError("villageCode", "event.village.fromRequest");
    const period = await officePeriod(tx, event.officeId, input);
    const next = await eventRecord(tx, event.officeId, input, period);
    if (isFailure(next)) return next;
    const officerIds = [...new Set(input.officerIds)];
    const clash = doubleBooking(await findConflicts(tx, event.officeId, officerIds, period, event.id), input.acknowledgeConflicts);
    if (clash) return clash;
    const before: Record<string, unknown> = { ...event, officerIds: event.officers.map((o) => o.officerId).sort() };
    const after: Record<string, unknown> = { ...next, officerIds: [...officerIds].sort() };
    const changes = Object.fromEntries(
      Object.keys(after)
        .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
        .map((key) => [key, { from: before[key], to: after[key] }]),
    );
    const updated = await tx.outreachEvent.update({
      where: { id: event.id },
      data: { ...next, officers: { deleteMany: {}, create: officerIds.map((officerId) => ({ officerId })) } },
    });
    await audit({ action: "event.update", entity: "OutreachEvent", entityId: event.id, changes });
    return updated;
  },
});

/**
 * Files (or corrects) the report of an event. A planned event that has started becomes DONE with its report in
 * the same transaction; a cancelled or postponed event takes no report.
 */
export const submitEventReport = defineRecordCommand({
  name: "event.report",
  ...onManagedEvent,
  input: reportSchema,
  run: async ({ actor, input, target, tx, now, audit }) => {
    const event = await lockedEvent(tx, target.id);
    if (event.status === "PLANNED") {
      const early = notStarted(event.startsAt, now);
      if (early) return early;
      await setStatus(tx, audit, event.id, event.status, { status: "DONE" });
    } else if (event.status !== "DONE") {
      return conflict("event.notPlanned");
    }
    const eventId = event.id;
    const fields = { stakeholders: input.stakeholders, topics: input.topics, summary: input.summary, followUps: input.followUps };
    const existed = await tx.eventReport.findUnique({ where: { eventId }, select: { eventId: true } });
    await tx.eventReport.upsert({ where: { eventId }, create: { eventId, ...fields, submittedById: actor.id }, update: fields });
    await tx.eventParticipants.deleteMany({ where: { eventId } });
    await tx.eventParticipants.createMany({ data: input.participants.filter((p) => p.male + p.female > 0).map((p) => ({ eventId, ...p })) });
    await audit({ action: existed ? "eventReport.update" : "eventReport.submit", entity: "EventReport", entityId: eventId, changes: { ...input } });
    return tx.eventReport.findUniqueOrThrow({ where: { eventId }, include: { participants: true } });
  },
});

const loadHandledRequest = (actor: Actor, id: string) =>
  db.visitRequest.findFirst({ where: { id, ...officeScope(actor, "visitRequest:handle") } });

type HandledRequest = NonNullable<Awaited<ReturnType<typeof loadHandledRequest>>>;

async function pendingRequest(tx: Tx, id: string): Promise<HandledRequest | Failure> {
  await tx.$queryRaw`SELECT id FROM "VisitRequest" WHERE id = ${id}::uuid FOR UPDATE`;
  const request = await tx.visitRequest.findUniqueOrThrow({ where: { id } });
  return request.status === "PENDING" ? request : conflict("event.requestHandled");
}

/** Turns a village's visit request into a scheduled event in that village; the request becomes SCHEDULED. */
export const scheduleFromVisitRequest = defineRecordCommand({
  name: "visitRequest.schedule",
  permission: "visitRequest:handle",
  load: loadHandledRequest,
  resource: (_, request) => ({ officeId: request.officeId }),
  inputResource: (input: EventData) => ({ villageCode: input.villageCode }),
  // The event stays in the village that asked, whatever the form says.
  input: ({ target }): z.ZodType<EventData> => z.preprocess((raw) => ({ ...(raw as object), villageCode: target.villageCode }), eventSchema),
  run: async ({ actor, input, target, tx, audit }) => {
    const request = await pendingRequest(tx, target.id);
    if (isFailure(request)) return request;
    const event = await createEvent(tx, actor, audit, request.officeId, input, { visitRequestId: request.id });
    if (isFailure(event)) return event;
    await tx.visitRequest.update({ where: { id: request.id }, data: { status: "SCHEDULED" } });
    await audit({
      action: "visitRequest.schedule",
      entity: "VisitRequest",
      entityId: request.id,
      changes: { status: { from: "PENDING", to: "SCHEDULED" }, eventId: event.id },
    });
    return event;
  },
});

export const declineVisitRequest = defineRecordCommand({
  name: "visitRequest.decline",
  permission: "visitRequest:handle",
  load: loadHandledRequest,
  resource: (_, request) => ({ officeId: request.officeId }),
  input: declineSchema,
  run: async ({ input, target, tx, audit }) => {
    const request = await pendingRequest(tx, target.id);
    if (isFailure(request)) return request;
    const updated = await tx.visitRequest.update({ where: { id: request.id }, data: { status: "DECLINED", responseNote: input.note } });
    await audit({
      action: "visitRequest.decline",
      entity: "VisitRequest",
      entityId: request.id,
      changes: { status: { from: "PENDING", to: "DECLINED" }, responseNote: input.note },
    });
    return updated;
  },
});
