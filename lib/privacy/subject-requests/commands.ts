import "server-only";
import { loadRiskReference } from "@/lib/reference-data/queries";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { db, type Tx } from "@/lib/platform/db/client";
import type { DataSubjectRequest, SubjectRequestType } from "@/lib/platform/db/generated/client";
import { villageScope, type Actor } from "@/lib/platform/auth/policy";
import { recordAudit } from "@/lib/platform/audit/log";
import { AppError, NotFoundError } from "@/lib/platform/errors";
import { decryptField } from "@/lib/platform/crypto/fields";
import { computeRiskFlags, riskCodes } from "@/lib/candidates/risk";
import { timeZoneOfVillage, todayIn } from "@/lib/candidates/dates";
import { nikLookupHashes, sealNik, sealPhone } from "../fields";
import { anonymiseCandidate } from "../anonymise";
import { zonedLocalToUtc } from "../zoned-time";
import {
  correctionSchema,
  dueAtFor,
  recordRequestSchema,
  resolutionSchema,
  type CorrectionInput,
  type RecordRequestInput,
} from "./schema";

// Writes for data-subject requests. Every command authorizes itself ("subjectRequest:manage": admin all,
// office staff its area, village officials their village), runs in one transaction with its audit entry, and
// answers out-of-scope ids with "not found". Audit entries name fields, never personal values.

const PERMISSION = "subjectRequest:manage" as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A request received "now" may carry a clock a few minutes ahead of the server's. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** An expected failure tied to form fields; the action turns it into field errors. */
export function fieldError(code: "INVALID_INPUT" | "DUPLICATE" | "CONFLICT", field: string, key: string): AppError {
  return new AppError(code, key, { fieldErrors: { [field]: key } });
}

/** The time zone of the office whose working area holds the village (Asia/Jakarta when none does). */
export async function villageTimeZone(villageCode: string, tx: Tx = db): Promise<string> {
  const regency = await tx.regency.findUnique({
    where: { code: villageCode.slice(0, 5) },
    select: { office: { select: { timeZone: true } } },
  });
  return regency?.office?.timeZone ?? "Asia/Jakarta";
}

export async function recordSubjectRequest(actor: Actor, raw: RecordRequestInput, now = new Date()) {
  await authorizeAudited(actor, PERMISSION);
  const input = recordRequestSchema.parse(raw);
  const candidate = await db.candidate.findFirst({
    where: { nikHash: { in: nikLookupHashes(input.nik) }, ...villageScope(actor, PERMISSION) },
    select: { id: true, villageCode: true },
  });
  if (!candidate) throw fieldError("INVALID_INPUT", "nik", "request.nik.notFound");
  const receivedAt = zonedLocalToUtc(input.receivedAt, await villageTimeZone(candidate.villageCode));
  if (receivedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw fieldError("INVALID_INPUT", "receivedAt", "request.receivedAt.future");
  }
  return db.$transaction(async (tx) => {
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
    await recordAudit(
      {
        actor,
        action: "SUBJECT_REQUEST_RECORDED",
        entity: "DataSubjectRequest",
        entityId: request.id,
        changes: { type: input.type, channel: input.channel, candidateId: candidate.id },
      },
      tx,
    );
    return request;
  });
}

/** The request in the actor's scope, locked for the rest of the transaction. */
async function lockRequest(tx: Tx, actor: Actor, id: string): Promise<DataSubjectRequest> {
  await authorizeAudited(actor, PERMISSION);
  if (!UUID.test(id)) throw new NotFoundError("DataSubjectRequest");
  await tx.$queryRaw`SELECT id FROM "DataSubjectRequest" WHERE id = ${id}::uuid FOR UPDATE`;
  const request = await tx.dataSubjectRequest.findFirst({ where: { id, ...villageScope(actor, PERMISSION) } });
  if (!request) throw new NotFoundError("DataSubjectRequest");
  return request;
}

async function openRequest(tx: Tx, actor: Actor, id: string, types: SubjectRequestType[]) {
  const request = await lockRequest(tx, actor, id);
  if (request.status !== "OPEN") throw new AppError("CONFLICT", "request.alreadyResolved");
  if (!types.includes(request.type)) throw new AppError("CONFLICT", "request.wrongType");
  if (!request.candidateId) throw new AppError("CONFLICT", "request.noRecord");
  return { ...request, candidateId: request.candidateId };
}

async function resolve(
  tx: Tx,
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
  await recordAudit(
    {
      actor,
      action: status === "FULFILLED" ? "SUBJECT_REQUEST_FULFILLED" : "SUBJECT_REQUEST_REJECTED",
      entity: "DataSubjectRequest",
      entityId: request.id,
      changes: { type: request.type, candidateId: request.candidateId },
    },
    tx,
  );
}

async function candidateState(tx: Tx, candidateId: string) {
  return tx.candidate.findUniqueOrThrow({
    where: { id: candidateId },
    select: { id: true, restrictedAt: true, anonymisedAt: true },
  });
}

/** Access or copy: marks the request done once the copy (lib/privacy/subject-requests/copy.ts) was handed over. */
export async function completeCopyRequest(actor: Actor, requestId: string, raw: { resolution: string }, now = new Date()) {
  const { resolution } = resolutionSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const request = await openRequest(tx, actor, requestId, ["ACCESS", "COPY"]);
    await resolve(tx, actor, request, "FULFILLED", resolution, now);
  });
}

export async function correctSubjectData(actor: Actor, requestId: string, raw: CorrectionInput, now = new Date()) {
  const input = correctionSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const request = await openRequest(tx, actor, requestId, ["CORRECTION"]);
    const candidate = await candidateState(tx, request.candidateId);
    if (candidate.anonymisedAt) throw new AppError("CONFLICT", "request.anonymised");
    const data = {
      ...(input.name ? { name: input.name } : {}),
      ...(input.nik ? sealNik(input.nik) : {}),
      ...(input.birthDate ? { birthDate: new Date(`${input.birthDate}T00:00:00Z`) } : {}),
      ...(input.phone ? sealPhone(input.phone) : {}),
      ...(input.addressLine ? { addressLine: input.addressLine } : {}),
    };
    if (input.nik) {
      const clash = await tx.candidate.findFirst({
        where: { nikHash: { in: nikLookupHashes(input.nik) }, id: { not: candidate.id } },
        select: { id: true },
      });
      if (clash) throw fieldError("DUPLICATE", "nik", "nik.duplicate");
    }
    // Risk indicators depend on the NIK and the birth date (under 18, data mismatch): recompute them.
    const current = await tx.candidate.findUniqueOrThrow({ where: { id: candidate.id } });
    const flags = riskCodes(
      computeRiskFlags(
        { ...current, birthDate: data.birthDate ?? current.birthDate, nik: input.nik ?? decryptField(current.nikEncrypted) },
        { ...(await loadRiskReference(tx)), today: todayIn(timeZoneOfVillage(current.villageCode), now) },
      ),
    );
    await tx.candidate.update({
      where: { id: candidate.id },
      data: { ...data, riskFlags: flags, riskCount: flags.length, updatedById: actor.id, version: { increment: 1 } },
    });
    const fields = ["name", "nik", "birthDate", "phone", "addressLine"].filter((f) => input[f as keyof typeof input]);
    await recordAudit(
      { actor, action: "SUBJECT_DATA_CORRECTED", entity: "Candidate", entityId: candidate.id, changes: { fields, requestId } },
      tx,
    );
    await resolve(tx, actor, request, "FULFILLED", input.resolution, now);
  });
}

/** Restriction and stop processing both freeze the record and hide it from lists; only a restriction is lifted. */
async function freeze(
  actor: Actor,
  requestId: string,
  type: "RESTRICTION" | "STOP_PROCESSING",
  raw: { resolution: string },
  now: Date,
) {
  const { resolution } = resolutionSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const request = await openRequest(tx, actor, requestId, [type]);
    const candidate = await candidateState(tx, request.candidateId);
    if (!candidate.restrictedAt) {
      await tx.candidate.update({ where: { id: candidate.id }, data: { restrictedAt: now, updatedById: actor.id } });
    }
    await recordAudit(
      {
        actor,
        action: type === "RESTRICTION" ? "PROCESSING_RESTRICTED" : "PROCESSING_STOPPED",
        entity: "Candidate",
        entityId: candidate.id,
        changes: { requestId },
      },
      tx,
    );
    await resolve(tx, actor, request, "FULFILLED", resolution, now);
  });
}

export function restrictProcessing(actor: Actor, requestId: string, raw: { resolution: string }, now = new Date()) {
  return freeze(actor, requestId, "RESTRICTION", raw, now);
}

export function stopProcessing(actor: Actor, requestId: string, raw: { resolution: string }, now = new Date()) {
  return freeze(actor, requestId, "STOP_PROCESSING", raw, now);
}

/**
 * Ends a restriction once its reason is settled (e.g. the contested data was corrected). A person who asked
 * to stop processing stays frozen until retention or erasure.
 */
export async function liftRestriction(actor: Actor, requestId: string, raw: { resolution: string }) {
  const { resolution } = resolutionSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const request = await lockRequest(tx, actor, requestId);
    if (request.type !== "RESTRICTION" || request.status !== "FULFILLED" || !request.candidateId) {
      throw new AppError("CONFLICT", "request.wrongType");
    }
    const stopped = await tx.dataSubjectRequest.count({
      where: { candidateId: request.candidateId, type: "STOP_PROCESSING", status: "FULFILLED" },
    });
    if (stopped) throw new AppError("CONFLICT", "request.processingStopped");
    await tx.candidate.update({
      where: { id: request.candidateId },
      data: { restrictedAt: null, updatedById: actor.id },
    });
    await tx.dataSubjectRequest.update({ where: { id: request.id }, data: { resolution } });
    await recordAudit(
      { actor, action: "RESTRICTION_LIFTED", entity: "Candidate", entityId: request.candidateId, changes: { requestId } },
      tx,
    );
  });
}

export async function eraseSubjectData(actor: Actor, requestId: string, raw: { resolution: string }, now = new Date()) {
  const { resolution } = resolutionSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const request = await openRequest(tx, actor, requestId, ["ERASURE"]);
    await anonymiseCandidate(tx, request.candidateId, "ERASED", actor, now);
    await resolve(tx, actor, request, "FULFILLED", resolution, now);
  });
}

/** Refuses a request (e.g. identity not verified), with the reason the person is told. */
export async function rejectSubjectRequest(actor: Actor, requestId: string, raw: { resolution: string }, now = new Date()) {
  const { resolution } = resolutionSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const request = await openRequest(tx, actor, requestId, [
      "ACCESS",
      "CORRECTION",
      "RESTRICTION",
      "STOP_PROCESSING",
      "ERASURE",
      "COPY",
    ]);
    await resolve(tx, actor, request, "REJECTED", resolution, now);
  });
}
