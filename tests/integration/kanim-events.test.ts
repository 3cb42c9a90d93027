import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import {
  cancelEvent,
  declineVisitRequest,
  markEventDone,
  postponeEvent,
  scheduleEvent,
  scheduleFromVisitRequest,
  submitEventReport,
  updatePlannedEvent,
} from "@/lib/events/commands";
import { getEvent, listEvents, listEventsInRange, listVisitRequests } from "@/lib/events/queries";
import type { EventInput, ReportInput } from "@/lib/events/schema";
import { GENDANG_TIMBURU, MADIUN_VILLAGE, createActor, createDesignation, pickVillage } from "../support/factories/base";
import { createEvent, createKanim, createOfficer, createVisitRequest } from "../support/factories/kanim";
import { notFoundResult, valueOf } from "../support/results";

const input = (villageCode: string, officerIds: string[], overrides: Partial<EventInput> = {}): EventInput => ({
  villageCode,
  type: "OUTREACH",
  title: "Sosialisasi TPPO dan paspor",
  startsAt: "2024-05-03T09:00",
  endsAt: "2024-05-03T12:00",
  location: "Balai Desa Gendang Timburu",
  officerIds,
  isPublic: "on",
  ...overrides,
});

const report: ReportInput = {
  participants: [
    { group: "VILLAGE_OFFICIALS", male: 5, female: 2 },
    { group: "CPMI", male: "3", female: "8" },
    { group: "POLICE", male: 1, female: 0 },
    { group: "YOUTH", male: 0, female: 0 },
  ],
  stakeholders: "Sekda Kabupaten Kotabaru, Kapolsek Sungai Durian, Babinsa",
  topics: ["M_PASPOR", "TRAFFICKING_SIGNS"],
  summary: "Sosialisasi prosedur paspor dan bahaya TPPO kepada warga desa.",
  followUps: "Kunjungan ulang PIMPASA bulan depan",
};

describe("outreach events", () => {
  it("schedules in the office's zone, links the active designation and lists the event", async () => {
    const { office, staff } = await createKanim(["63.02"]);
    const designation = await createDesignation(office.id, GENDANG_TIMBURU);
    const [a, b] = [await createOfficer(office.id), await createOfficer(office.id)];
    const event = valueOf(await scheduleEvent(staff, input(GENDANG_TIMBURU, [a.id, b.id])));
    // Batulicin is WITA (UTC+8): 09:00 local is 01:00 UTC.
    expect(event.startsAt.toISOString()).toBe("2024-05-03T01:00:00.000Z");
    expect(event.endsAt.toISOString()).toBe("2024-05-03T04:00:00.000Z");
    expect(event).toMatchObject({ designationId: designation.id, status: "PLANNED", isPublic: true, officeId: office.id });

    const detail = await getEvent(staff, event.id);
    expect(detail.officers.map((o) => o.id).sort()).toEqual([a.id, b.id].sort());
    const list = await listEvents(staff, { officerId: a.id });
    expect(list.rows.map((r) => r.id)).toEqual([event.id]);
    const may = await listEventsInRange(staff, new Date("2024-05-01T00:00:00Z"), new Date("2024-06-01T00:00:00Z"));
    expect(may.map((r) => r.id)).toEqual([event.id]);
    expect(await listEventsInRange(staff, new Date("2024-06-01T00:00:00Z"), new Date("2024-07-01T00:00:00Z"))).toEqual([]);
  });

  it("returns the same event for a repeated submission", async () => {
    const { office, staff } = await createKanim(["63.02"]);
    const officer = await createOfficer(office.id);
    const first = valueOf(await scheduleEvent(staff, input(GENDANG_TIMBURU, [officer.id], { idempotencyKey: `k-${office.id}` })));
    const again = valueOf(await scheduleEvent(staff, input(GENDANG_TIMBURU, [officer.id], { idempotencyKey: `k-${office.id}` })));
    expect(again.id).toBe(first.id);
    expect(await db.outreachEvent.count({ where: { officeId: office.id } })).toBe(1);
  });

  it("refuses bad input, a village outside the area and another office's officer", async () => {
    const { office, staff } = await createKanim(["63.02"]);
    const officer = await createOfficer(office.id);
    const reversed = await scheduleEvent(staff, input(GENDANG_TIMBURU, [officer.id], { endsAt: "2024-05-03T08:00" }));
    expect(reversed).toEqual({ ok: false, reason: "invalid", fieldErrors: { endsAt: { key: "event.endsAt.beforeStart" } } });
    expect(await scheduleEvent(staff, input(GENDANG_TIMBURU, [], { startsAt: "2024-13-01T09:00" }))).toMatchObject({ ok: false, reason: "invalid" });
    expect(await scheduleEvent(staff, input(GENDANG_TIMBURU, [], { title: "" }))).toMatchObject({ ok: false, reason: "invalid" });
    expect(await scheduleEvent(staff, input(MADIUN_VILLAGE, [officer.id]))).toEqual(notFoundResult);
    const { office: other } = await createKanim(["35.19"]);
    const foreign = await createOfficer(other.id);
    expect(await scheduleEvent(staff, input(GENDANG_TIMBURU, [foreign.id]))).toMatchObject({ ok: false, reason: "invalid" });
    expect(await db.outreachEvent.count({ where: { officeId: office.id } })).toBe(0);
  });

  it("warns when an officer is already booked, and saves once the warning is acknowledged", async () => {
    const { office, staff } = await createKanim(["63.02"]);
    const [busy, free] = [await createOfficer(office.id, { name: "Sibuk" }), await createOfficer(office.id)];
    const first = valueOf(await scheduleEvent(staff, input(GENDANG_TIMBURU, [busy.id])));
    const village = await pickVillage("63.02");
    const overlapping = input(village, [busy.id, free.id], { startsAt: "2024-05-03T11:00", endsAt: "2024-05-03T14:00" });
    const error = await scheduleEvent(staff, overlapping);
    expect(error).toMatchObject({ ok: false, reason: "conflict", field: "acknowledgeConflicts", message: { key: "event.conflictWarning" } });
    expect(!error.ok && error.reason === "conflict" && error.lines).toEqual([
      { key: "event.conflictLine", params: { officer: "Sibuk", title: first.title, at: first.startsAt } },
    ]);
    expect(await db.outreachEvent.count({ where: { officeId: office.id } })).toBe(1);

    // Back to back is not a conflict.
    valueOf(await scheduleEvent(staff, input(village, [busy.id], { startsAt: "2024-05-03T12:00", endsAt: "2024-05-03T13:00" })));
    // A cancelled event frees the officer.
    const saved = valueOf(await scheduleEvent(staff, { ...overlapping, acknowledgeConflicts: "on" }));
    expect(saved.id).toBeTruthy();
    valueOf(await cancelEvent(staff, first.id, { reason: "Kepala desa berhalangan" }));
    const cleared = valueOf(await scheduleEvent(staff, input(village, [busy.id], { startsAt: "2024-05-03T09:00", endsAt: "2024-05-03T10:00" })));
    expect(cleared.status).toBe("PLANNED");
  });

  it("runs the lifecycle: done, cancelled with reason, postponed to a new date", async () => {
    const { office, staff } = await createKanim(["63.02"]);
    const officer = await createOfficer(office.id);
    const village = GENDANG_TIMBURU;

    const done = valueOf(await scheduleEvent(staff, input(village, [officer.id])));
    expect(valueOf(await markEventDone(staff, done.id, {})).status).toBe("DONE");
    expect(await markEventDone(staff, done.id, {})).toMatchObject({ ok: false, reason: "conflict" });
    expect(await cancelEvent(staff, done.id, { reason: "terlambat sekali" })).toMatchObject({ ok: false, reason: "conflict" });

    const future = valueOf(await scheduleEvent(staff, input(village, [officer.id], { startsAt: "2099-01-05T09:00", endsAt: "2099-01-05T11:00" })));
    expect(await markEventDone(staff, future.id, {})).toMatchObject({ ok: false, reason: "conflict" });
    expect(await cancelEvent(staff, future.id, { reason: "" })).toMatchObject({ ok: false, reason: "invalid" });
    const cancelled = valueOf(await cancelEvent(staff, future.id, { reason: "Banjir di akses jalan desa" }));
    expect(cancelled).toMatchObject({ status: "CANCELLED", statusReason: "Banjir di akses jalan desa" });

    const moved = valueOf(await scheduleEvent(staff, input(village, [officer.id], { startsAt: "2099-02-05T09:00", endsAt: "2099-02-05T11:00" })));
    expect(await postponeEvent(staff, moved.id, { reason: "Bentrok musim panen", startsAt: "2099-02-10T10:00", endsAt: "2099-02-10T09:00" })).toMatchObject({ ok: false, reason: "invalid" });
    const replacement = valueOf(await postponeEvent(staff, moved.id, {
      reason: "Bentrok musim panen",
      startsAt: "2099-02-10T09:00",
      endsAt: "2099-02-10T11:00",
    }));
    const old = await getEvent(staff, moved.id);
    expect(old).toMatchObject({ status: "POSTPONED", statusReason: "Bentrok musim panen", rescheduledToId: replacement.id });
    const fresh = await getEvent(staff, replacement.id);
    expect(fresh).toMatchObject({ status: "PLANNED", title: moved.title, villageCode: village });
    expect(fresh.startsAt.toISOString()).toBe("2099-02-10T01:00:00.000Z");
    expect(fresh.officers.map((o) => o.id)).toEqual([officer.id]);
    expect(fresh.rescheduledFrom?.id).toBe(moved.id);
    expect(await postponeEvent(staff, moved.id, { reason: "sekali lagi", startsAt: "2099-03-01T09:00", endsAt: "2099-03-01T10:00" })).toMatchObject({ ok: false, reason: "conflict" });

    const audit = await db.auditLog.findMany({ where: { entity: "OutreachEvent", entityId: { in: [done.id, future.id, moved.id] } } });
    expect(audit.map((a) => a.action).sort()).toEqual(
      ["event.cancelled", "event.done", "event.postponed", "event.schedule", "event.schedule", "event.schedule"].sort(),
    );
  });

  it("corrects a planned event's details, checking double bookings against the other events only", async () => {
    const { office, staff } = await createKanim(["63.02"]);
    const [first, second] = [await createOfficer(office.id, { name: "Pertama" }), await createOfficer(office.id, { name: "Kedua" })];
    const planned = valueOf(await scheduleEvent(staff, input(GENDANG_TIMBURU, [first.id], { startsAt: "2099-04-01T09:00", endsAt: "2099-04-01T11:00" })));
    const other = valueOf(await scheduleEvent(staff, input(GENDANG_TIMBURU, [second.id], { startsAt: "2099-04-01T13:00", endsAt: "2099-04-01T15:00" })));

    // Saving at its own time is no clash with itself.
    const corrected = valueOf(await updatePlannedEvent(staff, planned.id, input(GENDANG_TIMBURU, [first.id], {
      startsAt: "2099-04-01T09:00",
      endsAt: "2099-04-01T11:30",
      title: "Sosialisasi paspor untuk calon PMI",
      location: "Aula Kantor Desa Gendang Timburu",
      isPublic: "",
    })));
    expect(corrected).toMatchObject({ title: "Sosialisasi paspor untuk calon PMI", location: "Aula Kantor Desa Gendang Timburu", isPublic: false, status: "PLANNED" });
    expect(corrected.endsAt.toISOString()).toBe("2099-04-01T03:30:00.000Z");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: planned.id, action: "event.update" } });
    expect(Object.keys(audit.changes as object).sort()).toEqual(["endsAt", "isPublic", "location", "title"]);

    // Adding an officer booked elsewhere at that time warns, and saves once acknowledged.
    const clash = input(GENDANG_TIMBURU, [first.id, second.id], { startsAt: "2099-04-01T10:00", endsAt: "2099-04-01T14:00" });
    const error = await updatePlannedEvent(staff, planned.id, clash);
    expect(!error.ok && error.reason === "conflict" && error.lines).toEqual([
      { key: "event.conflictLine", params: { officer: second.name, title: other.title, at: other.startsAt } },
    ]);
    expect((await getEvent(staff, planned.id)).officers.map((o) => o.id)).toEqual([first.id]);
    valueOf(await updatePlannedEvent(staff, planned.id, { ...clash, acknowledgeConflicts: "on" }));
    expect((await getEvent(staff, planned.id)).officers.map((o) => o.id).sort()).toEqual([first.id, second.id].sort());

    // Bad input names the field; a village outside the area, a held or cancelled event and another office are refused.
    expect(await updatePlannedEvent(staff, planned.id, { ...clash, title: "" })).toMatchObject({ ok: false, reason: "invalid" });
    expect(await updatePlannedEvent(staff, planned.id, input(MADIUN_VILLAGE, []))).toEqual(notFoundResult);
    valueOf(await cancelEvent(staff, other.id, { reason: "Kepala desa berhalangan" }));
    expect(await updatePlannedEvent(staff, other.id, input(GENDANG_TIMBURU, []))).toMatchObject({ ok: false, reason: "conflict" });
    const { staff: stranger } = await createKanim(["35.19"]);
    expect(await updatePlannedEvent(stranger, planned.id, input(GENDANG_TIMBURU, []))).toEqual(notFoundResult);
    expect(await getEvent(staff, planned.id)).toMatchObject({ title: clash.title, villageCode: GENDANG_TIMBURU, status: "PLANNED" });
  });

  it("files the report (marking the event done) and corrects it later", async () => {
    const { office, staff } = await createKanim(["63.02"]);
    const officer = await createOfficer(office.id);
    const event = valueOf(await scheduleEvent(staff, input(GENDANG_TIMBURU, [officer.id])));
    const saved = valueOf(await submitEventReport(staff, event.id, report));
    expect(saved.topics).toEqual(["M_PASPOR", "TRAFFICKING_SIGNS"]);
    expect(saved.participants.map((p) => [p.group, p.male, p.female]).sort()).toEqual([
      ["CPMI", 3, 8],
      ["POLICE", 1, 0],
      ["VILLAGE_OFFICIALS", 5, 2],
    ]);
    expect((await getEvent(staff, event.id)).status).toBe("DONE");

    const corrected = valueOf(await submitEventReport(staff, event.id, { ...report, participants: [{ group: "OTHERS", male: 1, female: 1 }] }));
    expect(corrected.participants).toHaveLength(1);

    expect(await submitEventReport(staff, event.id, { ...report, participants: [{ group: "CPMI", male: -1, female: 0 }] })).toMatchObject({ ok: false, reason: "invalid" });
    expect(await submitEventReport(staff, event.id, { ...report, topics: [] })).toMatchObject({ ok: false, reason: "invalid" });
    const cancelled = await createEvent(office.id, GENDANG_TIMBURU, { status: "CANCELLED" });
    expect(await submitEventReport(staff, cancelled.id, report)).toMatchObject({ ok: false, reason: "conflict" });
  });

  it("turns a visit request into an event, or declines it", async () => {
    const { office, staff } = await createKanim(["63.02"]);
    const officer = await createOfficer(office.id);
    const request = await createVisitRequest(office.id, GENDANG_TIMBURU);
    expect((await listVisitRequests(staff, { status: "PENDING" })).map((r) => r.id)).toEqual([request.id]);
    // The village comes from the request, whatever the form says.
    const event = valueOf(await scheduleFromVisitRequest(staff, request.id, input(MADIUN_VILLAGE, [officer.id])));
    expect(event).toMatchObject({ villageCode: GENDANG_TIMBURU, visitRequestId: request.id });
    expect((await db.visitRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("SCHEDULED");
    expect(await scheduleFromVisitRequest(staff, request.id, input(GENDANG_TIMBURU, []))).toMatchObject({ ok: false, reason: "conflict" });
    // Corrected later, it still answers the request: another village is refused.
    const buluhKuning = "63.02.15.2001";
    expect(await updatePlannedEvent(staff, event.id, input(buluhKuning, [officer.id]))).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { villageCode: { key: "event.village.fromRequest" } },
    });

    const declined = await createVisitRequest(office.id, GENDANG_TIMBURU);
    expect(await declineVisitRequest(staff, declined.id, { note: "x" })).toMatchObject({ ok: false, reason: "invalid" });
    expect(valueOf(await declineVisitRequest(staff, declined.id, { note: "Jadwal penuh, ajukan bulan depan" }))).toMatchObject({
      status: "DECLINED",
      responseNote: "Jadwal penuh, ajukan bulan depan",
    });
  });

  it("hides another office's events and requests: not found, absent from lists", async () => {
    const { office, staff } = await createKanim(["63.02"]);
    const { staff: other } = await createKanim(["35.19"]);
    const event = await createEvent(office.id, GENDANG_TIMBURU);
    const request = await createVisitRequest(office.id, GENDANG_TIMBURU);
    await expect(getEvent(other, event.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await cancelEvent(other, event.id, { reason: "bukan milik kami" })).toEqual(notFoundResult);
    expect(await submitEventReport(other, event.id, report)).toEqual(notFoundResult);
    expect(await scheduleFromVisitRequest(other, request.id, input(MADIUN_VILLAGE, []))).toEqual(notFoundResult);
    expect(await declineVisitRequest(other, request.id, { note: "bukan milik kami" })).toEqual(notFoundResult);
    expect((await listEvents(other)).rows).toEqual([]);
    expect(await listVisitRequests(other)).toEqual([]);
    expect((await getEvent(staff, event.id)).id).toBe(event.id);
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: await pickVillage("63.02") });
    expect(await scheduleEvent(official, input(GENDANG_TIMBURU, []))).toEqual(notFoundResult);
  });
});

describe("filters never widen a village scope", () => {
  // The office's event records are not the village's (issue #16): not even its own village's events.
  it("gives a village official none of the office's events, whatever the village filter says", async () => {
    const { office } = await createKanim(["63.02"]);
    const own = await pickVillage("63.02");
    const ownEvent = await createEvent(office.id, own);
    const elsewhere = await createEvent(office.id, GENDANG_TIMBURU);
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: own });
    expect((await listEvents(official, { villageCode: GENDANG_TIMBURU })).rows).toEqual([]);
    expect((await listEvents(official)).rows).toEqual([]);
    await expect(getEvent(official, elsewhere.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getEvent(official, ownEvent.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
