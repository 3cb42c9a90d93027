import { z } from "zod";
import {
  ConsentMethod,
  Education,
  EmployerType,
  FeeArrangement,
  GuidanceTopic,
  JobSector,
  PassportStatus,
  PlacementChannel,
  PlannedVisa,
  RecruitmentSource,
  Sex,
} from "@/lib/platform/db/generated/enums";
import { DESTINATION_CODES } from "@/lib/reference-data/countries";
import { ageOn, latestIndonesianToday, parseDay } from "./dates";
import { cleanNik } from "@/lib/identity/nik";
import { nikField, optionalPhoneField } from "@/lib/identity/schema";
import { cleanText } from "@/lib/platform/validation/text";
import { idempotencyKeySchema } from "@/lib/platform/idempotency";

// Validation of the CPMI forms, shared by the browser and the server. Messages are catalog keys
// ("candidate.name.required", lib/platform/i18n/catalog.ts), translated where they are shown. Inputs are form strings.

const destinations = new Set(DESTINATION_CODES);

const text = (max: number, key: string) =>
  z.preprocess(cleanText, z.string().max(max, key));

const optionalText = (max: number, key: string) =>
  z.preprocess(
    (v) => {
      const value = cleanText(v);
      return typeof value === "string" && value !== "" ? value : undefined;
    },
    z.string().max(max, key).optional(),
  );

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

const choice = <T extends Record<string, string>>(values: T, key: string) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.enum(values, { error: key }));

const day = (key: string) =>
  z.preprocess((v) => (v === "" || v == null ? undefined : v), z.string({ error: key }).transform((value, ctx) => {
    const date = parseDay(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: key });
      return z.NEVER;
    }
    return date;
  }));

const optionalDay = (key: string) =>
  z.preprocess(
    (v) => (v === "" || v == null ? undefined : v),
    z
      .string()
      .transform((value, ctx) => {
        const date = parseDay(value);
        if (!date) {
          ctx.addIssue({ code: "custom", message: key });
          return z.NEVER;
        }
        return date;
      })
      .optional(),
  );

const candidateFields = {
  name: text(100, "candidate.name.tooLong").pipe(z.string().min(2, "candidate.name.required")),
  sex: choice(Sex, "candidate.sex.required"),
  birthDate: day("candidate.birthDate.invalid"),
  phone: optionalPhoneField,
  hamlet: optionalText(100, "candidate.text.tooLong"),
  rt: optionalText(3, "candidate.rt.invalid").refine((v) => v === undefined || /^\d{1,3}$/.test(v), "candidate.rt.invalid"),
  rw: optionalText(3, "candidate.rt.invalid").refine((v) => v === undefined || /^\d{1,3}$/.test(v), "candidate.rt.invalid"),
  addressLine: optionalText(200, "candidate.text.tooLong"),
  education: choice(Education, "candidate.education.required"),
  destinationCountry: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
    z.string({ error: "candidate.destination.invalid" }).refine((v) => destinations.has(v), "candidate.destination.invalid"),
  ),
  jobSector: choice(JobSector, "candidate.jobSector.required"),
  placementChannel: choice(PlacementChannel, "candidate.placementChannel.required"),
  agencyName: optionalText(150, "candidate.text.tooLong"),
  // Not known yet is the honest default: the moratorium rule then asks, it does not accuse.
  employerType: z.preprocess((v) => (v === "" || v === undefined ? "UNKNOWN" : v), z.enum(EmployerType, { error: "candidate.employerType.required" })),
  plannedVisa: choice(PlannedVisa, "candidate.plannedVisa.required"),
  recruitmentSource: choice(RecruitmentSource, "candidate.recruitmentSource.required"),
  feeArrangement: choice(FeeArrangement, "candidate.feeArrangement.required"),
  heldInShelter: checkbox,
  onlineJobOffer: checkbox,
  plannedDeparture: optionalDay("candidate.plannedDeparture.invalid"),
  hasMaritalStatusLetter: checkbox,
  hasFamilyConsent: checkbox,
  hasCompetenceCertificate: checkbox,
  hasHealthCertificate: checkbox,
  hasSocialSecurity: checkbox,
  hasWorkVisa: checkbox,
  hasPlacementAgreement: checkbox,
  hasEmploymentContract: checkbox,
  consentMethod: choice(ConsentMethod, "candidate.consentMethod.required"),
  consentGuardianName: optionalText(100, "candidate.text.tooLong"),
  consentConfirmed: checkbox,
  idempotencyKey: idempotencyKeySchema,
};

type CandidateShape = {
  birthDate: Date;
  placementChannel: string;
  agencyName?: string;
  consentMethod: string;
  consentGuardianName?: string;
  consentConfirmed: boolean;
};

function crossFieldRules(today: Date) {
  return (value: CandidateShape, ctx: z.RefinementCtx) => {
    if (value.birthDate > today) ctx.addIssue({ code: "custom", path: ["birthDate"], message: "candidate.birthDate.future" });
    else if (value.birthDate.getUTCFullYear() < 1900) {
      ctx.addIssue({ code: "custom", path: ["birthDate"], message: "candidate.birthDate.invalid" });
    }
    if (value.placementChannel === "P3MI" && !value.agencyName) {
      ctx.addIssue({ code: "custom", path: ["agencyName"], message: "candidate.agencyName.required" });
    }
    // A birth date in the future is answered by its own message alone, not also by the under-18 consent rule.
    if (value.birthDate <= today && ageOn(value.birthDate, today) < 18 && value.consentMethod !== "PARENTAL_WRITTEN") {
      ctx.addIssue({ code: "custom", path: ["consentMethod"], message: "candidate.consentMethod.parentalRequired" });
    }
    if (value.consentMethod === "PARENTAL_WRITTEN" && !value.consentGuardianName) {
      ctx.addIssue({ code: "custom", path: ["consentGuardianName"], message: "candidate.consentGuardianName.required" });
    }
    if (!value.consentConfirmed) {
      ctx.addIssue({ code: "custom", path: ["consentConfirmed"], message: "candidate.consentConfirmed.required" });
    }
  };
}

/** Registering a CPMI. `today` is the village's calendar day (the browser uses the latest in Indonesia). */
export function registerCandidateSchema(today: Date = latestIndonesianToday()) {
  return z.object({ nik: nikField, ...candidateFields }).superRefine(crossFieldRules(today));
}

/** Editing a CPMI: an empty NIK keeps the stored one; `version` is what the form was loaded with. */
export function updateCandidateSchema(today: Date = latestIndonesianToday()) {
  return z
    .object({
      nik: z.preprocess((v) => (typeof v === "string" && cleanNik(v) === "" ? undefined : v), nikField.optional()),
      ...candidateFields,
      version: z.coerce.number({ error: "candidate.version.invalid" }).int("candidate.version.invalid").min(1, "candidate.version.invalid"),
    })
    .superRefine(crossFieldRules(today));
}

export type RegisterCandidateInput = z.output<ReturnType<typeof registerCandidateSchema>>;
export type UpdateCandidateInput = z.output<ReturnType<typeof updateCandidateSchema>>;

/** The passport workflow: NONE → PLANNED → APPLIED_M_PASPOR → ISSUED or DELAYED_OR_REFUSED (then apply again). */
export const PASSPORT_TRANSITIONS: Record<PassportStatus, readonly PassportStatus[]> = {
  NONE: ["PLANNED", "APPLIED_M_PASPOR"],
  PLANNED: ["APPLIED_M_PASPOR", "NONE"],
  APPLIED_M_PASPOR: ["ISSUED", "DELAYED_OR_REFUSED"],
  DELAYED_OR_REFUSED: ["APPLIED_M_PASPOR"],
  ISSUED: [],
};

export function passportStatusSchema(today: Date = latestIndonesianToday()) {
  return z
    .object({
      toStatus: choice(PassportStatus, "candidate.passportStatus.required"),
      effectiveOn: day("candidate.effectiveOn.invalid"),
      note: optionalText(500, "candidate.text.tooLong"),
      version: z.coerce.number({ error: "candidate.version.invalid" }).int("candidate.version.invalid").min(1, "candidate.version.invalid"),
    })
    .superRefine((value, ctx) => {
      if (value.effectiveOn > today) ctx.addIssue({ code: "custom", path: ["effectiveOn"], message: "candidate.effectiveOn.future" });
      if (value.toStatus === "DELAYED_OR_REFUSED" && !value.note) {
        ctx.addIssue({ code: "custom", path: ["note"], message: "candidate.note.requiredForRefusal" });
      }
    });
}
export type PassportStatusInput = z.output<ReturnType<typeof passportStatusSchema>>;

const topicList = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.enum(GuidanceTopic, { error: "candidate.topics.required" })).min(1, "candidate.topics.required"),
);

export function guidanceSchema(today: Date = latestIndonesianToday()) {
  return z
    .object({
      sessionDate: day("candidate.sessionDate.invalid"),
      topics: topicList,
      officerId: optionalText(36, "candidate.officer.invalid").refine(
        (v) => v === undefined || /^[0-9a-f-]{36}$/i.test(v),
        "candidate.officer.invalid",
      ),
      notes: optionalText(2000, "candidate.text.tooLong"),
      followUpDate: optionalDay("candidate.followUpDate.invalid"),
      idempotencyKey: idempotencyKeySchema,
    })
    .superRefine((value, ctx) => {
      if (value.sessionDate > today) ctx.addIssue({ code: "custom", path: ["sessionDate"], message: "candidate.sessionDate.future" });
      if (value.followUpDate && value.followUpDate < value.sessionDate) {
        ctx.addIssue({ code: "custom", path: ["followUpDate"], message: "candidate.followUpDate.beforeSession" });
      }
    });
}
export type GuidanceInput = z.output<ReturnType<typeof guidanceSchema>>;

/** Register filters from the query string; anything unknown is dropped rather than refused. */
export const candidateFiltersSchema = z.object({
  q: z.preprocess((v) => (typeof v === "string" ? (cleanText(v) as string).slice(0, 100) : undefined), z.string().optional()),
  passportStatus: z.enum(PassportStatus).optional().catch(undefined),
  destination: z
    .string()
    .refine((v) => destinations.has(v))
    .optional()
    .catch(undefined),
  channel: z.enum(PlacementChannel).optional().catch(undefined),
  flagged: z.preprocess((v) => v === "1" || v === "true" || v === true, z.boolean()).catch(false),
  departureMonth: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type CandidateFilters = z.output<typeof candidateFiltersSchema>;
