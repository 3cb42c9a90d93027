import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import type { Actor } from "@/lib/platform/auth/policy";
import { isAppError } from "@/lib/platform/errors";
import * as accounts from "@/lib/accounts/commands";
import * as accountQueries from "@/lib/accounts/queries";
import * as candidates from "@/lib/candidates/commands";
import * as candidateQueries from "@/lib/candidates/queries";
import { candidateFiltersSchema } from "@/lib/candidates/schema";
import * as designations from "@/lib/designations/commands";
import * as designationQueries from "@/lib/designations/queries";
import * as events from "@/lib/events/commands";
import * as eventQueries from "@/lib/events/queries";
import * as officers from "@/lib/officers/commands";
import * as officerQueries from "@/lib/officers/queries";
import * as visitRequestQueries from "@/lib/visit-requests/queries";
import * as offices from "@/lib/offices/commands";
import * as officeQueries from "@/lib/offices/queries";
import * as auditQueries from "@/lib/platform/audit/queries";
import * as guideEditing from "@/lib/guides/editing/commands";
import * as guideEditingQueries from "@/lib/guides/editing/queries";
import * as referenceData from "@/lib/reference-data/commands";
import * as referenceDataQueries from "@/lib/reference-data/queries";
import * as candidateArea from "@/lib/candidates/area";
import * as calendarFeeds from "@/lib/calendar/private-feeds";
import { adminOverview } from "@/lib/admin/queries";
import * as exports from "@/lib/exports/exports";
import * as journeys from "@/lib/journeys/commands";
import * as journeyQueries from "@/lib/journeys/queries";
import { abroadFiltersSchema, caseFiltersSchema } from "@/lib/journeys/schema";
import { createActor, createDesignation, createOffice, createUser, pickVillage } from "../support/factories/base";
import { createCandidateRow, createEvent, createOfficer, createVisitRequest, makeNip } from "../support/factories/kanim";
import { createCaseRow, createDepartedCandidate } from "../support/factories/journeys";
import type { MatrixFixture, MatrixRole, MatrixRow, Reach, Side } from "../support/matrix/types";

// Every protected domain function against every role and a signed-out caller, with a record inside and one
// outside the actor's scope. Allowed = the call gets past authorization (it may still refuse the input);
// refused = "not found" (thrown NotFoundError, a { ok: false, reason: "not_found" } result, or, for lists,
// the record missing). Remove any check and the matching row fails.

const reach = (r: Partial<Record<MatrixRole, Reach>>): Record<MatrixRole, Reach> => ({ ADMIN: "none", OFFICE_STAFF: "none", VILLAGE_OFFICIAL: "none", ...r });

const officeOf = (fx: MatrixFixture, side: Side) => (side === "in" ? fx.officeIn.id : fx.officeOut.id);
const villageOf = (fx: MatrixFixture, side: Side) => (side === "in" ? fx.villageIn : fx.villageOut);
const rowsOf = (key: string) => (result: unknown) => ((result as Record<string, { id: string }[]>)[key] ?? []).map((r) => r.id);
const plainIds = (result: unknown) => (result as { id: string }[]).map((r) => r.id);

const designationInput = (villageCode: string) => ({
  villageCode,
  decreeNumber: "W.15.IMI.IMI.4-GR.04.01-0999",
  decreeDate: "2024-05-03",
  year: "2024",
  officerIds: [],
  liaisonName: "",
  liaisonPosition: "",
  liaisonPhone: "",
});

const makeCandidate = async (fx: MatrixFixture, side: Side) => (await createCandidateRow(villageOf(fx, side))).id;
const makeEvent = async (fx: MatrixFixture, side: Side) => (await createEvent(officeOf(fx, side), villageOf(fx, side))).id;
const makeOfficer = async (fx: MatrixFixture, side: Side) => (await createOfficer(officeOf(fx, side))).id;
const makeVisitRequest = async (fx: MatrixFixture, side: Side) => (await createVisitRequest(officeOf(fx, side), villageOf(fx, side))).id;
/** A designation that can be changed without touching the fixture's own (one active per village). */
const makeDesignation = async (fx: MatrixFixture, side: Side) =>
  (await createDesignation(officeOf(fx, side), await pickVillage(side === "in" ? "63.02" : "35.19"))).id;
/** A CPMI whose name carries its id, so an export (which has no id column) shows whether it holds the record. */
const makeNamedCandidate = async (fx: MatrixFixture, side: Side) => {
  const { id } = await createCandidateRow(villageOf(fx, side));
  await db.candidate.update({ where: { id }, data: { name: `Matriks ${id}` } });
  return id;
};
const idsInFile = (file: unknown) => String((file as { body: string }).body).match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [];
/** Upcoming events, each earlier than the one before, so the newest is always the village's next visit. */
let upcoming = Date.UTC(2090, 0, 1);
const nextUpcoming = () => new Date((upcoming -= 3_600_000));
const makeDeparted = async (fx: MatrixFixture, side: Side) => (await createDepartedCandidate(villageOf(fx, side))).id;
const makeCase = async (fx: MatrixFixture, side: Side) => (await createCaseRow(await makeDeparted(fx, side))).id;
const makeFollowUp = async (fx: MatrixFixture, side: Side) =>
  (await db.caseFollowUp.create({ data: { caseId: await makeCase(fx, side), dueOn: new Date("2026-12-10"), action: "Telepon keluarga" } })).id;
const makeUser = async (fx: MatrixFixture, side: Side) =>
  (await createUser({ role: "VILLAGE_OFFICIAL", villageCode: villageOf(fx, side) })).id;

export const MATRIX: MatrixRow[] = [
  // ─── Accounts (issue #7) ──────────────────────────────────────────────────────────────────────
  { name: "listAccounts", reach: reach({ ADMIN: "both" }), make: makeUser, acceptsAnonymous: true,
    call: (a, id) => accountQueries.listAccounts(a, { q: "" }).then((r) => ({ rows: r.rows.filter((x) => x.id === id) })), ids: rowsOf("rows") },
  { name: "getAccount", reach: reach({ ADMIN: "both" }), make: makeUser, acceptsAnonymous: true, call: (a, id) => accountQueries.getAccount(a, id) },
  { name: "accountFormOptions", reach: reach({ ADMIN: "both" }), make: makeUser, acceptsAnonymous: true, call: (a) => accountQueries.accountFormOptions(a) },
  { name: "createAccount", reach: reach({ ADMIN: "both" }), make: makeUser, acceptsAnonymous: true,
    call: (a, _id, fx) => accounts.createAccount(a, { name: "Akun Matriks", email: `m-${crypto.randomUUID()}@x.test`, role: "VILLAGE_OFFICIAL", villageCode: fx.villageIn }) },
  { name: "updateAccountAccess", reach: reach({ ADMIN: "both" }), make: makeUser, acceptsAnonymous: true,
    call: (a, id) => accounts.updateAccountAccess(a, id, { name: "Nama Baru", role: "ADMIN" }) },
  { name: "setAccountActive", reach: reach({ ADMIN: "both" }), make: makeUser, acceptsAnonymous: true, call: (a, id) => accounts.setAccountActive(a, id, { active: false }) },
  { name: "issuePasswordReset", reach: reach({ ADMIN: "both" }), make: makeUser, acceptsAnonymous: true, call: (a, id) => accounts.issuePasswordReset(a, id, {}) },
  { name: "endAllSessions", reach: reach({ ADMIN: "both" }), make: makeUser, acceptsAnonymous: true, call: (a, id) => accounts.endAllSessions(a, id, {}) },
  { name: "resetTwoFactor", reach: reach({ ADMIN: "both" }), make: makeUser, acceptsAnonymous: true, call: (a, id) => accounts.resetTwoFactor(a, id, {}) },

  // ─── Candidates (CPMI) ────────────────────────────────────────────────────────────────────────
  { name: "listCandidates", reach: reach({ ADMIN: "both", OFFICE_STAFF: "in", VILLAGE_OFFICIAL: "in" }), make: makeCandidate,
    call: (a) => candidateQueries.listCandidates(a as Actor, candidateFiltersSchema.parse({})), ids: rowsOf("items") },
  { name: "getCandidateDetail", reach: reach({ ADMIN: "both", OFFICE_STAFF: "in", VILLAGE_OFFICIAL: "in" }), make: makeCandidate,
    call: (a, id) => candidateQueries.getCandidateDetail(a as Actor, id) },
  { name: "getCandidateDetail (full NIK)", reach: reach({ ADMIN: "both", OFFICE_STAFF: "in", VILLAGE_OFFICIAL: "in" }), make: makeCandidate,
    call: (a, id) => candidateQueries.getCandidateDetail(a as Actor, id, { revealNik: true }) },
  { name: "getCandidateForEdit", reach: reach({ VILLAGE_OFFICIAL: "in" }), make: makeCandidate, call: (a, id) => candidateQueries.getCandidateForEdit(a as Actor, id) },
  { name: "getCandidateTimeline", reach: reach({ ADMIN: "both", OFFICE_STAFF: "in", VILLAGE_OFFICIAL: "in" }), make: makeCandidate,
    call: (a, id) => candidateQueries.getCandidateTimeline(a as Actor, id) },
  { name: "updateCandidate", reach: reach({ VILLAGE_OFFICIAL: "in" }), make: makeCandidate, call: (a, id) => candidates.updateCandidate(a as Actor, id, {}) },
  { name: "changePassportStatus", reach: reach({ VILLAGE_OFFICIAL: "in" }), make: makeCandidate, call: (a, id) => candidates.changePassportStatus(a as Actor, id, {}) },
  { name: "recordGuidance", reach: reach({ OFFICE_STAFF: "in", VILLAGE_OFFICIAL: "in" }), make: makeCandidate, call: (a, id) => candidates.recordGuidance(a as Actor, id, {}) },

  // ─── Journeys past the passport and cases (issue #17) ─────────────────────────────────────────
  { name: "getJourney", reach: reach({ ADMIN: "both", OFFICE_STAFF: "in", VILLAGE_OFFICIAL: "in" }), make: makeDeparted, call: (a, id) => journeyQueries.getJourney(a as Actor, id) },
  { name: "getWorkerTimeline", reach: reach({ ADMIN: "both", OFFICE_STAFF: "in", VILLAGE_OFFICIAL: "in" }), make: makeDeparted,
    call: (a, id) => journeyQueries.getWorkerTimeline(a as Actor, id) },
  { name: "listAbroad", reach: reach({ ADMIN: "both", OFFICE_STAFF: "in", VILLAGE_OFFICIAL: "in" }), make: makeDeparted,
    call: (a) => journeyQueries.listAbroad(a as Actor, abroadFiltersSchema.parse({})), ids: rowsOf("rows") },
  { name: "getAreaJourneyView", reach: reach({ ADMIN: "both", OFFICE_STAFF: "in", VILLAGE_OFFICIAL: "in" }), make: makeDeparted,
    call: (a) => journeyQueries.getAreaJourneyView(a as Actor, { days: 3650 }), ids: (r) => (r as { departures: { candidate: { id: string } }[] }).departures.map((d) => d.candidate.id) },
  // Counts only: each role counts its own scope's residents abroad (the out-of-scope one must not raise it).
  { name: "getJourneySummary", reach: reach({ ADMIN: "both", OFFICE_STAFF: "in", VILLAGE_OFFICIAL: "in" }), make: makeDeparted,
    call: async (a, id) => {
      const before = (await journeyQueries.getJourneySummary(a as Actor)).abroad;
      await db.candidate.update({ where: { id }, data: { journeyStage: "PREPARING" } });
      const after = (await journeyQueries.getJourneySummary(a as Actor)).abroad;
      await db.candidate.update({ where: { id }, data: { journeyStage: "DEPARTED" } });
      return before > after ? { id } : null;
    } },
  { name: "recordDeparture", reach: reach({ VILLAGE_OFFICIAL: "in" }), make: makeCandidate, acceptsAnonymous: true, call: (a, id) => journeys.recordDeparture(a, id, {}) },
  { name: "recordPrevention", reach: reach({ VILLAGE_OFFICIAL: "in" }), make: makeCandidate, acceptsAnonymous: true, call: (a, id) => journeys.recordPrevention(a, id, {}) },
  { name: "recordReturn", reach: reach({ VILLAGE_OFFICIAL: "in" }), make: makeDeparted, acceptsAnonymous: true, call: (a, id) => journeys.recordReturn(a, id, {}) },
  { name: "markFormerWorker", reach: reach({ VILLAGE_OFFICIAL: "in" }), make: makeDeparted, acceptsAnonymous: true, call: (a, id) => journeys.markFormerWorker(a, id, {}) },
  { name: "resumePreparing", reach: reach({ VILLAGE_OFFICIAL: "in" }), make: makeDeparted, acceptsAnonymous: true, call: (a, id) => journeys.resumePreparing(a, id, {}) },
  { name: "recordContact", reach: reach({ VILLAGE_OFFICIAL: "in" }), make: makeDeparted, acceptsAnonymous: true, call: (a, id) => journeys.recordContact(a, id, {}) },
  { name: "openCase", reach: reach({ OFFICE_STAFF: "in", VILLAGE_OFFICIAL: "in" }), make: makeDeparted, acceptsAnonymous: true, call: (a, id) => journeys.openCase(a, id, {}) },
  { name: "referCase", reach: reach({ OFFICE_STAFF: "in", VILLAGE_OFFICIAL: "in" }), make: makeCase, acceptsAnonymous: true, call: (a, id) => journeys.referCase(a, id, {}) },
  { name: "addCaseFollowUp", reach: reach({ OFFICE_STAFF: "in", VILLAGE_OFFICIAL: "in" }), make: makeCase, acceptsAnonymous: true, call: (a, id) => journeys.addCaseFollowUp(a, id, {}) },
  { name: "completeCaseFollowUp", reach: reach({ OFFICE_STAFF: "in", VILLAGE_OFFICIAL: "in" }), make: makeFollowUp, acceptsAnonymous: true,
    call: (a, id) => journeys.completeCaseFollowUp(a, id, {}) },
  { name: "closeCase", reach: reach({ OFFICE_STAFF: "in", VILLAGE_OFFICIAL: "in" }), make: makeCase, acceptsAnonymous: true, call: (a, id) => journeys.closeCase(a, id, {}) },
  { name: "updateNoContactDays", reach: reach({ ADMIN: "both" }), make: makeOfficer, acceptsAnonymous: true, call: (a) => journeys.updateNoContactDays(a, { days: "90" }) },
  { name: "listCases", reach: reach({ OFFICE_STAFF: "in", VILLAGE_OFFICIAL: "in" }), make: makeCase,
    call: (a) => journeyQueries.listCases(a as Actor, caseFiltersSchema.parse({})), ids: rowsOf("rows") },
  { name: "getCase", reach: reach({ OFFICE_STAFF: "in", VILLAGE_OFFICIAL: "in" }), make: makeCase, call: (a, id) => journeyQueries.getCase(a as Actor, id) },

  // ─── Designations ─────────────────────────────────────────────────────────────────────────────
  { name: "listDesignations", reach: reach({ ADMIN: "both", OFFICE_STAFF: "in", VILLAGE_OFFICIAL: "none" }), make: makeDesignation,
    call: (a) => designationQueries.listDesignations(a as Actor, {}), ids: rowsOf("rows") },
  { name: "getDesignation", reach: reach({ ADMIN: "both", OFFICE_STAFF: "in" }), make: makeDesignation, call: (a, id) => designationQueries.getDesignation(a as Actor, id) },
  { name: "designateVillage", reach: reach({ OFFICE_STAFF: "in" }),
    make: async (_fx, side) => pickVillage(side === "in" ? "63.02" : "35.19"),
    call: (a, villageCode) => designations.designateVillage(a as Actor, designationInput(villageCode)) },
  { name: "updateDesignation", reach: reach({ OFFICE_STAFF: "in" }), make: makeDesignation,
    call: async (a, id) => {
      const d = await db.designation.findUniqueOrThrow({ where: { id } });
      return designations.updateDesignation(a as Actor, id, designationInput(d.villageCode));
    } },
  { name: "deactivateDesignation", reach: reach({ OFFICE_STAFF: "in" }), make: makeDesignation,
    call: (a, id) => designations.deactivateDesignation(a as Actor, id, { reason: "Uji matriks otorisasi" }) },

  // ─── Officers (PIMPASA) ───────────────────────────────────────────────────────────────────────
  { name: "listOfficers", reach: reach({ ADMIN: "both", OFFICE_STAFF: "in" }), make: makeOfficer, call: (a) => officerQueries.listOfficers(a as Actor), ids: plainIds },
  { name: "getOfficer", reach: reach({ ADMIN: "both", OFFICE_STAFF: "in" }), make: makeOfficer, call: (a, id) => officerQueries.getOfficer(a as Actor, id) },
  { name: "createOfficer", reach: reach({ OFFICE_STAFF: "both" }), make: makeOfficer,
    call: (a) => officers.createOfficer(a as Actor, { nip: makeNip(), name: "Petugas Matriks", rank: "Penata Muda (III/a)", position: "Analis", userId: "" } as never) },
  { name: "updateOfficer", reach: reach({ OFFICE_STAFF: "in" }), make: makeOfficer,
    call: (a, id) => officers.updateOfficer(a as Actor, id, { nip: makeNip(), name: "Petugas Matriks", rank: "Penata Muda (III/a)", position: "Analis", userId: "" } as never) },

  // ─── Events and visit requests ────────────────────────────────────────────────────────────────
  // The office's event records (reports, officers, non-public events) are not the village's (issue #16): a
  // village official sees only its own upcoming visits on its home page (getVillageSummary).
  { name: "listEvents", reach: reach({ ADMIN: "both", OFFICE_STAFF: "in" }), make: makeEvent,
    call: (a) => eventQueries.listEvents(a as Actor, {}), ids: rowsOf("rows") },
  { name: "getEvent", reach: reach({ ADMIN: "both", OFFICE_STAFF: "in" }), make: makeEvent, call: (a, id) => eventQueries.getEvent(a as Actor, id) },
  { name: "markEventDone", reach: reach({ OFFICE_STAFF: "in" }), make: makeEvent, call: (a, id) => events.markEventDone(a as Actor, id, {}) },
  { name: "updatePlannedEvent", reach: reach({ OFFICE_STAFF: "in" }), make: makeEvent, call: async (a, id) => {
      const { villageCode } = await db.outreachEvent.findUniqueOrThrow({ where: { id }, select: { villageCode: true } });
      return events.updatePlannedEvent(a as Actor, id, {
        villageCode, type: "OUTREACH", title: "Uji matriks otorisasi", startsAt: "2099-06-01T09:00", endsAt: "2099-06-01T11:00",
        location: "Balai desa", officerIds: [], isPublic: "on",
      });
    } },
  { name: "cancelEvent", reach: reach({ OFFICE_STAFF: "in" }), make: makeEvent, call: (a, id) => events.cancelEvent(a as Actor, id, { reason: "Uji matriks otorisasi" }) },
  { name: "submitEventReport", reach: reach({ OFFICE_STAFF: "in" }), make: makeEvent, call: (a, id) =>
      events.submitEventReport(a as Actor, id, {
        participants: [{ group: "VILLAGE_OFFICIALS", male: "3", female: "2" }],
        stakeholders: "Sekretaris Desa, Babinsa",
        topics: ["M_PASPOR"],
        summary: "Sosialisasi prosedur paspor untuk calon PMI.",
        followUps: "",
      } as never) },
  // The office's queue of requests to handle; the village reads its own requests through the desa query.
  { name: "listVisitRequests (kanim)", reach: reach({ OFFICE_STAFF: "in" }), make: makeVisitRequest,
    call: (a) => eventQueries.listVisitRequests(a as Actor), ids: plainIds },
  { name: "listVisitRequests (desa)", reach: reach({ ADMIN: "both", OFFICE_STAFF: "in", VILLAGE_OFFICIAL: "in" }), make: makeVisitRequest,
    call: (a) => visitRequestQueries.listVisitRequests(a as Actor), ids: plainIds },
  { name: "getVisitRequest", reach: reach({ OFFICE_STAFF: "in" }), make: makeVisitRequest,
    call: (a, id) => eventQueries.getVisitRequest(a as Actor, id) },
  { name: "declineVisitRequest", reach: reach({ OFFICE_STAFF: "in" }), make: makeVisitRequest,
    call: (a, id) => events.declineVisitRequest(a as Actor, id, { note: "Jadwal penuh bulan ini" }) },

  // ─── Candidate area work (office staff) ───────────────────────────────────────────────────────
  { name: "listFlaggedQueue", reach: reach({ ADMIN: "both", OFFICE_STAFF: "in", VILLAGE_OFFICIAL: "in" }),
    make: async (fx, side) => (await createCandidateRow(villageOf(fx, side), { riskFlags: ["UNDER_18"], plannedDeparture: null })).id,
    call: (a) => candidateArea.listFlaggedQueue(a as Actor), ids: rowsOf("rows") },
  { name: "addCandidateNote", reach: reach({ OFFICE_STAFF: "in" }), make: makeCandidate,
    call: (a, id) => candidateArea.addCandidateNote(a as Actor, id, { body: "Catatan uji matriks otorisasi" }) },
  // The office's own notes (candidateNote:read): not shown to the village (issue #16).
  { name: "listCandidateNotes", reach: reach({ ADMIN: "both", OFFICE_STAFF: "in" }), make: makeCandidate,
    call: (a, id) => candidateArea.listCandidateNotes(a as Actor, id) },

  { name: "getVillageSummary (next visit)", reach: reach({ VILLAGE_OFFICIAL: "in" }),
    make: async (fx, side) => (await createEvent(officeOf(fx, side), villageOf(fx, side), { startsAt: nextUpcoming() })).id,
    call: (a) => candidateQueries.getVillageSummary(a as Actor), ids: (r) => {
      const next = (r as { nextVisit: { id: string } | null }).nextVisit;
      return next ? [next.id] : [];
    } },

  // ─── Exports (the routes under /kanim/ekspor call these; ids are read back from the file) ────────
  { name: "exportCandidates", reach: reach({ ADMIN: "both", OFFICE_STAFF: "in" }), make: makeNamedCandidate,
    call: (a) => exports.exportCandidates(a as Actor, { format: "csv", locale: "id" }), ids: idsInFile },
  { name: "exportCandidates (full NIK)", reach: reach({ ADMIN: "both" }), make: makeNamedCandidate,
    call: (a) => exports.exportCandidates(a as Actor, { format: "csv", fullNik: true, locale: "id" }), ids: idsInFile },
  { name: "exportEvents", reach: reach({ ADMIN: "both", OFFICE_STAFF: "in" }),
    make: async (fx, side) => {
      const { id } = await makeEvent(fx, side).then((eventId) => db.outreachEvent.update({ where: { id: eventId }, data: { title: `Matriks ${eventId}` } }));
      return id;
    },
    call: (a) => exports.exportEvents(a as Actor, { format: "csv", locale: "id" }), ids: idsInFile },

  // ─── Administration (no scope: administrators only) ───────────────────────────────────────────
  { name: "adminOverview", reach: reach({ ADMIN: "both" }), make: makeOfficer, call: (a) => adminOverview(a as Actor) },
  { name: "listOffices", reach: reach({ ADMIN: "both" }), make: async (fx, side) => officeOf(fx, side), call: (a) => officeQueries.listOffices(a as Actor) },
  { name: "getOffice", reach: reach({ ADMIN: "both" }), make: async (fx, side) => officeOf(fx, side), call: (a, id) => officeQueries.getOffice(a as Actor, id) },
  { name: "createOffice", reach: reach({ ADMIN: "both" }), make: async (fx, side) => officeOf(fx, side), call: (a) => offices.createOffice(a as Actor, {}) },
  { name: "updateOffice", reach: reach({ ADMIN: "both" }), make: async (fx, side) => officeOf(fx, side), call: (a, id) => offices.updateOffice(a as Actor, id, {}) },
  { name: "updateOfficePassportSettings", reach: reach({ ADMIN: "both" }), make: async (fx, side) => officeOf(fx, side),
    call: (a, id) => offices.updateOfficePassportSettings(a, id, { electronicOnlySince: "", quotaReleaseNote: "" }), acceptsAnonymous: true },
  { name: "listAuditEntries", reach: reach({ ADMIN: "both" }), make: makeOfficer,
    call: (a) => auditQueries.listAuditEntries(a as Actor, auditQueries.parseAuditFilter({})) },
  { name: "auditExportRows", reach: reach({ ADMIN: "both" }), make: makeOfficer,
    call: (a) => auditQueries.auditExportRows(a as Actor, auditQueries.parseAuditFilter({})) },
  { name: "listGuidesForEditing", reach: reach({ ADMIN: "both" }), make: makeOfficer, call: (a) => guideEditingQueries.listGuidesForEditing(a as Actor) },
  { name: "createGuide", reach: reach({ ADMIN: "both" }), make: makeOfficer, call: (a) => guideEditing.createGuide(a as Actor, {}) },
  { name: "listGuidesDueForCheck", reach: reach({ ADMIN: "both" }), make: makeOfficer, call: (a) => guideEditingQueries.listGuidesDueForCheck(a as Actor) },
  { name: "recordGuideCheck", reach: reach({ ADMIN: "both" }),
    make: async () =>
      (await db.guide.create({ data: { slug: `uji-${crypto.randomUUID().slice(0, 8)}`, locale: "id", title: "Uji matriks", summary: "Panduan uji matriks", body: "Isi panduan uji matriks", category: "FAQ" } })).id,
    call: (a, id) => guideEditing.recordGuideCheck(a, id, { sources: "PP 45/2024", checkedOn: "2026-11-30" }), acceptsAnonymous: true },
  { name: "listFeesForEditing", reach: reach({ ADMIN: "both" }), make: makeOfficer, call: (a) => referenceDataQueries.listFeesForEditing(a as Actor) },
  { name: "saveFee", reach: reach({ ADMIN: "both" }), make: makeOfficer, call: (a) => referenceData.saveFee(a as Actor, {}) },
  { name: "addMoratoriumCountry", reach: reach({ ADMIN: "both" }), make: makeOfficer, call: (a) => referenceData.addMoratoriumCountry(a as Actor, {}) },
  { name: "removeMoratoriumCountry", reach: reach({ ADMIN: "both" }),
    make: async () => (await db.moratoriumCountry.upsert({ where: { countryCode: "YE" }, create: { countryCode: "YE" }, update: {} })).countryCode,
    call: (a, code) => referenceData.removeMoratoriumCountry(a as Actor, { key: code }) },
  { name: "setMoratoriumDate", reach: reach({ ADMIN: "both" }),
    make: async () => (await db.moratoriumCountry.upsert({ where: { countryCode: "OM" }, create: { countryCode: "OM" }, update: {} })).countryCode,
    call: (a, code) => referenceData.setMoratoriumDate(a, { countryCode: code, inForceSince: "2015-07-01" }), acceptsAnonymous: true },
  { name: "listZeroCostJobsForEditing", reach: reach({ ADMIN: "both" }), make: makeOfficer, call: (a) => referenceDataQueries.listZeroCostJobsForEditing(a as Actor) },
  { name: "addZeroCostJob", reach: reach({ ADMIN: "both" }), make: makeOfficer, call: (a) => referenceData.addZeroCostJob(a, { jobSector: "DOMESTIC_WORKER" }), acceptsAnonymous: true },
  { name: "removeZeroCostJob", reach: reach({ ADMIN: "both" }),
    make: async () => (await db.zeroCostJob.upsert({ where: { jobSector: "HEALTHCARE" }, create: { jobSector: "HEALTHCARE" }, update: {} })).jobSector,
    call: (a, job) => referenceData.removeZeroCostJob(a, { jobSector: job }), acceptsAnonymous: true },

  // ─── Private calendar feeds ───────────────────────────────────────────────────────────────────
  { name: "listCalendarFeeds", reach: reach({ OFFICE_STAFF: "in" }),
    make: async (fx, side) => (await db.calendarToken.create({ data: { tokenHash: crypto.randomUUID(), officeId: officeOf(fx, side) } })).id,
    call: (a) => calendarFeeds.listCalendarFeeds(a as Actor), ids: plainIds },
];

function refused(result: unknown): boolean {
  if (result === null) return true;
  const r = result as { ok?: boolean; reason?: string };
  return r?.ok === false && (r.reason === "not-found" || r.reason === "not_found" || r.reason === "notFound");
}

type Outcome = "allowed" | "not found";

async function outcome(row: MatrixRow, actor: Actor | null, id: string, fx: MatrixFixture): Promise<Outcome> {
  try {
    const result = await row.call(actor, id, fx);
    if (row.ids) return row.ids(result).includes(id) ? "allowed" : "not found";
    return refused(result) ? "not found" : "allowed";
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return "not found";
    if (row.ids) throw error;
    // Anything else (bad input, a conflict) came after authorization let the call through.
    return "allowed";
  }
}

const expected = (r: Reach, side: Side): Outcome => (r === "both" || (r === "in" && side === "in") ? "allowed" : "not found");

let fx: MatrixFixture;

beforeAll(async () => {
  const officeIn = await createOffice(["63.02"]);
  const officeOut = await createOffice(["35.19"]);
  const villageIn = await pickVillage("63.02");
  const villageOut = await pickVillage("35.19");
  const designationIn = await createDesignation(officeIn.id, villageIn);
  const designationOut = await createDesignation(officeOut.id, villageOut);
  fx = {
    officeIn,
    officeOut,
    villageIn,
    villageOut,
    designationIn,
    designationOut,
    actors: {
      ADMIN: await createActor("ADMIN"),
      OFFICE_STAFF: await createActor("OFFICE_STAFF", { officeId: officeIn.id }),
      VILLAGE_OFFICIAL: await createActor("VILLAGE_OFFICIAL", { villageCode: villageIn }),
    },
  };
});

describe("authorization matrix", () => {
  for (const row of MATRIX) {
    it(`${row.name}: each role reaches exactly its scope; signed out reaches nothing`, async () => {
      const got: Record<string, Outcome> = {};
      const want: Record<string, Outcome> = {};
      for (const role of ["ADMIN", "OFFICE_STAFF", "VILLAGE_OFFICIAL"] as const) {
        for (const side of ["in", "out"] as const) {
          const id = await row.make(fx, side);
          got[`${role}/${side}`] = await outcome(row, fx.actors[role], id, fx);
          want[`${role}/${side}`] = expected(row.reach[role], side);
        }
      }
      if (row.acceptsAnonymous) {
        got["anonymous"] = await outcome(row, null, await row.make(fx, "in"), fx);
        want["anonymous"] = "not found";
      }
      expect(JSON.stringify(got, null, 1)).toEqual(JSON.stringify(want, null, 1));
    });
  }

  it("audits refusals of the account functions as access.denied", async () => {
    const before = await db.auditLog.count({ where: { action: "access.denied" } });
    await outcome(MATRIX[1], fx.actors.OFFICE_STAFF, fx.actors.ADMIN.id, fx);
    expect(await db.auditLog.count({ where: { action: "access.denied" } })).toBe(before + 1);
  });
});
