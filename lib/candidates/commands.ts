import "server-only";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { db, type Tx } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { villageScope, type Actor } from "@/lib/platform/auth/policy";
import { recordAudit, diffChanges, REDACTED } from "@/lib/platform/audit/log";
import { decryptField, encryptField, keyedHash } from "@/lib/platform/crypto/fields";
import { NotFoundError } from "@/lib/platform/errors";
import { fieldKeys, type CommandResult, type ConflictInfo } from "./results";
import { addDays, dayString, latestIndonesianToday, timeZoneOfVillage, todayIn } from "./dates";
import { maskNik } from "./nik";
import {
  DEPARTURE_WINDOW_DAYS,
  RISK_CODES,
  RISK_RULES_VERSION,
  computeRiskFlags,
  riskCodes,
  type RiskInput,
  type RiskReference,
} from "./risk";
import { loadRiskReference } from "@/lib/reference-data/queries";
import {
  PASSPORT_TRANSITIONS,
  guidanceSchema,
  maskPhone,
  passportStatusSchema,
  registerCandidateSchema,
  updateCandidateSchema,
  type RegisterCandidateInput,
} from "./schema";

// Writes on CPMI records. Each function authorizes the actor itself, validates with the shared schema,
// recomputes the risk flags, and writes the change and its audit row in one transaction.

export type CommandOptions = { now?: Date };

async function villageDay(villageCode: string, options: CommandOptions, tx: Tx | typeof db = db) {
  return { today: todayIn(timeZoneOfVillage(villageCode), options.now), ...(await loadRiskReference(tx)) };
}

type StoredCandidate = Prisma.CandidateGetPayload<object>;

function riskInputOf(candidate: Omit<RiskInput, "nik">, nik: string): RiskInput {
  return { ...candidate, nik };
}

/** The editable fields as plain values: the audit diff and the conflict report compare these. */
function snapshot(c: StoredCandidate | (Omit<RegisterCandidateInput, "nik" | "phone"> & Record<string, unknown>)) {
  const value = c as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of AUDITED_FIELDS) {
    const v = value[field];
    out[field] = v instanceof Date ? dayString(v) : (v ?? null);
  }
  return out;
}

const AUDITED_FIELDS = [
  "nikHash",
  "name",
  "sex",
  "birthDate",
  "phoneEncrypted",
  "hamlet",
  "rt",
  "rw",
  "addressLine",
  "education",
  "destinationCountry",
  "jobSector",
  "placementChannel",
  "agencyName",
  "employerType",
  "plannedVisa",
  "recruitmentSource",
  "feeArrangement",
  "heldInShelter",
  "onlineJobOffer",
  "plannedDeparture",
  "hasMaritalStatusLetter",
  "hasFamilyConsent",
  "hasCompetenceCertificate",
  "hasHealthCertificate",
  "hasSocialSecurity",
  "hasWorkVisa",
  "hasPlacementAgreement",
  "hasEmploymentContract",
  "consentMethod",
  "consentGuardianName",
  "passportStatus",
  "riskFlags",
  "version",
] as const;

/** Record fields shared by create and update, from validated input. */
function recordData(input: Omit<RegisterCandidateInput, "nik" | "consentConfirmed" | "idempotencyKey">) {
  return {
    name: input.name,
    sex: input.sex,
    birthDate: input.birthDate,
    phoneEncrypted: input.phone ? encryptField(input.phone) : null,
    phoneMasked: input.phone ? maskPhone(input.phone) : null,
    hamlet: input.hamlet ?? null,
    rt: input.rt ?? null,
    rw: input.rw ?? null,
    addressLine: input.addressLine ?? null,
    education: input.education,
    destinationCountry: input.destinationCountry,
    jobSector: input.jobSector,
    placementChannel: input.placementChannel,
    employerType: input.employerType,
    // Only a P3MI placement names an agency.
    agencyName: input.placementChannel === "P3MI" ? (input.agencyName ?? null) : null,
    plannedVisa: input.plannedVisa,
    recruitmentSource: input.recruitmentSource,
    feeArrangement: input.feeArrangement,
    heldInShelter: input.heldInShelter,
    onlineJobOffer: input.onlineJobOffer,
    plannedDeparture: input.plannedDeparture ?? null,
    hasMaritalStatusLetter: input.hasMaritalStatusLetter,
    hasFamilyConsent: input.hasFamilyConsent,
    hasCompetenceCertificate: input.hasCompetenceCertificate,
    hasHealthCertificate: input.hasHealthCertificate,
    hasSocialSecurity: input.hasSocialSecurity,
    hasWorkVisa: input.hasWorkVisa,
    hasPlacementAgreement: input.hasPlacementAgreement,
    hasEmploymentContract: input.hasEmploymentContract,
    consentMethod: input.consentMethod,
    consentGuardianName: input.consentMethod === "PARENTAL_WRITTEN" ? (input.consentGuardianName ?? null) : null,
  };
}

/** Where a NIK is already registered: the own register, or another village (and which office to call). */
async function duplicateOf(actor: Actor, nikHash: string, exceptId?: string): Promise<CommandResult<never> | null> {
  const existing = await db.candidate.findUnique({
    where: { nikHash },
    select: {
      id: true,
      villageCode: true,
      village: { select: { district: { select: { regency: { select: { office: { select: { name: true, phone: true } } } } } } } },
    },
  });
  if (!existing || existing.id === exceptId) return null;
  if (existing.villageCode === actor.villageCode) return { ok: false, reason: "duplicate", where: "own-village" };
  const office = existing.village.district.regency.office;
  return { ok: false, reason: "duplicate", where: "other-village", office: office ? { name: office.name, phone: office.phone } : null };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

export async function registerCandidate(
  actor: Actor,
  raw: unknown,
  options: CommandOptions = {},
): Promise<CommandResult<{ id: string }>> {
  await authorizeAudited(actor, "candidate:create", { villageCode: actor.villageCode }, "village");
  const villageCode = actor.villageCode!;
  const context = await villageDay(villageCode, options);
  const parsed = registerCandidateSchema(context.today).safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: fieldKeys(parsed.error) };
  const input = parsed.data;

  // The same form submitted again (double click, retry, back button) answers with the record it created.
  const earlierByKey = async () =>
    input.idempotencyKey
      ? db.candidate.findFirst({
          where: { idempotencyKey: input.idempotencyKey, villageCode, createdById: actor.id },
          select: { id: true },
        })
      : null;
  const earlier = await earlierByKey();
  if (earlier) return { ok: true, value: earlier };
  const nikHash = keyedHash("nik", input.nik);
  const duplicate = await duplicateOf(actor, nikHash);
  if (duplicate) {
    // A concurrent submission of this very form may have committed since the look-up above.
    const committed = await earlierByKey();
    return committed ? { ok: true, value: committed } : duplicate;
  }

  const flags = riskCodes(computeRiskFlags(riskInputOf(input, input.nik), context));
  const now = options.now ?? new Date();
  try {
    const created = await db.$transaction(async (tx) => {
      const candidate = await tx.candidate.create({
        data: {
          villageCode,
          nikEncrypted: encryptField(input.nik),
          nikHash,
          nikMasked: maskNik(input.nik),
          ...recordData(input),
          riskFlags: flags,
          riskCount: flags.length,
          consentRecordedAt: now,
          consentRecordedById: actor.id,
          idempotencyKey: input.idempotencyKey ?? null,
          createdById: actor.id,
          updatedById: actor.id,
        },
      });
      await recordAudit(
        { actor, action: "candidate.create", entity: "Candidate", entityId: candidate.id, changes: diffChanges({}, snapshot(candidate)) },
        tx,
      );
      return candidate;
    });
    return { ok: true, value: { id: created.id } };
  } catch (error) {
    // A second submit racing the first: the unique keys decide, and the answer is the same as above.
    if (!isUniqueViolation(error)) throw error;
    const committed = await earlierByKey();
    if (committed) return { ok: true, value: committed };
    const again = await duplicateOf(actor, nikHash);
    if (again) return again;
    throw error;
  }
}

/** A candidate the actor may act on with the permission, or not found. Restricted and erased records are frozen. */
async function loadScoped(actor: Actor, id: string, permission: "candidate:update" | "guidance:create") {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError("candidate");
  const candidate = await db.candidate.findFirst({
    where: { id, ...villageScope(actor, permission), restrictedAt: null, anonymisedAt: null },
  });
  if (!candidate) throw new NotFoundError("candidate");
  return candidate;
}

/** Identifiers that stay hidden in a conflict report too. */
const REDACTED_FOR_GOOD = new Set(["nikHash", "phoneEncrypted"]);

/** What others saved since `version`: the fields, their values now, who saved them and when. */
export async function conflictSince(id: string, version: number): Promise<ConflictInfo> {
  const current = await db.candidate.findUniqueOrThrow({ where: { id } });
  // The audit keeps no personal values (lib/platform/audit/log.ts), so what a personal field holds now comes from the record.
  const now = snapshot(current);
  const entries = await db.auditLog.findMany({
    where: { entity: "Candidate", entityId: id, action: { in: ["candidate.update", "candidate.passportStatus"] } },
    orderBy: { at: "asc" },
  });
  const fields = new Map<string, { from: unknown; to: unknown }>();
  const actorIds = new Set<string>();
  let lastAt: Date | null = null;
  for (const entry of entries) {
    const changes = (entry.changes ?? {}) as Record<string, { from: unknown; to: unknown }>;
    const from = Number(changes.version?.from);
    if (!(from >= version)) continue;
    for (const [field, change] of Object.entries(changes)) {
      if (field === "version" || field === "riskFlags") continue;
      const before = fields.get(field);
      const to = change.to === REDACTED && field in now && !REDACTED_FOR_GOOD.has(field) ? now[field] : change.to;
      fields.set(field, { from: before ? before.from : change.from, to });
    }
    if (entry.actorId) actorIds.add(entry.actorId);
    lastAt = entry.at;
  }
  const users = await db.user.findMany({ where: { id: { in: [...actorIds] } }, select: { name: true } });
  return {
    currentVersion: current.version,
    changes: [...fields].map(([field, change]) => ({ field, ...change })),
    changedBy: users.map((u) => u.name),
    changedAt: lastAt,
  };
}

export async function updateCandidate(
  actor: Actor,
  id: string,
  raw: unknown,
  options: CommandOptions = {},
): Promise<CommandResult<{ id: string; version: number }>> {
  const existing = await loadScoped(actor, id, "candidate:update");
  const context = await villageDay(existing.villageCode, options);
  const parsed = updateCandidateSchema(context.today).safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: fieldKeys(parsed.error) };
  const input = parsed.data;

  const nik = input.nik ?? decryptField(existing.nikEncrypted);
  const nikHash = keyedHash("nik", nik);
  if (nikHash !== existing.nikHash) {
    const duplicate = await duplicateOf(actor, nikHash, id);
    if (duplicate) return duplicate;
  }
  const flags = riskCodes(computeRiskFlags(riskInputOf(input, nik), context));
  const data = {
    ...recordData(input),
    // Re-encrypting an unchanged phone would make every save look like a phone change.
    ...(input.phone && existing.phoneEncrypted && decryptField(existing.phoneEncrypted) === input.phone
      ? { phoneEncrypted: existing.phoneEncrypted, phoneMasked: existing.phoneMasked }
      : {}),
    ...(nikHash !== existing.nikHash ? { nikEncrypted: encryptField(nik), nikHash, nikMasked: maskNik(nik) } : {}),
    riskFlags: flags,
    riskCount: flags.length,
    updatedById: actor.id,
  };

  try {
    const saved = await db.$transaction(async (tx) => {
      const before = await tx.candidate.findUniqueOrThrow({ where: { id } });
      const { count } = await tx.candidate.updateMany({
        where: { id, version: input.version, restrictedAt: null, anonymisedAt: null },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) return null;
      const after = await tx.candidate.findUniqueOrThrow({ where: { id } });
      await recordAudit(
        { actor, action: "candidate.update", entity: "Candidate", entityId: id, changes: diffChanges(snapshot(before), snapshot(after)) },
        tx,
      );
      return after;
    });
    if (!saved) return { ok: false, reason: "conflict", conflict: await conflictSince(id, input.version) };
    return { ok: true, value: { id, version: saved.version } };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const again = await duplicateOf(actor, nikHash, id);
    if (again) return again;
    throw error;
  }
}

export async function changePassportStatus(
  actor: Actor,
  id: string,
  raw: unknown,
  options: CommandOptions = {},
): Promise<CommandResult<{ version: number }>> {
  const existing = await loadScoped(actor, id, "candidate:update");
  const context = await villageDay(existing.villageCode, options);
  const parsed = passportStatusSchema(context.today).safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: fieldKeys(parsed.error) };
  const input = parsed.data;
  if (input.version !== existing.version) {
    return { ok: false, reason: "conflict", conflict: await conflictSince(id, input.version) };
  }
  if (!PASSPORT_TRANSITIONS[existing.passportStatus].includes(input.toStatus)) {
    return { ok: false, reason: "invalid", fieldErrors: { toStatus: "passportStatus.transition" } };
  }
  const flags = riskCodes(computeRiskFlags(riskInputOf(existing, decryptField(existing.nikEncrypted)), context));

  const saved = await db.$transaction(async (tx) => {
    const { count } = await tx.candidate.updateMany({
      where: { id, version: input.version, passportStatus: existing.passportStatus },
      data: {
        passportStatus: input.toStatus,
        passportStatusAt: input.effectiveOn,
        ...(input.toStatus === "APPLIED_M_PASPOR" ? { passportAppliedAt: input.effectiveOn } : {}),
        ...(input.toStatus === "ISSUED" ? { passportIssuedAt: input.effectiveOn } : {}),
        riskFlags: flags,
        riskCount: flags.length,
        updatedById: actor.id,
        version: { increment: 1 },
      },
    });
    if (count === 0) return null;
    await tx.passportStatusChange.create({
      data: {
        candidateId: id,
        fromStatus: existing.passportStatus,
        toStatus: input.toStatus,
        effectiveOn: input.effectiveOn,
        note: input.note ?? null,
        changedById: actor.id,
      },
    });
    await recordAudit(
      {
        actor,
        action: "candidate.passportStatus",
        entity: "Candidate",
        entityId: id,
        changes: {
          passportStatus: { from: existing.passportStatus, to: input.toStatus },
          passportStatusAt: { from: existing.passportStatusAt ? dayString(existing.passportStatusAt) : null, to: dayString(input.effectiveOn) },
          version: { from: existing.version, to: existing.version + 1 },
        },
      },
      tx,
    );
    return { version: existing.version + 1 };
  });
  if (!saved) return { ok: false, reason: "conflict", conflict: await conflictSince(id, input.version) };
  return { ok: true, value: saved };
}

/** Refreshes the stored flags when time alone changed them (a birthday, a departure drawing near). */
async function refreshRiskFlags(tx: Tx, candidate: StoredCandidate, context: Awaited<ReturnType<typeof villageDay>>) {
  const flags = riskCodes(computeRiskFlags(riskInputOf(candidate, decryptField(candidate.nikEncrypted)), context));
  if (flags.join() === candidate.riskFlags.join()) return;
  await tx.candidate.update({ where: { id: candidate.id }, data: { riskFlags: flags, riskCount: flags.length } });
  await recordAudit(
    { actor: null, action: "candidate.riskRefresh", entity: "Candidate", entityId: candidate.id, changes: { riskFlags: { from: candidate.riskFlags, to: flags } } },
    tx,
  );
}

export async function recordGuidance(
  actor: Actor,
  candidateId: string,
  raw: unknown,
  options: CommandOptions = {},
): Promise<CommandResult<{ id: string }>> {
  const candidate = await loadScoped(actor, candidateId, "guidance:create");
  const context = await villageDay(candidate.villageCode, options);
  const parsed = guidanceSchema(context.today).safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: fieldKeys(parsed.error) };
  const input = parsed.data;

  if (input.officerId) {
    // Only an officer of the office whose working area holds the village.
    const officer = await db.officer.findFirst({
      where: { id: input.officerId, active: true, office: { regencies: { some: { code: candidate.villageCode.slice(0, 5) } } } },
      select: { id: true },
    });
    if (!officer) return { ok: false, reason: "invalid", fieldErrors: { officerId: "officer.invalid" } };
  }
  if (input.idempotencyKey) {
    const earlier = await db.guidanceRecord.findFirst({
      where: { idempotencyKey: input.idempotencyKey, candidateId, givenByUserId: actor.id },
      select: { id: true },
    });
    if (earlier) return { ok: true, value: earlier };
  }

  try {
    const record = await db.$transaction(async (tx) => {
      const created = await tx.guidanceRecord.create({
        data: {
          candidateId,
          sessionDate: input.sessionDate,
          topics: input.topics,
          givenByUserId: actor.id,
          officerId: input.officerId ?? null,
          notes: input.notes ?? null,
          followUpDate: input.followUpDate ?? null,
          idempotencyKey: input.idempotencyKey ?? null,
        },
      });
      await recordAudit(
        {
          actor,
          action: "guidance.create",
          entity: "GuidanceRecord",
          entityId: created.id,
          changes: {
            candidateId: { from: null, to: candidateId },
            sessionDate: { from: null, to: dayString(input.sessionDate) },
            topics: { from: null, to: input.topics },
            followUpDate: { from: null, to: input.followUpDate ? dayString(input.followUpDate) : null },
          },
        },
        tx,
      );
      await refreshRiskFlags(tx, candidate, context);
      return created;
    });
    return { ok: true, value: { id: record.id } };
  } catch (error) {
    if (!isUniqueViolation(error) || !input.idempotencyKey) throw error;
    const earlier = await db.guidanceRecord.findFirst({ where: { idempotencyKey: input.idempotencyKey, candidateId }, select: { id: true } });
    if (earlier) return { ok: true, value: earlier };
    throw error;
  }
}

/** Marks a guidance follow-up as done. */
export async function completeFollowUp(actor: Actor, guidanceId: string, options: CommandOptions = {}): Promise<void> {
  if (!/^[0-9a-f-]{36}$/i.test(guidanceId)) throw new NotFoundError("guidance");
  const record = await db.guidanceRecord.findFirst({
    where: { id: guidanceId, candidate: { ...villageScope(actor, "guidance:create"), restrictedAt: null, anonymisedAt: null } },
    select: { id: true, followUpDoneAt: true, followUpDate: true },
  });
  if (!record || !record.followUpDate) throw new NotFoundError("guidance");
  if (record.followUpDoneAt) return;
  const now = options.now ?? new Date();
  await db.$transaction(async (tx) => {
    await tx.guidanceRecord.update({ where: { id: guidanceId }, data: { followUpDoneAt: now } });
    await recordAudit(
      { actor, action: "guidance.followUpDone", entity: "GuidanceRecord", entityId: guidanceId, changes: { followUpDoneAt: { from: null, to: now.toISOString() } } },
      tx,
    );
  });
}

/**
 * Time alone changes two signs: a departure drawing near (missing documents) and an 18th birthday; a change of
 * the rules (RISK_RULES_VERSION) changes any. Recomputes the stored flags of the records where that can happen,
 * so lists and the office's flagged views stay true without anyone editing the record, with one audit entry
 * per record whose flags change. Run it for a village on its home page, or for `{}` from a daily job.
 * DATA_MISMATCH depends only on the NIK, which changes only through a write, so it is carried over.
 */
const REFRESH_BATCH = 1000;

export async function refreshTimeSensitiveRiskFlags(
  where: Prisma.CandidateWhereInput,
  options: CommandOptions = {},
): Promise<number> {
  const reference = await loadRiskReference();
  const horizon = addDays(latestIndonesianToday(options.now), DEPARTURE_WINDOW_DAYS);
  let changed = 0;
  // In batches by id: after a rules change every stored record is due once, a national register included.
  for (let after = ""; ; ) {
    const candidates = await db.candidate.findMany({
      where: {
        AND: [
          where,
          { id: { gt: after || undefined } },
          { restrictedAt: null, anonymisedAt: null },
          {
            OR: [
              { plannedDeparture: { lte: horizon } },
              { riskFlags: { has: "UNDER_18" } },
              { riskRulesVersion: { lt: RISK_RULES_VERSION } },
            ],
          },
        ],
      },
      orderBy: { id: "asc" },
      take: REFRESH_BATCH,
    });
    if (candidates.length === 0) break;
    after = candidates[candidates.length - 1].id;
    changed += await refreshBatch(candidates, reference, options);
  }
  return changed;
}

async function refreshBatch(candidates: StoredCandidate[], reference: RiskReference, options: CommandOptions): Promise<number> {
  let changed = 0;
  for (const candidate of candidates) {
    const today = todayIn(timeZoneOfVillage(candidate.villageCode), options.now);
    const computed = riskCodes(computeRiskFlags(riskInputOf(candidate, ""), { ...reference, today }));
    const flags = RISK_CODES.filter((code) => computed.includes(code) || (code === "DATA_MISMATCH" && candidate.riskFlags.includes(code)));
    const outdated = candidate.riskRulesVersion < RISK_RULES_VERSION;
    if (flags.join() === candidate.riskFlags.join()) {
      if (outdated) {
        // Same flags under the new rules: only the bookkeeping moves on, nothing to audit.
        await db.candidate.updateMany({ where: { id: candidate.id, version: candidate.version }, data: { riskRulesVersion: RISK_RULES_VERSION } });
      }
      continue;
    }
    await db.$transaction(async (tx) => {
      const { count } = await tx.candidate.updateMany({
        where: { id: candidate.id, version: candidate.version },
        data: { riskFlags: flags, riskCount: flags.length, riskRulesVersion: RISK_RULES_VERSION },
      });
      if (count === 0) return;
      changed += 1;
      await recordAudit(
        { actor: null, action: "candidate.riskRefresh", entity: "Candidate", entityId: candidate.id, changes: { riskFlags: { from: candidate.riskFlags, to: flags } } },
        tx,
      );
    });
  }
  return changed;
}

/** The refresh above for the villages the actor may read. */
export async function refreshRiskFlagsFor(actor: Actor, options: CommandOptions = {}): Promise<number> {
  return refreshTimeSensitiveRiskFlags(villageScope(actor, "candidate:read"), options);
}
