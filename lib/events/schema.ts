import { z } from "zod";
import { isLocalDateTime } from "@/lib/platform/time/office-zone";
import { idempotencyKeySchema } from "@/lib/platform/idempotency";

export const EVENT_TYPES = ["LAUNCH", "OUTREACH", "STRENGTHENING", "PASSPORT_SERVICE", "MONITORING"] as const;
export const PARTICIPANT_GROUPS = [
  "VILLAGE_OFFICIALS",
  "COMMUNITY_LEADERS",
  "YOUTH",
  "CPMI",
  "POLICE",
  "ARMY",
  "OTHERS",
] as const;
export const GUIDANCE_TOPICS = [
  "M_PASPOR",
  "DOCUMENTS",
  "PROCEDURAL_MIGRATION",
  "TRAFFICKING_SIGNS",
  "RIGHTS_ABROAD",
  "EXIT_ENTRY_RULES",
  "HOW_TO_REPORT",
] as const;

const localDateTime = z.string().refine(isLocalDateTime, "event.dateTime.invalid");

const list = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean))
    .pipe(z.array(item));

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

const period = z.object({ startsAt: localDateTime, endsAt: localDateTime });

/** Start and end are wall-clock "YYYY-MM-DDTHH:mm" in the office's zone; same format, so strings compare. */
const endAfterStart = (d: { startsAt: string; endsAt: string }) => d.endsAt > d.startsAt;

export const eventSchema = period
  .extend({
    villageCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, "event.village.required"),
    type: z.enum(EVENT_TYPES, "event.type.required"),
    title: z.string().trim().min(3, "event.title.required").max(160, "event.tooLong"),
    description: z
      .string()
      .trim()
      .max(2000, "event.tooLong")
      .optional()
      .transform((v) => v || null),
    location: z.string().trim().min(3, "event.location.required").max(200, "event.tooLong"),
    officerIds: list(z.uuid("event.officers.invalid")),
    isPublic: checkbox,
    acknowledgeConflicts: checkbox.optional(),
    idempotencyKey: idempotencyKeySchema.transform((v) => v ?? null),
  })
  .refine(endAfterStart, { message: "event.endsAt.beforeStart", path: ["endsAt"] });

export type EventInput = z.input<typeof eventSchema>;

export const reasonSchema = z.object({ reason: z.string().trim().min(5, "event.reason.required").max(500, "event.tooLong") });

export const postponeSchema = period
  .extend({ reason: z.string().trim().min(5, "event.reason.required").max(500, "event.tooLong"), acknowledgeConflicts: checkbox.optional() })
  .refine(endAfterStart, { message: "event.endsAt.beforeStart", path: ["endsAt"] });

const count = z.coerce.number("event.count.invalid").int("event.count.invalid").min(0, "event.count.invalid").max(100_000, "event.count.invalid");

export const reportSchema = z.object({
  participants: z
    .array(z.object({ group: z.enum(PARTICIPANT_GROUPS), male: count, female: count }))
    .refine((rows) => new Set(rows.map((r) => r.group)).size === rows.length, "event.participants.duplicate")
    .refine((rows) => rows.some((r) => r.male + r.female > 0), "event.participants.required"),
  stakeholders: z.string().trim().min(3, "event.stakeholders.required").max(2000, "event.tooLong"),
  topics: list(z.enum(GUIDANCE_TOPICS)).refine((v) => v.length > 0, "event.topics.required"),
  summary: z.string().trim().min(10, "event.summary.required").max(10_000, "event.tooLong"),
  followUps: z
    .string()
    .trim()
    .max(5000, "event.tooLong")
    .optional()
    .transform((v) => v || null),
});

export type ReportInput = z.input<typeof reportSchema>;

/** Report form fields "male.YOUTH", "female.YOUTH", … → the participants array. */
export function participantsFromForm(values: Record<string, string | string[]>) {
  return PARTICIPANT_GROUPS.map((group) => ({
    group,
    male: String(values[`male.${group}`] ?? "0") || "0",
    female: String(values[`female.${group}`] ?? "0") || "0",
  }));
}

export const declineSchema = z.object({ note: z.string().trim().min(5, "event.reason.required").max(500, "event.tooLong") });
