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
import { cleanNik, parseNik } from "./nik";
import { cleanText } from "@/lib/platform/validation/text";

// Validation of the CPMI forms, shared by the browser and the server. Messages are keys of
// lib/platform/i18n/messages/candidates.ts ("nik.length"), translated where they are shown. Inputs are form strings.

const destinations = new Set(DESTINATION_CODES);

/** Indonesian mobile numbers in any usual spelling → +628…; null when it cannot be one. */
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[\s().\-]/g, "");
  let rest: string;
  if (digits.startsWith("+62")) rest = digits.slice(3);
  else if (digits.startsWith("62")) rest = digits.slice(2);
  else if (digits.startsWith("0")) rest = digits.slice(1);
  else rest = digits;
  return /^8\d{7,11}$/.test(rest) ? `+62${rest}` : null;
}

export function maskPhone(phone: string): string {
  return `${phone.slice(0, 6)}${"•".repeat(Math.max(phone.length - 9, 0))}${phone.slice(-3)}`;
}

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

const nikField = z.preprocess(
  (v) => (typeof v === "string" ? cleanNik(v) : v),
  z.string({ error: "nik.length" }).superRefine((value, ctx) => {
    const parsed = parseNik(value);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.error });
  }),
);

const candidateFields = {
  name: text(100, "name.tooLong").pipe(z.string().min(2, "name.required")),
  sex: choice(Sex, "sex.required"),
  birthDate: day("birthDate.invalid"),
  phone: optionalText(30, "phone.invalid").transform((value, ctx) => {
    if (value === undefined) return null;
    const phone = normalizePhone(value);
    if (!phone) {
      ctx.addIssue({ code: "custom", message: "phone.invalid" });
      return z.NEVER;
    }
    return phone;
  }),
  hamlet: optionalText(100, "text.tooLong"),
  rt: optionalText(3, "rt.invalid").refine((v) => v === undefined || /^\d{1,3}$/.test(v), "rt.invalid"),
  rw: optionalText(3, "rt.invalid").refine((v) => v === undefined || /^\d{1,3}$/.test(v), "rt.invalid"),
  addressLine: optionalText(200, "text.tooLong"),
  education: choice(Education, "education.required"),
  destinationCountry: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
    z.string({ error: "destination.invalid" }).refine((v) => destinations.has(v), "destination.invalid"),
  ),
  jobSector: choice(JobSector, "jobSector.required"),
  placementChannel: choice(PlacementChannel, "placementChannel.required"),
  agencyName: optionalText(150, "text.tooLong"),
  // Not known yet is the honest default: the moratorium rule then asks, it does not accuse.
  employerType: z.preprocess((v) => (v === "" || v === undefined ? "UNKNOWN" : v), z.enum(EmployerType, { error: "employerType.required" })),
  plannedVisa: choice(PlannedVisa, "plannedVisa.required"),
  recruitmentSource: choice(RecruitmentSource, "recruitmentSource.required"),
  feeArrangement: choice(FeeArrangement, "feeArrangement.required"),
  heldInShelter: checkbox,
  onlineJobOffer: checkbox,
  plannedDeparture: optionalDay("plannedDeparture.invalid"),
  hasMaritalStatusLetter: checkbox,
  hasFamilyConsent: checkbox,
  hasCompetenceCertificate: checkbox,
  hasHealthCertificate: checkbox,
  hasSocialSecurity: checkbox,
  hasWorkVisa: checkbox,
  hasPlacementAgreement: checkbox,
  hasEmploymentContract: checkbox,
  consentMethod: choice(ConsentMethod, "consentMethod.required"),
  consentGuardianName: optionalText(100, "text.tooLong"),
  consentConfirmed: checkbox,
  idempotencyKey: optionalText(100, "text.tooLong"),
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
    if (value.birthDate > today) ctx.addIssue({ code: "custom", path: ["birthDate"], message: "birthDate.future" });
    else if (value.birthDate.getUTCFullYear() < 1900) {
      ctx.addIssue({ code: "custom", path: ["birthDate"], message: "birthDate.invalid" });
    }
    if (value.placementChannel === "P3MI" && !value.agencyName) {
      ctx.addIssue({ code: "custom", path: ["agencyName"], message: "agencyName.required" });
    }
    // A birth date in the future is answered by its own message alone, not also by the under-18 consent rule.
    if (value.birthDate <= today && ageOn(value.birthDate, today) < 18 && value.consentMethod !== "PARENTAL_WRITTEN") {
      ctx.addIssue({ code: "custom", path: ["consentMethod"], message: "consentMethod.parentalRequired" });
    }
    if (value.consentMethod === "PARENTAL_WRITTEN" && !value.consentGuardianName) {
      ctx.addIssue({ code: "custom", path: ["consentGuardianName"], message: "consentGuardianName.required" });
    }
    if (!value.consentConfirmed) {
      ctx.addIssue({ code: "custom", path: ["consentConfirmed"], message: "consentConfirmed.required" });
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
      version: z.coerce.number({ error: "version.invalid" }).int("version.invalid").min(1, "version.invalid"),
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
      toStatus: choice(PassportStatus, "passportStatus.required"),
      effectiveOn: day("effectiveOn.invalid"),
      note: optionalText(500, "text.tooLong"),
      version: z.coerce.number({ error: "version.invalid" }).int("version.invalid").min(1, "version.invalid"),
    })
    .superRefine((value, ctx) => {
      if (value.effectiveOn > today) ctx.addIssue({ code: "custom", path: ["effectiveOn"], message: "effectiveOn.future" });
      if (value.toStatus === "DELAYED_OR_REFUSED" && !value.note) {
        ctx.addIssue({ code: "custom", path: ["note"], message: "note.requiredForRefusal" });
      }
    });
}
export type PassportStatusInput = z.output<ReturnType<typeof passportStatusSchema>>;

const topicList = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.enum(GuidanceTopic, { error: "topics.required" })).min(1, "topics.required"),
);

export function guidanceSchema(today: Date = latestIndonesianToday()) {
  return z
    .object({
      sessionDate: day("sessionDate.invalid"),
      topics: topicList,
      officerId: optionalText(36, "officer.invalid").refine(
        (v) => v === undefined || /^[0-9a-f-]{36}$/i.test(v),
        "officer.invalid",
      ),
      notes: optionalText(2000, "text.tooLong"),
      followUpDate: optionalDay("followUpDate.invalid"),
      idempotencyKey: optionalText(100, "text.tooLong"),
    })
    .superRefine((value, ctx) => {
      if (value.sessionDate > today) ctx.addIssue({ code: "custom", path: ["sessionDate"], message: "sessionDate.future" });
      if (value.followUpDate && value.followUpDate < value.sessionDate) {
        ctx.addIssue({ code: "custom", path: ["followUpDate"], message: "followUpDate.beforeSession" });
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
