import { z } from "zod";

// Validation of the office form, shared by the browser and the server. Messages are keys of
// lib/platform/i18n/messages/admin.ts.

export const OFFICE_CLASSES = ["KELAS_I_KHUSUS_TPI", "KELAS_I_TPI", "KELAS_I_NON_TPI", "KELAS_II_TPI", "KELAS_II_NON_TPI"] as const;
export const OFFICE_TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const;

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const REGENCY_CODE = /^[0-9]{2}\.[0-9]{2}$/;

const asList = (value: unknown) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]);

export const officeInputSchema = z.object({
  slug: z.string().trim().toLowerCase().min(1, "office.required").max(80, "office.tooLong").regex(SLUG_PATTERN, "office.slug"),
  name: z.string().trim().min(5, "office.name").max(200, "office.tooLong"),
  officeClass: z.enum(OFFICE_CLASSES, "office.class"),
  address: z.string().trim().min(5, "office.address").max(500, "office.tooLong"),
  phone: z.string().trim().regex(/^[0-9+()\-\s]{6,24}$/, "office.phone"),
  email: z.string().trim().toLowerCase().pipe(z.email("office.email")),
  website: z
    .string()
    .trim()
    .max(300, "office.tooLong")
    .refine((v) => v === "" || /^https?:\/\/[^\s]+\.[^\s]+$/.test(v), "office.url")
    .transform((v) => (v === "" ? null : v))
    .optional()
    .transform((v) => v ?? null),
  regionalProvinceCode: z.string().regex(/^[0-9]{2}$/, "office.province"),
  timeZone: z.enum(OFFICE_TIME_ZONES, "office.timeZone"),
  requiresDisnakerRecommendation: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  regencyCodes: z.preprocess(asList, z.array(z.string().regex(REGENCY_CODE, "office.regency")).max(100, "office.tooLong")),
  /** Regencies now held by another office that the administrator confirmed moving to this one. */
  confirmMoves: z.preprocess(asList, z.array(z.string().regex(REGENCY_CODE, "office.regency"))),
});

export type OfficeInput = z.infer<typeof officeInputSchema>;

/** A calendar day typed as YYYY-MM-DD (UTC midnight), or null when left empty. */
export const optionalDaySetting = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : v),
  z
    .string()
    .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)), "office.day")
    .refine((v) => v === "" || (v >= "2000-01-01" && v <= "2100-12-31"), "office.day")
    .transform((v) => (v === "" ? null : new Date(`${v}T00:00:00Z`)))
    .optional()
    .transform((v) => v ?? null),
);

/**
 * The office's passport-service settings: the day it issues e-passports only (SE Dirjen Imigrasi
 * IMI-263.GR.01.02/2024 moves offices in stages) and its M-Paspor quota release note, both shown on the checklist.
 */
export const officePassportSettingsSchema = z.object({
  electronicOnlySince: optionalDaySetting,
  quotaReleaseNote: z
    .string()
    .trim()
    .max(300, "office.tooLong")
    .optional()
    .transform((v) => (v ? v : null)),
});

export type OfficePassportSettingsInput = z.infer<typeof officePassportSettingsSchema>;
