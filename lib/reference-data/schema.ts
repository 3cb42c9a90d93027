import { z } from "zod";
import { JobSector } from "@/lib/platform/db/generated/enums";

// Validation of the data the public guides use: passport fees and moratorium countries.

export const feeInputSchema = z.object({
  code: z.string().trim().toUpperCase().regex(/^[A-Z0-9_]{2,40}$/, "v.fee.code"),
  labelId: z.string().trim().min(3, "v.fee.label").max(160, "v.tooLong"),
  labelEn: z.string().trim().min(3, "v.fee.label").max(160, "v.tooLong"),
  amount: z.coerce.number("v.fee.amount").int("v.fee.amount").min(0, "v.fee.amount").max(100_000_000, "v.fee.amount"),
  sortOrder: z.coerce.number("v.sortOrder").int("v.sortOrder").min(0, "v.sortOrder").max(9999, "v.sortOrder"),
});
export type FeeInput = z.infer<typeof feeInputSchema>;

export const moratoriumInputSchema = z.object({
  countryCode: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "v.country"),
  note: z
    .string()
    .trim()
    .max(300, "v.tooLong")
    .optional()
    .transform((v) => (v ? v : null)),
});
export type MoratoriumInput = z.infer<typeof moratoriumInputSchema>;

/** Kepmenaker 260/2015 applies from 1 July 2015; a country added later has its own date. */
export const moratoriumDateSchema = z.object({
  countryCode: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "v.country"),
  inForceSince: z
    .string({ error: "v.day" })
    .trim()
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "v.day")
    .refine((v) => v >= "2000-01-01" && v <= "2100-12-31", "v.day")
    .transform((v) => new Date(`${v}T00:00:00Z`)),
});

/** Perban BP2MI 9/2020: a job whose placement costs the worker may not be charged. */
export const zeroCostJobSchema = z.object({
  jobSector: z.enum(JobSector, { error: "v.zeroCostJob.job" }),
});
