import "server-only";
import { sealJourneyFields } from "@/lib/identity/journey-fields";
import { loadRiskReference } from "@/lib/reference-data/queries";
import { db, type Tx } from "@/lib/platform/db/client";
import type { DataSubjectRequest, SubjectRequestType } from "@/lib/platform/db/generated/client";
import { villageScope, type Actor } from "@/lib/platform/auth/policy";
import { conflict, defineCommand, defineRecordCommand, fieldError, type Failure } from "@/lib/platform/command";
import { decryptField } from "@/lib/platform/crypto/fields";
import { computeRiskFlags, riskCodes } from "@/lib/candidates/risk";
import { timeZoneOfVillage, todayIn } from "@/lib/candidates/dates";
import { nikLookupHashes, samePhone, sealNik, sealPhone } from "@/lib/identity/seal";
import { anonymiseCandidate } from "../anonymise";
import { zonedLocalToUtc } from "../zoned-time";
import { correctionSchema, dueAtFor, recordRequestSchema, resolutionSchema } from "./schema";

// Writes for data-subject requests, on the command contract (lib/platform/command.ts): "subjectRequest:manage"
// (admin all, office staff its area, village officials their village), one transaction with its audit entry,
// out-of-scope ids answered "not found". Each input is parsed once, by the contract. Audit entries name
// fields, never personal values.

const PERMISSION = "subjectRequest:manage" as const;
/** A request received "now" may carry a clock a few minutes ahead of the server's. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** The time zone of the office whose working area holds the village (Asia/Jakarta when none does). */
export async function villageTimeZone(villageCode: string, tx: Tx = db): Promise<string> {
  const regency = await tx.regency.findUnique({
    where: { code: villageCode.slice(0, 5) },
    select: { office: { select: { timeZone: true } } },
  });
  return regency?.office?.timeZone ?? "Asia/Jakarta";
}

export const recordSubjectRequest = defineCommand({
  name: "subjectRequest.record",
  permission: PERMISSION,
  input: recordRequestSchema,
  run: async ({ actor, input, tx, now, audit }) => {
    const candidate = await tx.candidate.findFirst({
      where: { nikHash: { in: nikLookupHashes(input.nik) }, ...villageScope(actor, PERMISSION) },
      select: { id: true, villageCode: true },
    });
    if (!candidate) return fieldError("nik", "privacy.request.nik.notFound");
    const receivedAt = zonedLocalToUtc(input.receivedAt, await villageTimeZone(candidate.villageCode, tx));
    if (receivedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) return fieldError("receivedAt", "privacy.request.receivedAt.future");
    const request = await tx.dataSubjectRequest.create({
      data: {
        candidateId: candidate.id,
        villageCode: candidate.villageCode,
        type: input.type,
        channel: input.channel,
        details: input.details ?? null,
        receivedAt,
        dueAt: dueAtFor(input.type, receivedAt),
        recordedById: actor.id,
      },
    });
    await audit({
      action: "SUBJECT_REQUEST_RECORDED",
      entity: "DataSubjectRequest",
      entityId: request.id,
      changes: { type: input.type, channel: input.channel, candidateId: candidate.id },
    });
    return request;
  },
});

/** The request in the actor's scope. */
const loadRequest = (actor: Actor, id: string) => db.dataSubjectRequest.findFirst({ where: { id, ...villageScope(actor, PERMISSION) } });

/** The request again, locked for the rest of the transaction, so two resolutions cannot both pass. */
async function locked(tx: Tx, id: string): Promise<DataSubjectRequest> {
  await tx.$queryRaw`SELECT id FROM "DataSubjectRequest" WHERE id = ${id}::uuid FOR UPDATE`;
  return tx.dataSubjectRequest.findUniqueOrThrow({ where: { id } });
}

type OpenRequest = DataSubjectRequest & { candidateId: string };

/** An open request of one of these types, about an existing record; otherwise the conflict to answer. */
async function openRequest(tx: Tx, id: string, types: SubjectRequestType[]): Promise<OpenRequest | Failure> {
  const request = await locked(tx, id);
  if (request.status !== "OPEN") return conflict("privacy.request.alreadyResolved");
  if (!types.includes(request.type)) return conflict("privacy.request.wrongType");
  if (!request.candidateId) return conflict("privacy.request.noRecord");
  return { ...request, candidateId: request.candidateId };
}

const isFailure = (value: OpenRequest | Failure): value is Failure => "ok" in value;

type Audit = (entry: { action: string; entity: string; entityId?: string | null; changes?: Record<string, unknown> | null }) => Promise<void>;

async function resolve(
  tx: Tx,
  audit: Audit,
  actor: Actor,
  request: DataSubjectRequest,
  status: "FULFILLED" | "REJECTED",
  resolution: string | null,
  now: Date,
) {
  await tx.dataSubjectRequest.update({
    where: { id: request.id },
    data: { status, resolution, resolvedAt: now, resolvedById: actor.id },
  });
  await audit({
    action: status === "FULFILLED" ? "SUBJECT_REQUEST_FULFILLED" : "SUBJECT_REQUEST_REJECTED",
    entity: "DataSubjectRequest",
    entityId: request.id,
    changes: { type: request.type, candidateId: request.candidateId },
  });
}

const ALL_TYPES: SubjectRequestType[] = ["ACCESS", "CORRECTION", "RESTRICTION", "STOP_PROCESSING", "ERASURE", "COPY"];

/** A request resolved with a reason; `act` does what the request asks before it is marked done. */
function resolution(
  name: string,
  types: SubjectRequestType[],
  act: (context: { tx: Tx; actor: Actor; request: OpenRequest; now: Date; audit: Audit }) => Promise<Failure | void>,
  status: "FULFILLED" | "REJECTED" = "FULFILLED",
) {
  return defineRecordCommand({
    name,
    permission: PERMISSION,
    load: loadRequest,
    resource: (_, request) => ({ villageCode: request.villageCode }),
    input: resolutionSchema,
    run: async ({ actor, input, target, tx, now, audit }) => {
      const request = await openRequest(tx, target.id, types);
      if (isFailure(request)) return request;
      const failure = await act({ tx, actor, request, now, audit });
      if (failure) return failure;
      await resolve(tx, audit, actor, request, status, input.resolution, now);
      return { id: request.id };
    },
  });
}

/** Access or copy: marks the request done once the copy (lib/privacy/subject-requests/copy.ts) was handed over. */
export const completeCopyRequest = resolution("subjectRequest.completeCopy", ["ACCESS", "COPY"], async () => {});

export const correctSubjectData = defineRecordCommand({
  name: "subjectRequest.correct",
  permission: PERMISSION,
  load: loadRequest,
  resource: (_, request) => ({ villageCode: request.villageCode }),
  input: correctionSchema,
  run: async ({ actor, input, target, tx, now, audit }) => {
    const request = await openRequest(tx, target.id, ["CORRECTION"]);
    if (isFailure(request)) return request;
    const current = await tx.candidate.findUniqueOrThrow({ where: { id: request.candidateId } });
    if (current.anonymisedAt) return conflict("privacy.request.anonymised");
    if (input.nik) {
      // Under the current and the previous hash key: a NIK not yet re-hashed is still taken.
      const clash = await tx.candidate.findFirst({
        where: { nikHash: { in: nikLookupHashes(input.nik) }, id: { not: current.id } },
        select: { id: true },
      });
      if (clash) return fieldError("nik", "privacy.nik.duplicate");
    }
    // The employer and the contact abroad belong to the latest departure; without one there is nothing to correct.
    const departure =
      input.employer || input.contactAbroad
        ? await tx.journeyEvent.findFirst({
            where: { candidateId: current.id, stage: "DEPARTED" },
            orderBy: [{ effectiveOn: "desc" }, { createdAt: "desc" }],
            select: { id: true },
          })
        : null;
    if ((input.employer || input.contactAbroad) && !departure) {
      return fieldError(input.employer ? "employer" : "contactAbroad", "privacy.correction.noDeparture");
    }
    const data = {
      ...(input.name ? { name: input.name } : {}),
      ...(input.nik ? sealNik(input.nik) : {}),
      ...(input.birthDate ? { birthDate: new Date(`${input.birthDate}T00:00:00Z`) } : {}),
      ...(input.phone && !samePhone(current.phoneEncrypted, input.phone) ? sealPhone(input.phone) : {}),
      ...(input.addressLine ? { addressLine: input.addressLine } : {}),
    };
    // Risk indicators depend on the NIK and the birth date (under 18, data mismatch): recompute them.
    const flags = riskCodes(
      computeRiskFlags(
        { ...current, birthDate: data.birthDate ?? current.birthDate, nik: input.nik ?? decryptField(current.nikEncrypted) },
        { ...(await loadRiskReference(tx)), today: todayIn(timeZoneOfVillage(current.villageCode), now) },
      ),
    );
    await tx.candidate.update({
      where: { id: current.id },
      data: { ...data, riskFlags: flags, riskCount: flags.length, updatedById: actor.id, version: { increment: 1 } },
    });
    if (departure) await tx.journeyEvent.update({ where: { id: departure.id }, data: sealJourneyFields(input) });
    const fields = (["name", "nik", "birthDate", "phone", "addressLine", "employer", "contactAbroad"] as const).filter((f) => input[f]);
    await audit({ action: "SUBJECT_DATA_CORRECTED", entity: "Candidate", entityId: current.id, changes: { fields, requestId: request.id } });
    await resolve(tx, audit, actor, request, "FULFILLED", input.resolution, now);
    return { id: request.id };
  },
});

/** Restriction and stop processing both freeze the record and hide it from lists; only a restriction is lifted. */
function freeze(type: "RESTRICTION" | "STOP_PROCESSING") {
  return resolution(type === "RESTRICTION" ? "subjectRequest.restrict" : "subjectRequest.stop", [type], async ({ tx, actor, request, now, audit }) => {
    const candidate = await tx.candidate.findUniqueOrThrow({ where: { id: request.candidateId }, select: { id: true, restrictedAt: true } });
    if (!candidate.restrictedAt) {
      await tx.candidate.update({ where: { id: candidate.id }, data: { restrictedAt: now, updatedById: actor.id } });
    }
    await audit({
      action: type === "RESTRICTION" ? "PROCESSING_RESTRICTED" : "PROCESSING_STOPPED",
      entity: "Candidate",
      entityId: candidate.id,
      changes: { requestId: request.id },
    });
  });
}

export const restrictProcessing = freeze("RESTRICTION");
export const stopProcessing = freeze("STOP_PROCESSING");

/**
 * Ends a restriction once its reason is settled (e.g. the contested data was corrected). A person who asked
 * to stop processing stays frozen until retention or erasure.
 */
export const liftRestriction = defineRecordCommand({
  name: "subjectRequest.lift",
  permission: PERMISSION,
  load: loadRequest,
  resource: (_, request) => ({ villageCode: request.villageCode }),
  input: resolutionSchema,
  run: async ({ actor, input, target, tx, audit }) => {
    const request = await locked(tx, target.id);
    if (request.type !== "RESTRICTION" || request.status !== "FULFILLED" || !request.candidateId) {
      return conflict("privacy.request.wrongType");
    }
    const stopped = await tx.dataSubjectRequest.count({
      where: { candidateId: request.candidateId, type: "STOP_PROCESSING", status: "FULFILLED" },
    });
    if (stopped) return conflict("privacy.request.processingStopped");
    await tx.candidate.update({ where: { id: request.candidateId }, data: { restrictedAt: null, updatedById: actor.id } });
    await tx.dataSubjectRequest.update({ where: { id: request.id }, data: { resolution: input.resolution } });
    await audit({ action: "RESTRICTION_LIFTED", entity: "Candidate", entityId: request.candidateId, changes: { requestId: request.id } });
    return { id: request.id };
  },
});

export const eraseSubjectData = resolution("subjectRequest.erase", ["ERASURE"], async ({ tx, actor, request, now }) => {
  await anonymiseCandidate(tx, request.candidateId, "ERASED", actor, now);
});

/** Refuses a request (e.g. identity not verified), with the reason the person is told. */
export const rejectSubjectRequest = resolution("subjectRequest.reject", ALL_TYPES, async () => {}, "REJECTED");
