import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { villageScope, type Actor } from "@/lib/platform/auth/policy";
import { recordAudit, diffChanges, REDACTED } from "@/lib/platform/audit/log";
import { decryptField } from "@/lib/platform/crypto/fields";
import { conflict, defineCommand, defineRecordCommand, fieldError, replayed, type Failure, type Message, type MessageParam, type CommandOptions } from "@/lib/platform/command";
import { nikLookupHashes, samePhone, sealNik, sealPhone } from "@/lib/identity/seal";
import { addDays, dayString, latestIndonesianToday, timeZoneOfVillage, todayIn } from "./dates";
import {
  DEPARTURE_WINDOW_DAYS,
  RISK_CODES,
  RISK_RULES_VERSION,
  computeRiskFlags,
  riskCodes,
  type RiskInput,
  type RiskReference,
} from "./risk";
import { reportNikElsewhere } from "./nik-elsewhere";
import { loadRiskReference } from "@/lib/reference-data/queries";
import {
  PASSPORT_TRANSITIONS,
  guidanceSchema,
  passportStatusSchema,
  registerCandidateSchema,
  updateCandidateSchema,
  type RegisterCandidateInput,
} from "./schema";

// Writes on CPMI records, declared on the command contract (lib/platform/command.ts): each names its
// permission and schema; the contract authorizes (audited), parses, and runs the body in one transaction
// with its audit entry. The bodies recompute the risk flags and seal personal fields through lib/identity.

export type { CommandOptions };

/** The village's calendar day: what "today" and "in the future" mean for its forms. */
const villageToday = (villageCode: string, now: Date) => todayIn(timeZoneOfVillage(villageCode), now);

/** The village's day and the reference data the risk rules read (moratorium dates, zero-cost jobs). */
async function villageDay(tx: Tx, villageCode: string, now: Date) {
  return { today: villageToday(villageCode, now), ...(await loadRiskReference(tx)) };
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
    ...sealPhone(input.phone),
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

/** Where a NIK is already registered: the own register (say so), or another village (say only that). */
async function duplicateOf(actor: Actor, nik: string, exceptId?: string): Promise<Failure | null> {
  const existing = await db.candidate.findFirst({
    where: { nikHash: { in: nikLookupHashes(nik) }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true, villageCode: true },
  });
  if (!existing) return null;
  if (existing.villageCode === actor.villageCode) return conflict("candidate.duplicate.own", { field: "nik" });
  return reportNikElsewhere(actor, existing);
}

/** The record this actor created with this form's key (double click, retry, back button). */
async function createdWithKey(actor: Actor, key: string | undefined) {
  if (!key) return null;
  return db.candidate.findFirst({ where: { idempotencyKey: key, createdById: actor.id }, select: { id: true } });
}

export const registerCandidate = defineCommand({
  name: "candidate.create",
  permission: "candidate:create",
  resource: (actor) => ({ villageCode: actor.villageCode }),
  input: ({ actor, now }) => registerCandidateSchema(villageToday(actor.villageCode!, now)),
  before: async ({ actor, input }) => {
    const earlier = await createdWithKey(actor, input.idempotencyKey);
    if (earlier) return replayed(earlier);
    const duplicate = await duplicateOf(actor, input.nik);
    if (!duplicate) return null;
    // A concurrent submission of this very form may have committed since the look-up above.
    const committed = await createdWithKey(actor, input.idempotencyKey);
    return committed ? replayed(committed) : duplicate;
  },
  run: async ({ actor, input, tx, now, audit }) => {
    const villageCode = actor.villageCode!;
    const flags = riskCodes(computeRiskFlags(riskInputOf(input, input.nik), await villageDay(tx, villageCode, now)));
    const candidate = await tx.candidate.create({
      data: {
        villageCode,
        ...sealNik(input.nik),
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
    await audit({ action: "candidate.create", entity: "Candidate", entityId: candidate.id, changes: diffChanges({}, snapshot(candidate)) });
    return { id: candidate.id };
  },
  // A second submit racing the first: the unique keys decide, and the answer is the same as above.
  onUniqueViolation: async ({ actor, input }) => {
    const committed = await createdWithKey(actor, input.idempotencyKey);
    return committed ? replayed(committed) : duplicateOf(actor, input.nik);
  },
});

/** A candidate the actor may act on with the permission, or null. Restricted and erased records are frozen. */
function loadScoped(permission: "candidate:update" | "guidance:create") {
  return (actor: Actor, id: string) =>
    db.candidate.findFirst({ where: { id, ...villageScope(actor, permission), restrictedAt: null, anonymisedAt: null } });
}

/** Identifiers that stay hidden in a conflict report too. */
const REDACTED_FOR_GOOD = new Set(["nikHash", "phoneEncrypted"]);

/** Labels of the fields whose form name differs from the stored one. */
const FIELD_LABELS: Record<string, string> = {
  nikHash: "candidate.field.nik",
  phoneEncrypted: "candidate.field.phone",
  passportStatus: "candidate.detail.passport",
  passportStatusAt: "candidate.detail.effectiveOn",
};

/** Fields whose values have a label per enum value. */
const LABELLED_FIELDS = new Set([
  "sex",
  "education",
  "jobSector",
  "placementChannel",
  "employerType",
  "plannedVisa",
  "recruitmentSource",
  "feeArrangement",
  "consentMethod",
  "passportStatus",
]);

function describedValue(field: string, value: unknown): MessageParam {
  if (value === REDACTED) return { key: "candidate.conflict.redacted" };
  if (value === null || value === undefined || value === "") return { key: "candidate.conflict.empty" };
  if (typeof value === "boolean") return { key: value ? "common.yes" : "common.no" };
  if (LABELLED_FIELDS.has(field)) return { key: `candidate.${field}.${String(value)}` };
  return String(value);
}

/**
 * What others saved since `version`: the fields with their values then and now, who saved them and when. The
 * form gets the current version back, so saving again is a deliberate choice after reading the report.
 */
export async function conflictSince(tx: Tx, id: string, version: number): Promise<Failure> {
  const current = await tx.candidate.findUniqueOrThrow({ where: { id } });
  // The audit keeps no personal values (lib/platform/audit/log.ts), so what a personal field holds now comes from the record.
  const now = snapshot(current);
  const entries = await tx.auditLog.findMany({
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
  const users = await tx.user.findMany({ where: { id: { in: [...actorIds] } }, select: { name: true } });
  const lines: Message[] = [...fields].map(([field, change]) => ({
    key: "candidate.conflict.line",
    params: {
      field: { key: FIELD_LABELS[field] ?? `candidate.field.${field}` },
      from: describedValue(field, change.from),
      to: describedValue(field, change.to),
    },
  }));
  return conflict("candidate.conflict.title", {
    params: { who: users.map((u) => u.name).join(", ") || { key: "candidate.conflict.someone" }, at: lastAt ?? "" },
    lines,
    keep: { version: String(current.version) },
  });
}

export const updateCandidate = defineRecordCommand({
  name: "candidate.update",
  permission: "candidate:update",
  load: loadScoped("candidate:update"),
  resource: (_, target) => ({ villageCode: target.villageCode }),
  input: ({ target, now }) => updateCandidateSchema(villageToday(target.villageCode, now)),
  before: async ({ actor, input, target }) =>
    input.nik && !nikLookupHashes(input.nik).includes(target.nikHash) ? duplicateOf(actor, input.nik, target.id) : null,
  run: async ({ actor, input, target, tx, now, audit }) => {
    const nik = input.nik ?? decryptField(target.nikEncrypted);
    const nikChanged = !nikLookupHashes(nik).includes(target.nikHash);
    const flags = riskCodes(computeRiskFlags(riskInputOf(input, nik), await villageDay(tx, target.villageCode, now)));
    const data = {
      ...recordData(input),
      // The same number in another spelling is no change: re-sealing it would make every save look like one.
      ...(samePhone(target.phoneEncrypted, input.phone) ? { phoneEncrypted: target.phoneEncrypted, phoneMasked: target.phoneMasked } : {}),
      ...(nikChanged ? sealNik(nik) : {}),
      riskFlags: flags,
      riskCount: flags.length,
      updatedById: actor.id,
    };
    const before = await tx.candidate.findUniqueOrThrow({ where: { id: target.id } });
    const { count } = await tx.candidate.updateMany({
      where: { id: target.id, version: input.version, restrictedAt: null, anonymisedAt: null },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) return conflictSince(tx, target.id, input.version);
    const after = await tx.candidate.findUniqueOrThrow({ where: { id: target.id } });
    await audit({ action: "candidate.update", entity: "Candidate", entityId: target.id, changes: diffChanges(snapshot(before), snapshot(after)) });
    return { id: target.id, version: after.version };
  },
  onUniqueViolation: ({ actor, input, target }) => (input.nik ? duplicateOf(actor, input.nik, target.id) : Promise.resolve(null)),
});

export const changePassportStatus = defineRecordCommand({
  name: "candidate.passportStatus",
  permission: "candidate:update",
  load: loadScoped("candidate:update"),
  resource: (_, target) => ({ villageCode: target.villageCode }),
  input: ({ target, now }) => passportStatusSchema(villageToday(target.villageCode, now)),
  run: async ({ actor, input, target: existing, tx, now, audit }) => {
    if (input.version !== existing.version) return conflictSince(tx, existing.id, input.version);
    if (!PASSPORT_TRANSITIONS[existing.passportStatus].includes(input.toStatus)) {
      return fieldError("toStatus", "candidate.passportStatus.transition");
    }
    const context = await villageDay(tx, existing.villageCode, now);
    const flags = riskCodes(computeRiskFlags(riskInputOf(existing, decryptField(existing.nikEncrypted)), context));
    const { count } = await tx.candidate.updateMany({
      where: { id: existing.id, version: input.version, passportStatus: existing.passportStatus },
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
    if (count === 0) return conflictSince(tx, existing.id, input.version);
    await tx.passportStatusChange.create({
      data: {
        candidateId: existing.id,
        fromStatus: existing.passportStatus,
        toStatus: input.toStatus,
        effectiveOn: input.effectiveOn,
        note: input.note ?? null,
        changedById: actor.id,
      },
    });
    await audit({
      action: "candidate.passportStatus",
      entity: "Candidate",
      entityId: existing.id,
      changes: {
        passportStatus: { from: existing.passportStatus, to: input.toStatus },
        passportStatusAt: { from: existing.passportStatusAt ? dayString(existing.passportStatusAt) : null, to: dayString(input.effectiveOn) },
        version: { from: existing.version, to: existing.version + 1 },
      },
    });
    return { version: existing.version + 1 };
  },
});

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

/** The guidance record this actor wrote for this candidate with this form's key. */
async function guidanceWithKey(actor: Actor, candidateId: string, key: string | undefined) {
  if (!key) return null;
  return db.guidanceRecord.findFirst({ where: { idempotencyKey: key, candidateId, givenByUserId: actor.id }, select: { id: true } });
}

export const recordGuidance = defineRecordCommand({
  name: "guidance.create",
  permission: "guidance:create",
  load: loadScoped("guidance:create"),
  resource: (_, target) => ({ villageCode: target.villageCode }),
  input: ({ target, now }) => guidanceSchema(villageToday(target.villageCode, now)),
  before: async ({ actor, input, target: candidate }) => {
    if (input.officerId) {
      // Only an officer of the office whose working area holds the village.
      const officer = await db.officer.findFirst({
        where: { id: input.officerId, active: true, office: { regencies: { some: { code: candidate.villageCode.slice(0, 5) } } } },
        select: { id: true },
      });
      if (!officer) return fieldError("officerId", "candidate.officer.invalid");
    }
    const earlier = await guidanceWithKey(actor, candidate.id, input.idempotencyKey);
    return earlier ? replayed(earlier) : null;
  },
  run: async ({ actor, input, target: candidate, tx, now, audit }) => {
    const created = await tx.guidanceRecord.create({
      data: {
        candidateId: candidate.id,
        sessionDate: input.sessionDate,
        topics: input.topics,
        givenByUserId: actor.id,
        officerId: input.officerId ?? null,
        notes: input.notes ?? null,
        followUpDate: input.followUpDate ?? null,
        idempotencyKey: input.idempotencyKey ?? null,
      },
    });
    await audit({
      action: "guidance.create",
      entity: "GuidanceRecord",
      entityId: created.id,
      changes: {
        candidateId: { from: null, to: candidate.id },
        sessionDate: { from: null, to: dayString(input.sessionDate) },
        topics: { from: null, to: input.topics },
        followUpDate: { from: null, to: input.followUpDate ? dayString(input.followUpDate) : null },
      },
    });
    await refreshRiskFlags(tx, candidate, await villageDay(tx, candidate.villageCode, now));
    return { id: created.id };
  },
  onUniqueViolation: async ({ actor, input, target }) => {
    const earlier = await guidanceWithKey(actor, target.id, input.idempotencyKey);
    return earlier ? replayed(earlier) : null;
  },
});

/** Marks a guidance follow-up as done; done already answers as a repeat. */
export const completeFollowUp = defineRecordCommand({
  name: "guidance.followUpDone",
  permission: "guidance:create",
  load: (actor, id) =>
    db.guidanceRecord.findFirst({
      where: { id, followUpDate: { not: null }, candidate: { ...villageScope(actor, "guidance:create"), restrictedAt: null, anonymisedAt: null } },
      select: { id: true, followUpDoneAt: true, candidate: { select: { villageCode: true } } },
    }),
  resource: (_, target) => ({ villageCode: target.candidate.villageCode }),
  input: z.object({}),
  run: async ({ target, tx, now, audit }) => {
    if (target.followUpDoneAt) return replayed({ id: target.id });
    await tx.guidanceRecord.update({ where: { id: target.id }, data: { followUpDoneAt: now } });
    await audit({ action: "guidance.followUpDone", entity: "GuidanceRecord", entityId: target.id, changes: { followUpDoneAt: { from: null, to: now.toISOString() } } });
    return { id: target.id };
  },
});

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
