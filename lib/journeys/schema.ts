import { z } from "zod";
import {
  CaseAgency,
  CaseOutcome,
  CaseSource,
  CaseType,
  CaseUrgency,
  ContactMethod,
  ContactOutcome,
  JobSector,
  PlacementChannel,
  PreventionReason,
  ReturnReason,
} from "@/lib/platform/db/generated/enums";
import { DESTINATION_CODES } from "@/lib/reference-data/countries";
import { parseDay } from "@/lib/candidates/dates";
import { containsNik } from "@/lib/identity/nik";
import { cleanText } from "@/lib/platform/validation/text";

// Validation of the journey and case forms. Inputs are form strings; messages are catalog keys of
// lib/platform/i18n/messages/journey.ts. A schema is built for the record's day bounds: nothing happens after
// today (in the village's zone), nor before what it follows (registration, the previous stage, the case).
// Field names are unique on the CPMI page (the passport form there has its own "effectiveOn" and "note").

const destinations = new Set(DESTINATION_CODES);

const blank = (v: unknown) => {
  const value = cleanText(v);
  return value === "" || value == null ? undefined : value;
};

const freeText = (max: number) =>
  z.string().max(max, "journey.text.tooLong").refine((v) => !containsNik(v), "journey.text.noNik");
const requiredText = (max: number) => z.preprocess(blank, freeText(max).optional()).refine((v) => v !== undefined, "journey.required").transform((v) => v!);
const optionalText = (max: number) => z.preprocess(blank, freeText(max).optional());

const choice = <T extends Record<string, string>>(values: T, key = "journey.choose") =>
  z.preprocess((v) => (v === "" ? undefined : v), z.enum(values, { error: key }));

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** Bounds of a day field: not after `today`, not before `notBefore` (with the key saying why). */
export type DayBounds = { today: Date; notBefore?: { day: Date; key: string } };

const day = (bounds: DayBounds | null, key = "journey.date.invalid") =>
  z.preprocess(blank, z.string({ error: key }).optional()).transform((value, ctx) => {
    const date = value ? parseDay(value) : null;
    if (!date) {
      ctx.addIssue({ code: "custom", message: key });
      return z.NEVER;
    }
    if (bounds && date > bounds.today) {
      ctx.addIssue({ code: "custom", message: "journey.date.future" });
      return z.NEVER;
    }
    if (bounds?.notBefore && date < bounds.notBefore.day) {
      ctx.addIssue({ code: "custom", message: bounds.notBefore.key });
      return z.NEVER;
    }
    return date;
  });

export function preventionSchema(bounds: DayBounds) {
  return z.object({ stageOn: day(bounds), preventionReason: choice(PreventionReason), stageNote: optionalText(1000) });
}
export type PreventionInput = z.output<ReturnType<typeof preventionSchema>>;

export function departureSchema(bounds: DayBounds) {
  return z
    .object({
      stageOn: day(bounds),
      channel: choice(PlacementChannel),
      destinationCountry: z.preprocess(blank, z.string({ error: "journey.country" }).refine((v) => destinations.has(v), "journey.country")),
      jobSector: choice(JobSector),
      agencyName: optionalText(200),
      employer: optionalText(200),
      contractMonths: z.preprocess(
        blank,
        z.coerce.number({ error: "journey.contractMonths" }).int("journey.contractMonths").min(1, "journey.contractMonths").max(120, "journey.contractMonths").optional(),
      ),
      contactAbroad: optionalText(200),
      stageNote: optionalText(1000),
    })
    .superRefine((value, ctx) => {
      // A P3MI placement names its agency (UU 18/2017 Pasal 49(b)): the record is how the village checks the licence.
      if (value.channel === "P3MI" && !value.agencyName) ctx.addIssue({ code: "custom", path: ["agencyName"], message: "journey.agency.required" });
    });
}
export type DepartureInput = z.output<ReturnType<typeof departureSchema>>;

export function returnSchema(bounds: DayBounds) {
  return z.object({
    stageOn: day(bounds),
    returnReason: choice(ReturnReason),
    plansToLeaveAgain: choice({ yes: "yes", no: "no" }, "journey.plans").transform((v) => v === "yes"),
    stageNote: optionalText(1000),
  });
}
export type ReturnInput = z.output<ReturnType<typeof returnSchema>>;

/** Former worker, or preparing again: only the day and a note. */
export function plainStageSchema(bounds: DayBounds) {
  return z.object({ stageOn: day(bounds), stageNote: optionalText(1000) });
}
export type PlainStageInput = z.output<ReturnType<typeof plainStageSchema>>;

export function contactSchema(bounds: DayBounds) {
  return z
    .object({
      contactedOn: day(bounds),
      method: choice(ContactMethod),
      withFamily: checkbox,
      outcome: choice(ContactOutcome),
      contactNote: optionalText(1000),
    })
    .superRefine((value, ctx) => {
      if (value.outcome === "PROBLEM" && !value.contactNote) ctx.addIssue({ code: "custom", path: ["contactNote"], message: "journey.contact.problemNote" });
    });
}
export type ContactInput = z.output<ReturnType<typeof contactSchema>>;

export function openCaseSchema(bounds: DayBounds) {
  return z.object({
    openedOn: day(bounds),
    type: choice(CaseType),
    source: choice(CaseSource),
    urgency: choice(CaseUrgency),
    description: requiredText(2000),
  });
}
export type OpenCaseInput = z.output<ReturnType<typeof openCaseSchema>>;

export function referralSchema(bounds: DayBounds) {
  return z.object({
    agency: choice(CaseAgency),
    referredOn: day(bounds),
    contactPerson: requiredText(200),
    request: requiredText(1000),
  });
}
export type ReferralInput = z.output<ReturnType<typeof referralSchema>>;

/** A follow-up is due on a day from the case's opening on; it may lie ahead. */
export function followUpSchema(openedOn: Date) {
  return z.object({
    dueOn: day(null, "journey.date.invalid").refine((d) => d >= openedOn, "journey.followUp.beforeOpened"),
    action: requiredText(500),
  });
}
export type FollowUpInput = z.output<ReturnType<typeof followUpSchema>>;

export const completeFollowUpSchema = z.object({});

export function closeCaseSchema(bounds: DayBounds) {
  return z.object({ closedOn: day(bounds), outcome: choice(CaseOutcome), outcomeNote: optionalText(1000) });
}
export type CloseCaseInput = z.output<ReturnType<typeof closeCaseSchema>>;

/** The office's case list filters from the query string; anything unknown is dropped. */
export const caseFiltersSchema = z.object({
  status: z.enum(["OPEN", "CLOSED"]).catch("OPEN"),
  type: z.enum(CaseType).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type CaseFilters = z.output<typeof caseFiltersSchema>;

export const abroadFiltersSchema = z.object({
  noContact: z.preprocess((v) => v === "1" || v === "true" || v === true, z.boolean()).catch(false),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type AbroadFilters = z.output<typeof abroadFiltersSchema>;

export const noContactDaysSchema = z.object({
  days: z.coerce.number({ error: "journey.noContactDays" }).int("journey.noContactDays").min(7, "journey.noContactDays").max(365, "journey.noContactDays"),
});
