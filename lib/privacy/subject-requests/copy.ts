import "server-only";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { db, type Tx } from "@/lib/platform/db/client";
import { villageScope, type Actor } from "@/lib/platform/auth/policy";
import { NotFoundError } from "@/lib/platform/errors";
import { decryptField } from "@/lib/platform/crypto/fields";
import { openField } from "@/lib/identity/seal";
import { accessHistoryForSubject, recordCandidateAccess } from "../access-records";
import { getRetentionPolicy } from "../retention";
import { ERASED } from "../anonymise";

// The copy of everything the portal holds about one person, with its processing history: the record, guidance
// sessions, notes, passport status changes, requests, who-looked (by role) and the audit trail about the
// record. It names no other person: no staff or officer names, no guardian name. One shape serves the JSON
// download and the printable page, so both always say the same.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);
const instant = (value: Date | null) => (value ? value.toISOString() : null);

export async function buildSubjectCopy(candidateId: string, tx: Tx = db, now = new Date()) {
  const c = await tx.candidate.findUniqueOrThrow({
    where: { id: candidateId },
    include: {
      village: { include: { district: { include: { regency: { include: { province: true } } } } } },
      guidance: { orderBy: { sessionDate: "asc" } },
      notes: { orderBy: { createdAt: "asc" } },
      statusChanges: { orderBy: { createdAt: "asc" } },
      subjectRequests: { orderBy: { receivedAt: "asc" } },
      journeyEvents: { orderBy: [{ effectiveOn: "asc" }, { createdAt: "asc" }] },
      abroadContacts: { orderBy: [{ contactedOn: "asc" }, { createdAt: "asc" }] },
      cases: {
        orderBy: [{ openedOn: "asc" }, { createdAt: "asc" }],
        include: { referrals: { orderBy: { referredOn: "asc" } }, followUps: { orderBy: { dueOn: "asc" } } },
      },
    },
  });
  const audit = await tx.auditLog.findMany({
    where: { entity: "Candidate", entityId: candidateId },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  const anonymised = c.anonymisedAt != null;
  const retention = await getRetentionPolicy();
  return {
    generatedAt: now.toISOString(),
    controller: "Direktorat Jenderal Imigrasi — Kantor Imigrasi pembina desa / Pemerintah Desa",
    retention,
    person: {
      name: c.name,
      nik: anonymised ? ERASED : decryptField(c.nikEncrypted),
      sex: c.sex,
      birthDate: anonymised ? String(c.birthDate.getUTCFullYear()) : day(c.birthDate),
      phone: c.phoneEncrypted ? decryptField(c.phoneEncrypted) : null,
      address: {
        hamlet: c.hamlet,
        rt: c.rt,
        rw: c.rw,
        line: c.addressLine,
        village: c.village.name,
        villageCode: c.villageCode,
        district: c.village.district.name,
        regency: c.village.district.regency.name,
        province: c.village.district.regency.province.name,
      },
      education: c.education,
    },
    migrationPlan: {
      destinationCountry: c.destinationCountry,
      jobSector: c.jobSector,
      placementChannel: c.placementChannel,
      agencyName: c.agencyName,
      plannedVisa: c.plannedVisa,
      recruitmentSource: c.recruitmentSource,
      feeArrangement: c.feeArrangement,
      heldInShelter: c.heldInShelter,
      onlineJobOffer: c.onlineJobOffer,
      plannedDeparture: day(c.plannedDeparture),
    },
    documents: {
      maritalStatusLetter: c.hasMaritalStatusLetter,
      familyConsent: c.hasFamilyConsent,
      competenceCertificate: c.hasCompetenceCertificate,
      healthCertificate: c.hasHealthCertificate,
      socialSecurity: c.hasSocialSecurity,
      workVisa: c.hasWorkVisa,
      placementAgreement: c.hasPlacementAgreement,
      employmentContract: c.hasEmploymentContract,
    },
    passport: {
      status: c.passportStatus,
      statusOn: day(c.passportStatusAt),
      appliedOn: day(c.passportAppliedAt),
      issuedOn: day(c.passportIssuedAt),
    },
    riskFlags: c.riskFlags,
    consent: { method: c.consentMethod, recordedAt: instant(c.consentRecordedAt) },
    recordState: {
      createdAt: instant(c.createdAt),
      updatedAt: instant(c.updatedAt),
      restrictedAt: instant(c.restrictedAt),
      anonymisedAt: instant(c.anonymisedAt),
    },
    guidanceSessions: c.guidance.map((g) => ({
      sessionDate: day(g.sessionDate),
      topics: g.topics,
      notes: g.notes,
      followUpDate: day(g.followUpDate),
    })),
    notes: c.notes.map((n) => ({ at: instant(n.createdAt), body: n.body })),
    passportStatusChanges: c.statusChanges.map((s) => ({
      from: s.fromStatus,
      to: s.toStatus,
      effectiveOn: day(s.effectiveOn),
      note: s.note,
    })),
    requests: c.subjectRequests.map((r) => ({
      type: r.type,
      channel: r.channel,
      receivedAt: instant(r.receivedAt),
      dueAt: instant(r.dueAt),
      status: r.status,
      resolvedAt: instant(r.resolvedAt),
    })),
    journey: {
      stage: c.journeyStage,
      stageOn: day(c.journeyStageOn),
      returnedOn: day(c.returnedOn),
      lastContactOn: day(c.lastContactOn),
      stages: c.journeyEvents.map((e) => ({
        stage: e.stage,
        effectiveOn: day(e.effectiveOn),
        preventionReason: e.preventionReason,
        channel: e.channel,
        destinationCountry: e.destinationCountry,
        jobSector: e.jobSector,
        agencyName: e.agencyName,
        employer: openField(e.employerEncrypted),
        contractMonths: e.contractMonths,
        contactAbroad: openField(e.contactAbroadEncrypted),
        returnReason: e.returnReason,
        plansToLeaveAgain: e.plansToLeaveAgain,
        note: e.note,
      })),
      contacts: c.abroadContacts.map((k) => ({ on: day(k.contactedOn), method: k.method, withFamily: k.withFamily, outcome: k.outcome, note: k.note })),
      // The agency's contact person is another person: the copy names the agency, not them.
      cases: c.cases.map((k) => ({
        type: k.type,
        source: k.source,
        urgency: k.urgency,
        description: k.description,
        status: k.status,
        openedOn: day(k.openedOn),
        closedOn: day(k.closedOn),
        outcome: k.outcome,
        outcomeNote: k.outcomeNote,
        referrals: k.referrals.map((r) => ({ agency: r.agency, referredOn: day(r.referredOn), request: r.request })),
        followUps: k.followUps.map((f) => ({ dueOn: day(f.dueOn), action: f.action, done: f.doneAt != null })),
      })),
    },
    accessHistory: (await accessHistoryForSubject(candidateId, tx)).map((a) => ({ ...a, at: a.at.toISOString() })),
    processingHistory: audit.map((entry) => ({
      at: entry.at.toISOString(),
      action: entry.action,
      actorRole: entry.actorRole,
      fields: auditFields(entry.changes),
    })),
  };
}

export type SubjectCopy = Awaited<ReturnType<typeof buildSubjectCopy>>;

/** Only the names of the fields an audit entry touched: its values may mention staff or earlier values. */
function auditFields(changes: unknown): string[] {
  if (!changes || typeof changes !== "object") return [];
  const fields = (changes as { fields?: unknown }).fields;
  if (Array.isArray(fields)) return fields.map(String);
  return Object.keys(changes).filter((key) => key !== "requestId" && key !== "candidateId");
}

/**
 * The copy for an access or copy request in the actor's scope. Handing it out shows the full NIK, so it is
 * recorded as an export for a data-subject request (and that record is part of the copy).
 */
export async function getSubjectCopy(actor: Actor, requestId: string, now = new Date()) {
  await authorizeAudited(actor, "subjectRequest:manage");
  if (!UUID.test(requestId)) throw new NotFoundError("DataSubjectRequest");
  const request = await db.dataSubjectRequest.findFirst({
    where: { id: requestId, type: { in: ["ACCESS", "COPY"] }, ...villageScope(actor, "subjectRequest:manage") },
  });
  if (!request?.candidateId) throw new NotFoundError("DataSubjectRequest");
  // Recorded before the copy is built, so the copy lists this access too.
  await recordCandidateAccess(actor, request.candidateId, "EXPORT_FULL_NIK", "DATA_SUBJECT_REQUEST");
  return {
    request: { id: request.id, type: request.type, status: request.status },
    copy: await buildSubjectCopy(request.candidateId, db, now),
  };
}
