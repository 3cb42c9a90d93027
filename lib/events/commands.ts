import "server-only";
import { recordIdOrNotFound } from "@/lib/platform/validation/ids";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { db, type Tx } from "@/lib/platform/db/client";
import { Prisma } from "@/lib/platform/db/generated/client";
import { can, type Actor } from "@/lib/platform/auth/policy";
import { recordAudit } from "@/lib/platform/audit/log";
import { AppError, NotFoundError } from "@/lib/platform/errors";
import { checkOfficers } from "@/lib/designations/commands";
import { localToUtc } from "@/lib/platform/time/office-zone";
import {
  declineSchema,
  eventSchema,
  postponeSchema,
  reasonSchema,
  reportSchema,
  type EventInput,
  type ReportInput,
} from "./schema";
import { findConflicts, type Conflict } from "./conflicts";

type Period = { startsAt: Date; endsAt: Date };

async function officeZone(tx: Tx, officeId: string) {
  const office = await tx.immigrationOffice.findUnique({ where: { id: officeId }, select: { timeZone: true } });
  if (!office) throw new NotFoundError("office");
  return office.timeZone;
}

/** Refuses a double booking unless the user saw the warning and confirmed it. */
function guardConflicts(conflicts: Conflict[], acknowledged: boolean | undefined) {
  if (conflicts.length && !acknowledged) {
    throw new AppError("CONFLICT", "officer already booked", { conflicts });
  }
}

/**
 * The stored fields of an event from its form, once the village and the officers are checked against the
 * office; the event links the village's active designation of that office, if there is one.
 */
async function eventRecord(tx: Tx, officeId: string, data: ReturnType<typeof eventSchema.parse>, period: Period) {
  const village = await tx.village.findUnique({ where: { code: data.villageCode }, select: { code: true } });
  if (!village) throw new NotFoundError("village");
  await checkOfficers(tx, officeId, data.officerIds);
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

async function createEvent(
  tx: Tx,
  actor: Actor,
  officeId: string,
  data: ReturnType<typeof eventSchema.parse>,
  period: Period,
  extra: { visitRequestId?: string } = {},
) {
  const record = await eventRecord(tx, officeId, data, period);
  guardConflicts(await findConflicts(tx, officeId, data.officerIds, period), data.acknowledgeConflicts);
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
  await recordAudit(
    {
      actor,
      action: "event.schedule",
      entity: "OutreachEvent",
      entityId: event.id,
      changes: { ...data, startsAt: period.startsAt.toISOString(), endsAt: period.endsAt.toISOString(), ...extra },
    },
    tx,
  );
  return event;
}

/**
 * Schedules an outreach event in a village of the office's working area. Times are the office's wall clock.
 * A double-booked officer raises CONFLICT (details.conflicts) unless `acknowledgeConflicts` is set.
 * A repeated submission with the same idempotency key returns the event already made.
 */
export async function scheduleEvent(actor: Actor, input: EventInput) {
  const data = eventSchema.parse(input);
  await authorizeAudited(actor, "event:manage", { villageCode: data.villageCode }, "village");
  const officeId = actor.officeId;
  if (!officeId) throw new NotFoundError("office");
  if (data.idempotencyKey) {
    const existing = await db.outreachEvent.findUnique({ where: { idempotencyKey: data.idempotencyKey } });
    if (existing && existing.officeId === officeId) return existing;
  }
  try {
    return await db.$transaction(async (tx) => {
      // Again inside: a copy of the form that waited for an earlier one's transaction sees its event here, before
      // the double-booking check would mistake that event for a clash.
      if (data.idempotencyKey) {
        const existing = await tx.outreachEvent.findUnique({ where: { idempotencyKey: data.idempotencyKey } });
        if (existing && existing.officeId === officeId) return existing;
      }
      const zone = await officeZone(tx, officeId);
      const period = { startsAt: localToUtc(data.startsAt, zone), endsAt: localToUtc(data.endsAt, zone) };
      return createEvent(tx, actor, officeId, data, period);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && data.idempotencyKey) {
      const existing = await db.outreachEvent.findUnique({ where: { idempotencyKey: data.idempotencyKey } });
      if (existing && existing.officeId === officeId) return existing;
    }
    throw error;
  }
}

async function loadManagedEvent(tx: Tx, actor: Actor, eventId: string) {
  const event = await tx.outreachEvent.findUnique({
    where: { id: recordIdOrNotFound(eventId, "event") },
    include: { officers: { select: { officerId: true } } },
  });
  if (!event || !can(actor, "event:manage", { officeId: event.officeId })) throw new NotFoundError("event");
  return event;
}

function requirePlanned(status: string) {
  if (status !== "PLANNED") throw new AppError("CONFLICT", "event is no longer planned", { key: "event.notPlanned" });
}

function requireStarted(startsAt: Date) {
  if (startsAt.getTime() > Date.now()) throw new AppError("CONFLICT", "event has not started", { key: "event.notStarted" });
}

async function setStatus(
  tx: Tx,
  actor: Actor,
  eventId: string,
  from: string,
  data: Prisma.OutreachEventUncheckedUpdateInput,
) {
  const event = await tx.outreachEvent.update({ where: { id: eventId }, data });
  await recordAudit(
    {
      actor,
      action: `event.${String(data.status).toLowerCase()}`,
      entity: "OutreachEvent",
      entityId: eventId,
      changes: { status: { from, to: data.status }, statusReason: data.statusReason ?? null },
    },
    tx,
  );
  return event;
}

export async function markEventDone(actor: Actor, eventId: string) {
  return db.$transaction(async (tx) => {
    const event = await loadManagedEvent(tx, actor, eventId);
    requirePlanned(event.status);
    requireStarted(event.startsAt);
    return setStatus(tx, actor, eventId, event.status, { status: "DONE" });
  });
}

export async function cancelEvent(actor: Actor, eventId: string, input: { reason: string }) {
  const { reason } = reasonSchema.parse(input);
  return db.$transaction(async (tx) => {
    const event = await loadManagedEvent(tx, actor, eventId);
    requirePlanned(event.status);
    return setStatus(tx, actor, eventId, event.status, { status: "CANCELLED", statusReason: reason });
  });
}

/** Postpones a planned event: it becomes POSTPONED and a new PLANNED event at the new time replaces it. */
export async function postponeEvent(
  actor: Actor,
  eventId: string,
  input: { reason: string; startsAt: string; endsAt: string; acknowledgeConflicts?: boolean | string },
) {
  const data = postponeSchema.parse(input);
  return db.$transaction(async (tx) => {
    const event = await loadManagedEvent(tx, actor, eventId);
    requirePlanned(event.status);
    const zone = await officeZone(tx, event.officeId);
    const period = { startsAt: localToUtc(data.startsAt, zone), endsAt: localToUtc(data.endsAt, zone) };
    const officerIds = event.officers.map((o) => o.officerId);
    guardConflicts(await findConflicts(tx, event.officeId, officerIds, period, event.id), data.acknowledgeConflicts);
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
      await tx.outreachEvent.update({ where: { id: eventId }, data: { visitRequestId: null } });
      await tx.outreachEvent.update({ where: { id: replacement.id }, data: { visitRequestId: event.visitRequestId } });
    }
    await setStatus(tx, actor, eventId, event.status, {
      status: "POSTPONED",
      statusReason: data.reason,
      rescheduledToId: replacement.id,
    });
    return replacement;
  });
}

/**
 * Corrects a planned event's details (title, place, time, officers, village, whether it is public). The
 * double-booking check leaves the event itself out; a change of time is a correction here, while a date moved
 * for a reason the village should see goes through `postponeEvent`. The audit records each changed field.
 */
export async function updatePlannedEvent(actor: Actor, eventId: string, input: EventInput) {
  const data = eventSchema.parse(input);
  return db.$transaction(async (tx) => {
    const event = await loadManagedEvent(tx, actor, eventId);
    requirePlanned(event.status);
    if (data.villageCode !== event.villageCode) {
      if (event.visitRequestId) {
        throw new AppError("INVALID_INPUT", "event answers a village's request", { field: "villageCode", key: "village.fromRequest" });
      }
      await authorizeAudited(actor, "event:manage", { villageCode: data.villageCode }, "village");
    }
    const zone = await officeZone(tx, event.officeId);
    const period = { startsAt: localToUtc(data.startsAt, zone), endsAt: localToUtc(data.endsAt, zone) };
    const next = await eventRecord(tx, event.officeId, data, period);
    const officerIds = [...new Set(data.officerIds)];
    guardConflicts(await findConflicts(tx, event.officeId, officerIds, period, event.id), data.acknowledgeConflicts);
    const before: Record<string, unknown> = { ...event, officerIds: event.officers.map((o) => o.officerId).sort() };
    const after: Record<string, unknown> = { ...next, officerIds: [...officerIds].sort() };
    const changes = Object.fromEntries(
      Object.keys(after)
        .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
        .map((key) => [key, { from: before[key], to: after[key] }]),
    );
    const updated = await tx.outreachEvent.update({
      where: { id: eventId },
      data: { ...next, officers: { deleteMany: {}, create: officerIds.map((officerId) => ({ officerId })) } },
    });
    await recordAudit({ actor, action: "event.update", entity: "OutreachEvent", entityId: eventId, changes }, tx);
    return updated;
  });
}

/**
 * Files (or corrects) the report of an event. A planned event that has started becomes DONE with its report in
 * the same transaction; a cancelled or postponed event takes no report.
 */
export async function submitEventReport(actor: Actor, eventId: string, input: ReportInput) {
  const data = reportSchema.parse(input);
  return db.$transaction(async (tx) => {
    const event = await loadManagedEvent(tx, actor, eventId);
    if (event.status === "PLANNED") {
      requireStarted(event.startsAt);
      await setStatus(tx, actor, eventId, event.status, { status: "DONE" });
    } else if (event.status !== "DONE") {
      throw new AppError("CONFLICT", "event did not take place", { key: "event.notPlanned" });
    }
    const fields = { stakeholders: data.stakeholders, topics: data.topics, summary: data.summary, followUps: data.followUps };
    const existed = await tx.eventReport.findUnique({ where: { eventId }, select: { eventId: true } });
    await tx.eventReport.upsert({
      where: { eventId },
      create: { eventId, ...fields, submittedById: actor.id },
      update: fields,
    });
    await tx.eventParticipants.deleteMany({ where: { eventId } });
    await tx.eventParticipants.createMany({
      data: data.participants.filter((p) => p.male + p.female > 0).map((p) => ({ eventId, ...p })),
    });
    await recordAudit(
      {
        actor,
        action: existed ? "eventReport.update" : "eventReport.submit",
        entity: "EventReport",
        entityId: eventId,
        changes: { ...data },
      },
      tx,
    );
    return tx.eventReport.findUniqueOrThrow({ where: { eventId }, include: { participants: true } });
  });
}

/** Turns a village's visit request into a scheduled event; the request becomes SCHEDULED. */
export async function scheduleFromVisitRequest(actor: Actor, requestId: string, input: EventInput) {
  return db.$transaction(async (tx) => {
    const request = await tx.visitRequest.findUnique({ where: { id: recordIdOrNotFound(requestId, "visitRequest") } });
    if (!request || !can(actor, "visitRequest:handle", { officeId: request.officeId })) {
      throw new NotFoundError("visitRequest");
    }
    if (request.status !== "PENDING") throw new AppError("CONFLICT", "request already handled", { key: "request.handled" });
    const data = eventSchema.parse({ ...input, villageCode: request.villageCode });
    await authorizeAudited(actor, "event:manage", { villageCode: data.villageCode }, "village");
    const zone = await officeZone(tx, request.officeId);
    const period = { startsAt: localToUtc(data.startsAt, zone), endsAt: localToUtc(data.endsAt, zone) };
    const event = await createEvent(tx, actor, request.officeId, data, period, { visitRequestId: request.id });
    await tx.visitRequest.update({ where: { id: requestId }, data: { status: "SCHEDULED" } });
    await recordAudit(
      {
        actor,
        action: "visitRequest.schedule",
        entity: "VisitRequest",
        entityId: requestId,
        changes: { status: { from: "PENDING", to: "SCHEDULED" }, eventId: event.id },
      },
      tx,
    );
    return event;
  });
}

export async function declineVisitRequest(actor: Actor, requestId: string, input: { note: string }) {
  const { note } = declineSchema.parse(input);
  return db.$transaction(async (tx) => {
    const request = await tx.visitRequest.findUnique({ where: { id: recordIdOrNotFound(requestId, "visitRequest") } });
    if (!request || !can(actor, "visitRequest:handle", { officeId: request.officeId })) {
      throw new NotFoundError("visitRequest");
    }
    if (request.status !== "PENDING") throw new AppError("CONFLICT", "request already handled", { key: "request.handled" });
    const updated = await tx.visitRequest.update({
      where: { id: requestId },
      data: { status: "DECLINED", responseNote: note },
    });
    await recordAudit(
      {
        actor,
        action: "visitRequest.decline",
        entity: "VisitRequest",
        entityId: requestId,
        changes: { status: { from: "PENDING", to: "DECLINED" }, responseNote: note },
      },
      tx,
    );
    return updated;
  });
}
