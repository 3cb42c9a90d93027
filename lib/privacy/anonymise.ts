import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/platform/db/client";
import { encryptField } from "@/lib/platform/crypto/fields";
import { recordAudit } from "@/lib/platform/audit/log";
import type { Actor } from "@/lib/platform/auth/policy";

// Destroys the personal fields of one CPMI record and keeps what the dashboards count (village, sex, education,
// destination, job sector, channel, passport status, risk flags, dates of the process). Used by erasure on
// request and by the retention job. The audit entry names the fields destroyed, never their values.

export const ERASED = "[dihapus]";
export const ERASED_NIK_MASK = "••••";

/** Fields whose content is destroyed; listed in the audit entry and in docs/privacy/record-of-processing.md. */
export const ERASED_FIELDS = [
  "name",
  "nik",
  "phone",
  "birthDate(day,month)",
  "hamlet",
  "rt",
  "rw",
  "addressLine",
  "consentGuardianName",
  "guidance.notes",
  "notes.body",
  "statusChanges.note",
  "subjectRequests.details",
  "journeyEvents.employer",
  "journeyEvents.contactAbroad",
  "journeyEvents.note",
  "contacts.note",
  "cases.description",
  "cases.outcomeNote",
  "cases.referrals.contactPerson",
  "cases.referrals.request",
  "cases.followUps.action",
] as const;

export type AnonymiseReason = "ERASED" | "RETENTION_ANONYMISED";

/** Returns false when the record was already anonymised (so callers stay idempotent). */
export async function anonymiseCandidate(
  tx: Tx,
  candidateId: string,
  reason: AnonymiseReason,
  actor: Pick<Actor, "id" | "role"> | null,
  now = new Date(),
): Promise<boolean> {
  // Locked, so two runs at once (a retention job and an erasure) cannot both anonymise and both audit it.
  const [candidate] = await tx.$queryRaw<{ anonymisedAt: Date | null; birthYear: number }[]>`
    SELECT "anonymisedAt", EXTRACT(YEAR FROM "birthDate")::int AS "birthYear"
      FROM "Candidate" WHERE id = ${candidateId}::uuid FOR UPDATE`;
  if (!candidate || candidate.anonymisedAt) return false;
  // The year of birth stays (as 1 January) so age bands in the dashboards survive; day and month go.
  const birthYear = new Date(Date.UTC(candidate.birthYear, 0, 1));
  await tx.candidate.update({
    where: { id: candidateId },
    data: {
      name: ERASED,
      nikEncrypted: encryptField(ERASED),
      // Random and unrelated to any NIK: the unique constraint holds and the old hash can no longer match.
      nikHash: `erased-${randomBytes(24).toString("hex")}`,
      nikMasked: ERASED_NIK_MASK,
      phoneEncrypted: null,
      phoneMasked: null,
      birthDate: birthYear,
      hamlet: null,
      rt: null,
      rw: null,
      addressLine: null,
      consentGuardianName: null,
      idempotencyKey: null,
      anonymisedAt: now,
      version: { increment: 1 },
    },
  });
  await tx.guidanceRecord.updateMany({ where: { candidateId }, data: { notes: null } });
  await tx.candidateNote.updateMany({ where: { candidateId }, data: { body: ERASED } });
  await tx.passportStatusChange.updateMany({ where: { candidateId }, data: { note: null } });
  await tx.dataSubjectRequest.updateMany({ where: { candidateId }, data: { details: null } });
  // The journey keeps its stages, dates, channels, countries and reasons (the dashboards count them).
  await tx.journeyEvent.updateMany({
    where: { candidateId },
    data: { employerEncrypted: null, employerMasked: null, contactAbroadEncrypted: null, contactAbroadMasked: null, note: null },
  });
  await tx.abroadContact.updateMany({ where: { candidateId }, data: { note: null } });
  await tx.workerCase.updateMany({ where: { candidateId }, data: { description: ERASED, outcomeNote: null } });
  await tx.caseReferral.updateMany({ where: { case: { candidateId } }, data: { contactPerson: ERASED, request: ERASED } });
  await tx.caseFollowUp.updateMany({ where: { case: { candidateId } }, data: { action: ERASED } });
  await recordAudit(
    { actor, action: reason, entity: "Candidate", entityId: candidateId, changes: { fields: [...ERASED_FIELDS] } },
    tx,
  );
  return true;
}
