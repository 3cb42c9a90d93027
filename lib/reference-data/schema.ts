import { z } from "zod";
import { JobSector } from "@/lib/platform/db/generated/enums";

// Validation of the data the public guides use: passport fees and moratorium countries.

export const feeInputSchema = z.object({
  code: z.string().trim().toUpperCase().regex(/^[A-Z0-9_]{2,40}$/, "reference.fee.code"),
  labelId: z.string().trim().min(3, "reference.fee.label").max(160, "reference.tooLong"),
  labelEn: z.string().trim().min(3, "reference.fee.label").max(160, "reference.tooLong"),
  amount: z.coerce.number("reference.fee.amount").int("reference.fee.amount").min(0, "reference.fee.amount").max(100_000_000, "reference.fee.amount"),
  sortOrder: z.coerce.number("reference.sortOrder").int("reference.sortOrder").min(0, "reference.sortOrder").max(9999, "reference.sortOrder"),
});
export type FeeInput = z.infer<typeof feeInputSchema>;

export const moratoriumInputSchema = z.object({
  countryCode: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "reference.country"),
  note: z
    .string()
    .trim()
    .max(300, "reference.tooLong")
    .optional()
    .transform((v) => (v ? v : null)),
});
export type MoratoriumInput = z.infer<typeof moratoriumInputSchema>;

/** Kepmenaker 260/2015 applies from 1 July 2015; a country added later has its own date. */
export const moratoriumDateSchema = z.object({
  countryCode: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "reference.country"),
  inForceSince: z
    .string({ error: "reference.day" })
    .trim()
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "reference.day")
    .refine((v) => v >= "2000-01-01" && v <= "2100-12-31", "reference.day")
    .transform((v) => new Date(`${v}T00:00:00Z`)),
});

/** Perban BP2MI 9/2020: a job whose placement costs the worker may not be charged. */
export const zeroCostJobSchema = z.object({
  jobSector: z.enum(JobSector, { error: "reference.zeroCostJob.job" }),
});
