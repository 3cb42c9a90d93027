import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { Actor } from "@/lib/platform/auth/policy";
import { isAppError } from "@/lib/platform/errors";
import * as accounts from "@/lib/accounts/commands";
import * as accountQueries from "@/lib/accounts/queries";
import * as candidates from "@/lib/candidates/commands";
import * as candidateQueries from "@/lib/candidates/queries";
import * as candidateArea from "@/lib/candidates/area";
import * as designations from "@/lib/designations/commands";
import * as designationQueries from "@/lib/designations/queries";
import * as events from "@/lib/events/commands";
import * as eventQueries from "@/lib/events/queries";
import * as officers from "@/lib/officers/commands";
import * as officerQueries from "@/lib/officers/queries";
import * as offices from "@/lib/offices/commands";
import * as officeQueries from "@/lib/offices/queries";
import * as guideEditing from "@/lib/guides/editing/commands";
import * as guideEditingQueries from "@/lib/guides/editing/queries";
import * as subjectRequests from "@/lib/privacy/subject-requests/commands";
import * as subjectRequestQueries from "@/lib/privacy/subject-requests/queries";
import { getSubjectCopy } from "@/lib/privacy/subject-requests/copy";
import * as auditQueries from "@/lib/platform/audit/queries";
import * as calendarFeeds from "@/lib/calendar/private-feeds";
import { createActor, createOffice, pickVillage } from "../support/factories/base";

// Every id a page or an action takes from a URL segment or a form field (hidden id fields and ids bound to an
// action), given hostile values: the answer is "not found" or a refused input, never a database error (which
// the app would answer with a 500). Issue #16.

const HOSTILE_IDS = [
  "x",
  "",
  "------------------------------------",
  "00000000-0000-0000-0000-00000000000g",
  "00000000-0000-0000-0000-0000000000000",
  "a\u0000b",
  "\u0001\u001f\u007f",
  "' OR 1=1 --",
  "9".repeat(40),
  "-1",
  "x".repeat(10_000),
];

const resolution = { resolution: "Uji fuzz id" };
const eventInput = (villageCode: string) => ({
  villageCode, type: "OUTREACH", title: "Uji fuzz", startsAt: "2099-06-01T09:00", endsAt: "2099-06-01T11:00",
  location: "Balai desa", officerIds: [], isPublic: "on",
});

type Call = (actor: Actor, id: string) => Promise<unknown>;

let village: string;
const CALLS: Record<string, Call> = {
  getCandidateDetail: (a, id) => candidateQueries.getCandidateDetail(a, id),
  getCandidateForEdit: (a, id) => candidateQueries.getCandidateForEdit(a, id),
  getCandidateTimeline: (a, id) => candidateQueries.getCandidateTimeline(a, id),
  listGuidanceOfficers: (a, id) => candidateQueries.listGuidanceOfficers(a, id),
  updateCandidate: (a, id) => candidates.updateCandidate(a, id, {}),
  changePassportStatus: (a, id) => candidates.changePassportStatus(a, id, {}),
  recordGuidance: (a, id) => candidates.recordGuidance(a, id, {}),
  completeFollowUp: (a, id) => candidates.completeFollowUp(a, id, {}),
  addCandidateNote: (a, id) => candidateArea.addCandidateNote(a, id, { body: "Catatan uji fuzz id" }),
  listCandidateNotes: (a, id) => candidateArea.listCandidateNotes(a, id),
  getDesignation: (a, id) => designationQueries.getDesignation(a, id),
  updateDesignation: (a, id) => designations.updateDesignation(a, id, { villageCode: village, decreeNumber: "W.15-0001", decreeDate: "2024-05-03", year: "2024", officerIds: [] }),
  deactivateDesignation: (a, id) => designations.deactivateDesignation(a, id, { reason: "Uji fuzz id" }),
  getEvent: (a, id) => eventQueries.getEvent(a, id),
  getVisitRequest: (a, id) => eventQueries.getVisitRequest(a, id),
  markEventDone: (a, id) => events.markEventDone(a, id, {}),
  cancelEvent: (a, id) => events.cancelEvent(a, id, { reason: "Uji fuzz id" }),
  postponeEvent: (a, id) => events.postponeEvent(a, id, { startsAt: "2099-07-01T09:00", endsAt: "2099-07-01T11:00", reason: "Uji fuzz id" } as never),
  updatePlannedEvent: (a, id) => events.updatePlannedEvent(a, id, eventInput(village) as never),
  submitEventReport: (a, id) => events.submitEventReport(a, id, { participants: [], stakeholders: "", topics: ["M_PASPOR"], summary: "Uji fuzz id.", followUps: "" } as never),
  scheduleFromVisitRequest: (a, id) => events.scheduleFromVisitRequest(a, id, eventInput(village) as never),
  declineVisitRequest: (a, id) => events.declineVisitRequest(a, id, { note: "Uji fuzz id" }),
  getOfficer: (a, id) => officerQueries.getOfficer(a, id),
  updateOfficer: (a, id) => officers.updateOfficer(a, id, { nip: "198001012006041001", name: "Petugas", rank: "Penata", position: "Analis", userId: "" } as never),
  issueCalendarToken: (a, id) => calendarFeeds.issueCalendarToken(a, { officerId: id }),
  getOffice: (a, id) => officeQueries.getOffice(a, id),
  updateOffice: (a, id) => offices.updateOffice(a, id, {}),
  getAccount: (a, id) => accountQueries.getAccount(a, id),
  updateAccountAccess: (a, id) => accounts.updateAccountAccess(a, id, { name: "Nama", role: "ADMIN" }),
  setAccountActive: (a, id) => accounts.setAccountActive(a, id, false),
  issuePasswordReset: (a, id) => accounts.issuePasswordReset(a, id, {}),
  endAllSessions: (a, id) => accounts.endAllSessions(a, id, {}),
  resetTwoFactor: (a, id) => accounts.resetTwoFactor(a, id, {}),
  getGuideForEditing: (a, id) => guideEditingQueries.getGuideForEditing(a, id),
  updateGuide: (a, id) => guideEditing.updateGuide(a, id, {}),
  setGuidePublished: (a, id) => guideEditing.setGuidePublished(a, id, true),
  getSubjectRequest: (a, id) => subjectRequestQueries.getSubjectRequest(a, id),
  getSubjectCopy: (a, id) => getSubjectCopy(a, id),
  completeCopyRequest: (a, id) => subjectRequests.completeCopyRequest(a, id, resolution),
  correctSubjectData: (a, id) => subjectRequests.correctSubjectData(a, id, { ...resolution } as never),
  restrictProcessing: (a, id) => subjectRequests.restrictProcessing(a, id, resolution),
  stopProcessing: (a, id) => subjectRequests.stopProcessing(a, id, resolution),
  liftRestriction: (a, id) => subjectRequests.liftRestriction(a, id, resolution),
  eraseSubjectData: (a, id) => subjectRequests.eraseSubjectData(a, id, resolution),
  rejectSubjectRequest: (a, id) => subjectRequests.rejectSubjectRequest(a, id, resolution),
  getAuditEntry: (a, id) => auditQueries.getAuditEntry(a, id),
};

let actors: Actor[];

beforeAll(async () => {
  const office = await createOffice(["63.02"]);
  village = await pickVillage("63.02");
  actors = [
    await createActor("ADMIN"),
    await createActor("OFFICE_STAFF", { officeId: office.id }),
    await createActor("VILLAGE_OFFICIAL", { villageCode: village }),
  ];
});

describe("hostile ids reach no database error", () => {
  for (const [name, call] of Object.entries(CALLS)) {
    it(name, async () => {
      const failures: string[] = [];
      for (const actor of actors) {
        for (const id of HOSTILE_IDS) {
          try {
            await call(actor, id);
          } catch (error) {
            if (isAppError(error) || error instanceof ZodError) continue;
            failures.push(`${actor.role} ${JSON.stringify(id.slice(0, 40))}: ${(error as Error).constructor.name} ${String((error as Error).message).slice(0, 120)}`);
          }
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
