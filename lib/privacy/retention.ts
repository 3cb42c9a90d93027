import "server-only";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { db } from "@/lib/platform/db/client";
import { recordAudit } from "@/lib/platform/audit/log";
import { defineCommand } from "@/lib/platform/command";
import { fill, type Locale } from "@/lib/platform/i18n/locale";
import { privacyMessages } from "@/lib/platform/i18n/messages/privacy";
import { anonymiseCandidate } from "./anonymise";
import { DEFAULT_RETENTION, RETENTION_SETTING_KEY, retentionPolicySchema, type RetentionPolicy } from "./retention-schema";

// The retention job: a CPMI record is anonymised once its period has run out, counted from the planned departure
// (or, once the worker came home, from the return: the clock restarts there) or from the last activity on it (an
// edit, a guidance session, a note, a passport status change, a journey stage, a contact abroad, a case),
// whichever comes first. While a worker is abroad the departure does not count: the village still monitors them. Records with an open data-subject request wait until it is answered. Safe to run repeatedly:
// anonymised records are never due again, and each record is locked while it is anonymised.

export async function getRetentionPolicy(): Promise<RetentionPolicy> {
  const setting = await db.setting.findUnique({ where: { key: RETENTION_SETTING_KEY } });
  const parsed = retentionPolicySchema.safeParse(setting?.value ?? {});
  return parsed.success ? parsed.data : DEFAULT_RETENTION;
}

export const updateRetentionPolicy = defineCommand({
  name: "retention.update",
  permission: "retention:manage",
  input: retentionPolicySchema,
  run: async ({ input: policy, tx, audit }) => {
    const before = await tx.setting.findUnique({ where: { key: RETENTION_SETTING_KEY } });
    await tx.setting.upsert({
      where: { key: RETENTION_SETTING_KEY },
      create: { key: RETENTION_SETTING_KEY, value: policy as Prisma.InputJsonValue },
      update: { value: policy as Prisma.InputJsonValue },
    });
    await audit({
      action: "RETENTION_POLICY_UPDATED",
      entity: "Setting",
      entityId: RETENTION_SETTING_KEY,
      changes: { from: before?.value ?? DEFAULT_RETENTION, to: policy },
    });
    return policy;
  },
});

/** `months` calendar months before `now`, as midnight UTC of that day (day overflow rolls forward a few days). */
function monthsBefore(now: Date, months: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate()));
}

async function dueIds(policy: RetentionPolicy, now: Date, after: string, limit: number): Promise<string[]> {
  const departureCutoff = monthsBefore(now, policy.monthsAfterDeparture);
  const inactivityCutoff = monthsBefore(now, policy.monthsOfInactivity);
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id::text AS id FROM "Candidate" c
     WHERE c."anonymisedAt" IS NULL
       AND c.id > ${after}::uuid
       AND NOT EXISTS (SELECT 1 FROM "DataSubjectRequest" r WHERE r."candidateId" = c.id AND r.status = 'OPEN')
       AND (
         (c."journeyStage" <> 'DEPARTED'
          AND COALESCE(c."returnedOn", c."plannedDeparture") IS NOT NULL
          AND COALESCE(c."returnedOn", c."plannedDeparture") <= ${departureCutoff}::date)
         OR GREATEST(
              c."updatedAt",
              (SELECT max(g."createdAt") FROM "GuidanceRecord" g WHERE g."candidateId" = c.id),
              (SELECT max(n."createdAt") FROM "CandidateNote" n WHERE n."candidateId" = c.id),
              (SELECT max(s."createdAt") FROM "PassportStatusChange" s WHERE s."candidateId" = c.id),
              (SELECT max(j."createdAt") FROM "JourneyEvent" j WHERE j."candidateId" = c.id),
              (SELECT max(k."createdAt") FROM "AbroadContact" k WHERE k."candidateId" = c.id),
              (SELECT max(w."updatedAt") FROM "WorkerCase" w WHERE w."candidateId" = c.id)
            ) <= ${inactivityCutoff}
       )
     ORDER BY c.id
     LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

/** How many records the next run would anonymise (for the admin page). */
export async function countDueForRetention(now = new Date()): Promise<number> {
  const policy = await getRetentionPolicy();
  let count = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const ids = await dueIds(policy, now, after, 1000);
    count += ids.length;
    if (ids.length < 1000) return count;
    after = ids[ids.length - 1];
  }
}

export type RetentionRun = { anonymised: number; policy: RetentionPolicy };

export async function runRetention(options: { now?: Date; batchSize?: number } = {}): Promise<RetentionRun> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 100;
  const policy = await getRetentionPolicy();
  let anonymised = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const ids = await dueIds(policy, now, after, batchSize);
    if (!ids.length) break;
    anonymised += await db.$transaction(async (tx) => {
      let done = 0;
      for (const id of ids) if (await anonymiseCandidate(tx, id, "RETENTION_ANONYMISED", null, now)) done += 1;
      return done;
    });
    after = ids[ids.length - 1];
  }
  if (anonymised) {
    await recordAudit({
      actor: null,
      action: "RETENTION_RUN",
      entity: "Candidate",
      changes: { anonymised, ...policy },
    });
  }
  return { anonymised, policy };
}

/** The retention sentence of the consent text, with the periods in force (the CPMI form shows it). */
export async function retentionConsentText(locale: Locale): Promise<string> {
  const policy = await getRetentionPolicy();
  return fill(privacyMessages(locale).consentRetention, {
    after: policy.monthsAfterDeparture,
    inactive: policy.monthsOfInactivity,
  });
}
