import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { decryptField } from "@/lib/platform/crypto/fields";
import type { Actor } from "@/lib/platform/auth/policy";
import {
  addCaseFollowUp,
  closeCase,
  completeCaseFollowUp,
  markFormerWorker,
  openCase,
  recordContact,
  recordDeparture,
  recordPrevention,
  recordReturn,
  referCase,
  resumePreparing,
  updateNoContactDays,
} from "@/lib/journeys/commands";
import { getCase, getJourney, getWorkerTimeline, listAbroad, listCases } from "@/lib/journeys/queries";
import { abroadFiltersSchema, caseFiltersSchema } from "@/lib/journeys/schema";
import { GENDANG_TIMBURU, createActor, createOffice, pickVillage } from "../support/factories/base";
import { createCaseRow, createDepartedCandidate, createRegisteredCandidate } from "../support/factories/journeys";

// Every stage transition of the journey, allowed and refused, and the case workflow. "Today" is
// 28 November 2026 in Kotabaru (WITA); records are registered on 5 January 2026.
const now = new Date("2026-11-28T02:00:00Z");
const options = { now };

let official: Actor;
let staff: Actor;

beforeAll(async () => {
  const office = await createOffice(["63.02"]);
  official = await createActor("VILLAGE_OFFICIAL", { villageCode: GENDANG_TIMBURU });
  staff = await createActor("OFFICE_STAFF", { officeId: office.id });
});

const departure = (overrides: Record<string, string> = {}) => ({
  stageOn: "2026-03-10",
  channel: "P3MI",
  destinationCountry: "MY",
  jobSector: "PLANTATION",
  agencyName: "PT Maju Sejahtera",
  employer: "Ladang Sawit Tawau Sdn Bhd",
  contractMonths: "24",
  contactAbroad: "Siti Aminah +60 12 345 6789",
  ...overrides,
});
const returning = (overrides: Record<string, string> = {}) => ({ stageOn: "2026-10-01", returnReason: "CONTRACT_ENDED", plansToLeaveAgain: "no", ...overrides });

async function stageOf(id: string) {
  return (await db.candidate.findUniqueOrThrow({ where: { id }, select: { journeyStage: true } })).journeyStage;
}

/** A refused write leaves no event, no audit entry and the stage as it was. */
async function expectNothingWritten(id: string, run: () => Promise<unknown>) {
  const before = await Promise.all([db.journeyEvent.count({ where: { candidateId: id } }), db.auditLog.count({ where: { entityId: id } }), stageOf(id)]);
  const result = await run();
  const after = await Promise.all([db.journeyEvent.count({ where: { candidateId: id } }), db.auditLog.count({ where: { entityId: id } }), stageOf(id)]);
  expect(after).toEqual(before);
  return result;
}

describe("journey stages", () => {
  it("records a departure: the stage moves, employer and contact abroad are encrypted and masked, the audit keeps no value", async () => {
    const c = await createRegisteredCandidate(GENDANG_TIMBURU);
    const result = await recordDeparture(official, c.id, departure(), options);
    expect(result.ok).toBe(true);
    const record = await db.candidate.findUniqueOrThrow({ where: { id: c.id } });
    expect(record).toMatchObject({ journeyStage: "DEPARTED", journeyStageOn: new Date("2026-03-10"), lastContactOn: new Date("2026-03-10") });
    const event = await db.journeyEvent.findFirstOrThrow({ where: { candidateId: c.id } });
    expect(event).toMatchObject({ stage: "DEPARTED", channel: "P3MI", destinationCountry: "MY", contractMonths: 24, recordedById: official.id });
    expect(event.employerEncrypted).not.toContain("Tawau");
    expect(decryptField(event.employerEncrypted!)).toBe("Ladang Sawit Tawau Sdn Bhd");
    expect(decryptField(event.contactAbroadEncrypted!)).toBe("Siti Aminah +60 12 345 6789");
    expect(event.employerMasked).toBe("La••••••••hd");
    expect(event.contactAbroadMasked).not.toContain("345");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: c.id, action: "journey.departed" } });
    expect(JSON.stringify(audit.changes)).not.toMatch(/Tawau|Aminah|345/);
  });

  it("refuses a return before any departure, with its message on the date", async () => {
    const c = await createRegisteredCandidate(GENDANG_TIMBURU);
    const result = await expectNothingWritten(c.id, () => recordReturn(official, c.id, returning(), options));
    expect(result).toEqual({ ok: false, reason: "invalid", fieldErrors: { stageOn: { key: "journey.returnedBeforeDeparted" } } });
  });

  it("refuses a departure dated before the registration", async () => {
    const c = await createRegisteredCandidate(GENDANG_TIMBURU);
    const result = await expectNothingWritten(c.id, () => recordDeparture(official, c.id, departure({ stageOn: "2025-12-31" }), options));
    expect(result).toMatchObject({ reason: "invalid", fieldErrors: { stageOn: { key: "journey.date.beforeRegistration" } } });
  });

  it("refuses a date in the future (the village's today, not the server's)", async () => {
    const c = await createRegisteredCandidate(GENDANG_TIMBURU);
    const result = await expectNothingWritten(c.id, () => recordDeparture(official, c.id, departure({ stageOn: "2026-11-29" }), options));
    expect(result).toMatchObject({ reason: "invalid", fieldErrors: { stageOn: { key: "journey.date.future" } } });
    // Today itself is fine.
    expect((await recordDeparture(official, c.id, departure({ stageOn: "2026-11-28" }), options)).ok).toBe(true);
  });

  it("refuses a second departure while abroad, and a stage dated before the previous one", async () => {
    const c = await createRegisteredCandidate(GENDANG_TIMBURU);
    expect((await recordDeparture(official, c.id, departure(), options)).ok).toBe(true);
    const again = await expectNothingWritten(c.id, () => recordDeparture(official, c.id, departure({ stageOn: "2026-04-01" }), options));
    expect(again).toMatchObject({ fieldErrors: { stageOn: { key: "journey.alreadyAbroad" } } });
    const early = await expectNothingWritten(c.id, () => recordReturn(official, c.id, returning({ stageOn: "2026-03-01" }), options));
    expect(early).toMatchObject({ fieldErrors: { stageOn: { key: "journey.date.beforePrevious" } } });
  });

  it("refuses a P3MI departure without the agency, and an unknown country", async () => {
    const c = await createRegisteredCandidate(GENDANG_TIMBURU);
    const result = await expectNothingWritten(c.id, () => recordDeparture(official, c.id, departure({ agencyName: "", destinationCountry: "XX" }), options));
    expect(result).toMatchObject({ fieldErrors: { agencyName: { key: "journey.agency.required" }, destinationCountry: { key: "journey.country" } } });
  });

  it("return → former worker → preparing → prevented → preparing; return restarts the retention clock", async () => {
    const c = await createRegisteredCandidate(GENDANG_TIMBURU);
    expect((await recordDeparture(official, c.id, departure(), options)).ok).toBe(true);
    expect((await recordReturn(official, c.id, returning({ returnReason: "DEPORTED", plansToLeaveAgain: "yes" }), options)).ok).toBe(true);
    expect(await db.candidate.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ journeyStage: "RETURNED", returnedOn: new Date("2026-10-01") });
    const returned = await db.journeyEvent.findFirstOrThrow({ where: { candidateId: c.id, stage: "RETURNED" } });
    expect(returned).toMatchObject({ returnReason: "DEPORTED", plansToLeaveAgain: true });
    expect((await markFormerWorker(official, c.id, { stageOn: "2026-10-15" }, options)).ok).toBe(true);
    expect((await resumePreparing(official, c.id, { stageOn: "2026-11-01" }, options)).ok).toBe(true);
    expect((await recordPrevention(official, c.id, { stageOn: "2026-11-10", preventionReason: "WITHDREW_AFTER_GUIDANCE" }, options)).ok).toBe(true);
    expect((await resumePreparing(official, c.id, { stageOn: "2026-11-20" }, options)).ok).toBe(true);
    const stages = await db.journeyEvent.findMany({ where: { candidateId: c.id }, orderBy: { effectiveOn: "asc" }, select: { stage: true } });
    expect(stages.map((s) => s.stage)).toEqual(["DEPARTED", "RETURNED", "FORMER_WORKER", "PREPARING", "DEPARTURE_PREVENTED", "PREPARING"]);
  });

  it("a returned worker may leave again; a prevented one may leave by a legal route later", async () => {
    const back = await createRegisteredCandidate(GENDANG_TIMBURU);
    await recordDeparture(official, back.id, departure(), options);
    await recordReturn(official, back.id, returning(), options);
    expect((await recordDeparture(official, back.id, departure({ stageOn: "2026-11-01", channel: "G2G", destinationCountry: "KR", agencyName: "" }), options)).ok).toBe(true);
    const prevented = await createRegisteredCandidate(GENDANG_TIMBURU);
    await recordPrevention(official, prevented.id, { stageOn: "2026-02-01", preventionReason: "PASSPORT_REFUSED" }, options);
    expect((await recordDeparture(official, prevented.id, departure(), options)).ok).toBe(true);
  });

  it("refuses former worker before a return, and a prevention after the departure", async () => {
    const c = await createRegisteredCandidate(GENDANG_TIMBURU);
    expect(await expectNothingWritten(c.id, () => markFormerWorker(official, c.id, { stageOn: "2026-05-01" }, options))).toMatchObject({
      fieldErrors: { stageOn: { key: "journey.formerBeforeReturned" } },
    });
    await recordDeparture(official, c.id, departure(), options);
    expect(
      await expectNothingWritten(c.id, () => recordPrevention(official, c.id, { stageOn: "2026-05-01", preventionReason: "STOPPED_AT_BORDER" }, options)),
    ).toMatchObject({ fieldErrors: { stageOn: { key: "journey.preventedAfterDeparture" } } });
    expect(await expectNothingWritten(c.id, () => resumePreparing(official, c.id, { stageOn: "2026-05-01" }, options))).toMatchObject({
      fieldErrors: { stageOn: { key: "journey.transition" } },
    });
  });

  it("office staff cannot record stages, and a restricted record is not found", async () => {
    const c = await createRegisteredCandidate(GENDANG_TIMBURU);
    expect(await recordDeparture(staff, c.id, departure(), options)).toEqual({ ok: false, reason: "not-found" });
    await db.candidate.update({ where: { id: c.id }, data: { restrictedAt: now } });
    expect(await recordDeparture(official, c.id, departure(), options)).toEqual({ ok: false, reason: "not-found" });
  });
});

describe("contacts abroad", () => {
  it("records contacts only while abroad, never before the departure, and keeps the latest contact day", async () => {
    const home = await createRegisteredCandidate(GENDANG_TIMBURU);
    expect(await recordContact(official, home.id, { contactedOn: "2026-05-01", method: "PHONE", outcome: "ALL_WELL" }, options)).toMatchObject({
      fieldErrors: { contactedOn: { key: "journey.contact.notAbroad" } },
    });
    const c = await createDepartedCandidate(GENDANG_TIMBURU, { departedOn: new Date("2026-03-01") });
    expect(await recordContact(official, c.id, { contactedOn: "2026-02-01", method: "PHONE", outcome: "ALL_WELL" }, options)).toMatchObject({
      fieldErrors: { contactedOn: { key: "journey.contact.beforeDeparture" } },
    });
    expect(await recordContact(official, c.id, { contactedOn: "2026-08-01", method: "PHONE", outcome: "PROBLEM" }, options)).toMatchObject({
      fieldErrors: { contactNote: { key: "journey.contact.problemNote" } },
    });
    expect((await recordContact(official, c.id, { contactedOn: "2026-09-01", method: "MESSAGE", outcome: "ALL_WELL" }, options)).ok).toBe(true);
    expect((await recordContact(official, c.id, { contactedOn: "2026-08-01", method: "FAMILY_VISIT", withFamily: "on", outcome: "ALL_WELL" }, options)).ok).toBe(true);
    expect((await db.candidate.findUniqueOrThrow({ where: { id: c.id } })).lastContactOn).toEqual(new Date("2026-09-01"));
    expect(await db.abroadContact.count({ where: { candidateId: c.id } })).toBe(2);
  });

  it("the abroad list flags no contact for 90 days, a threshold an administrator can change", async () => {
    const village = await pickVillage("63.02");
    const villager = await createActor("VILLAGE_OFFICIAL", { villageCode: village });
    const recent = await createDepartedCandidate(village, { lastContactOn: new Date("2026-09-15") });
    const silent = await createDepartedCandidate(village, { lastContactOn: new Date("2026-08-30") });
    const never = await createDepartedCandidate(village, { lastContactOn: null });
    const home = await createRegisteredCandidate(village);
    const list = await listAbroad(villager, abroadFiltersSchema.parse({}), options);
    expect(list.rows.map((r) => r.id)).toEqual([never.id, silent.id, recent.id]);
    expect(list.rows.map((r) => r.noContact)).toEqual([true, true, false]);
    expect(list.rows[1].daysSinceContact).toBe(90);
    expect(list.rows[2].departure?.employerMasked).toBe("La••••••••hd");
    expect(JSON.stringify(list)).not.toContain("Tawau");
    expect(list.rows.map((r) => r.id)).not.toContain(home.id);
    const flagged = await listAbroad(villager, abroadFiltersSchema.parse({ noContact: "1" }), options);
    expect(flagged.rows.map((r) => r.id)).toEqual([never.id, silent.id]);

    const admin = await createActor("ADMIN");
    expect(await updateNoContactDays(admin, { days: "3" })).toEqual({ ok: false, reason: "invalid", fieldErrors: { days: { key: "journey.noContactDays" } } });
    expect(await updateNoContactDays(official, { days: "60" })).toEqual({ ok: false, reason: "not-found" });
    expect(await updateNoContactDays(admin, { days: "60" })).toEqual({ ok: true, value: { days: 60 } });
    try {
      const stricter = await listAbroad(villager, abroadFiltersSchema.parse({ noContact: "1" }), options);
      expect(stricter.noContactDays).toBe(60);
      expect(stricter.rows.map((r) => r.id)).toEqual([never.id, silent.id, recent.id]);
    } finally {
      await updateNoContactDays(admin, { days: "90" });
    }
  });
});

describe("cases", () => {
  it("is opened by the village, referred to BP3MI and followed up by the office, then closed with an outcome", async () => {
    const c = await createDepartedCandidate(GENDANG_TIMBURU);
    const opened = await openCase(official, c.id, { openedOn: "2026-11-20", type: "WAGES_UNPAID", source: "FAMILY", urgency: "URGENT", description: "Gaji tiga bulan belum dibayar." }, options);
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    const caseId = opened.value.id;
    const referred = await referCase(staff, caseId, { agency: "BP3MI", referredOn: "2026-11-21", contactPerson: "Bapak Rahmat, BP3MI Kalsel", request: "Hubungi agensi di Malaysia soal gaji." }, options);
    expect(referred.ok).toBe(true);
    const followUp = await addCaseFollowUp(staff, caseId, { dueOn: "2026-12-05", action: "Tanya BP3MI hasil mediasi" }, options);
    if (!followUp.ok) throw new Error(JSON.stringify(followUp));
    expect((await completeCaseFollowUp(official, followUp.value.id, {}, options)).ok).toBe(true);
    expect(await completeCaseFollowUp(official, followUp.value.id, {}, options)).toMatchObject({ ok: false, reason: "conflict", message: { key: "journey.followUp.done" } });
    expect(await closeCase(staff, caseId, { closedOn: "2026-11-19", outcome: "RESOLVED" }, options)).toMatchObject({
      fieldErrors: { closedOn: { key: "journey.case.beforeOpened" } },
    });
    expect((await closeCase(staff, caseId, { closedOn: "2026-11-27", outcome: "RESOLVED", outcomeNote: "Gaji dibayar." }, options)).ok).toBe(true);
    expect(await db.workerCase.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ status: "CLOSED", outcome: "RESOLVED", version: 5 });
    expect(await referCase(official, caseId, { agency: "POLICE", referredOn: "2026-11-28", contactPerson: "Polsek", request: "Laporan" }, options)).toMatchObject({
      fieldErrors: { agency: { key: "journey.case.closed" } },
    });
    const actions = await db.auditLog.findMany({ where: { entity: "WorkerCase", entityId: caseId }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["case.open", "case.refer", "case.addFollowUp", "case.completeFollowUp", "case.close"]);
  });

  it("refuses a case dated in the future or before registration, a referral before the opening and a follow-up due before it", async () => {
    const c = await createDepartedCandidate(GENDANG_TIMBURU);
    const base = { type: "ABUSE", source: "TIP", urgency: "EMERGENCY", description: "Informasi dari tetangga." };
    expect(await openCase(official, c.id, { ...base, openedOn: "2026-11-29" }, options)).toMatchObject({ fieldErrors: { openedOn: { key: "journey.date.future" } } });
    expect(await openCase(official, c.id, { ...base, openedOn: "2025-12-01" }, options)).toMatchObject({ fieldErrors: { openedOn: { key: "journey.date.beforeRegistration" } } });
    expect(await openCase(official, c.id, { ...base, openedOn: "2026-11-01", description: "" }, options)).toMatchObject({ fieldErrors: { description: { key: "journey.required" } } });
    const row = await createCaseRow(c.id, { openedOn: new Date("2026-11-01") });
    expect(await referCase(staff, row.id, { agency: "POLICE", referredOn: "2026-10-31", contactPerson: "Kanit PPA", request: "Penyelidikan" }, options)).toMatchObject({
      fieldErrors: { referredOn: { key: "journey.case.beforeOpened" } },
    });
    expect(await addCaseFollowUp(staff, row.id, { dueOn: "2026-10-31", action: "Telepon" }, options)).toMatchObject({
      fieldErrors: { dueOn: { key: "journey.followUp.beforeOpened" } },
    });
  });

  it("reading a case is an access record; the lists keep each actor in scope and give the age band", async () => {
    const otherVillage = await pickVillage("63.02");
    const mine = await createDepartedCandidate(GENDANG_TIMBURU);
    const theirs = await createDepartedCandidate(otherVillage);
    const myCase = await createCaseRow(mine.id, { openedOn: new Date("2026-11-25") });
    const theirCase = await createCaseRow(theirs.id, { openedOn: new Date("2026-07-01") });
    const before = await db.accessRecord.count({ where: { candidateId: mine.id, kind: "VIEW_CASE" } });
    const detail = await getCase(official, myCase.id);
    expect(detail.candidate.id).toBe(mine.id);
    expect(await db.accessRecord.count({ where: { candidateId: mine.id, kind: "VIEW_CASE", actorId: official.id } })).toBe(before + 1);
    await expect(getCase(official, theirCase.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const villageList = await listCases(official, caseFiltersSchema.parse({}), options);
    expect(villageList.rows.map((r) => r.id)).toContain(myCase.id);
    expect(villageList.rows.map((r) => r.id)).not.toContain(theirCase.id);
    const officeList = await listCases(staff, caseFiltersSchema.parse({}), options);
    const ids = officeList.rows.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([myCase.id, theirCase.id]));
    expect(officeList.rows.find((r) => r.id === theirCase.id)?.ageBand).toBe("90+");
    expect(officeList.rows.find((r) => r.id === myCase.id)?.ageBand).toBe("0-7");
  });
});

describe("the CPMI page's journey and timeline", () => {
  it("shows what may follow and one timeline of stages, contacts, cases and passport history", async () => {
    const c = await createRegisteredCandidate(GENDANG_TIMBURU);
    await db.passportStatusChange.create({ data: { candidateId: c.id, fromStatus: "NONE", toStatus: "ISSUED", effectiveOn: new Date("2026-02-01") } });
    await recordDeparture(official, c.id, departure(), options);
    await recordContact(official, c.id, { contactedOn: "2026-06-01", method: "PHONE", outcome: "ALL_WELL" }, options);
    await openCase(official, c.id, { openedOn: "2026-07-01", type: "NO_CONTACT", source: "FAMILY", urgency: "NORMAL", description: "Keluarga tidak bisa menghubungi." }, options);
    const journey = await getJourney(official, c.id);
    expect(journey).toMatchObject({ stage: "DEPARTED", next: ["RETURNED"], mayRecordContact: true, mayOpenCase: true });
    expect(journey.cases).toHaveLength(1);
    const officeJourney = await getJourney(staff, c.id);
    expect(officeJourney).toMatchObject({ next: [], mayRecordContact: false, mayOpenCase: true });
    const timeline = await getWorkerTimeline(official, c.id);
    expect(timeline.map((e) => e.kind)).toEqual(["case", "contact", "stage", "status"]);
  });
});
