import { z } from "zod";
import { containsNik } from "@/lib/identity/nik";
import { nikField, nikLookupField, optionalPhoneField } from "@/lib/identity/schema";
import { pageParam } from "@/lib/platform/validation/paging";

// Data-subject requests under UU PDP (Law 27/2022), recorded by staff when a person asks at the village hall
// or the immigration office, in person or by letter. Messages are keys of lib/platform/i18n/messages/privacy.ts.

export const SUBJECT_REQUEST_TYPES = ["ACCESS", "CORRECTION", "RESTRICTION", "STOP_PROCESSING", "ERASURE", "COPY"] as const;
export type SubjectRequestType = (typeof SUBJECT_REQUEST_TYPES)[number];

export const REQUEST_CHANNELS = ["VILLAGE_IN_PERSON", "OFFICE_IN_PERSON", "LETTER", "OTHER"] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/**
 * Our reading of the law (domain.md: "access (with processing history), correction, restriction and stopping
 * within 72 hours"): these four carry a due date 3×24 hours after receipt. For erasure and a copy the law as
 * we hold it sets no deadline, so they get none and the queue orders them by receipt (see
 * docs/privacy/record-of-processing.md).
 */
export const DEADLINE_HOURS: Record<SubjectRequestType, number | null> = {
  ACCESS: 72,
  CORRECTION: 72,
  RESTRICTION: 72,
  STOP_PROCESSING: 72,
  ERASURE: null,
  COPY: null,
};

export function dueAtFor(type: SubjectRequestType, receivedAt: Date): Date | null {
  const hours = DEADLINE_HOURS[type];
  return hours == null ? null : new Date(receivedAt.getTime() + hours * 3_600_000);
}

const freeText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "privacy.text.tooLong")
    .refine((value) => !containsNik(value), "privacy.text.noNik");

const optionalText = (max: number) =>
  freeText(max)
    .optional()
    .transform((value) => (value ? value : undefined));

/** "2026-11-28T09:30" as typed into a datetime-local field, read in the time zone of the office. */
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "privacy.request.receivedAt.invalid");

export const recordRequestSchema = z.object({
  nik: nikLookupField,
  type: z.enum(SUBJECT_REQUEST_TYPES, "privacy.request.type.required"),
  channel: z.enum(REQUEST_CHANNELS, "privacy.request.channel.required"),
  receivedAt: localDateTime,
  details: optionalText(1000),
});
export type RecordRequestInput = z.input<typeof recordRequestSchema>;

export const resolutionSchema = z.object({ resolution: freeText(1000).min(1, "privacy.request.resolution.required") });

export const correctionSchema = z
  .object({
    name: optionalText(120),
    nik: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), nikField.optional()),
    birthDate: z
      .string()
      .optional()
      .transform((value) => (value ? value : undefined))
      .refine((value) => value === undefined || /^\d{4}-\d{2}-\d{2}$/.test(value), "privacy.correction.birthDate.invalid"),
    // Corrected phones take the one normal form of every writer (+628…, lib/identity).
    phone: optionalPhoneField,
    addressLine: optionalText(200),
    /** The employer and the contact abroad of the latest departure (lib/journeys). */
    employer: optionalText(200),
    contactAbroad: optionalText(200),
    resolution: freeText(1000).min(1, "privacy.request.resolution.required"),
  })
  .refine(
    (value) => value.name || value.nik || value.birthDate || value.phone || value.addressLine || value.employer || value.contactAbroad,
    { message: "privacy.correction.nothing", path: ["form"] },
  );
export type CorrectionInput = z.input<typeof correctionSchema>;

export const requestFiltersSchema = z.object({
  status: z.enum(["OPEN", "FULFILLED", "REJECTED", "ALL"]).catch("OPEN"),
  type: z.enum(SUBJECT_REQUEST_TYPES).optional().catch(undefined),
  page: pageParam,
});
export type RequestFilters = z.infer<typeof requestFiltersSchema>;
