import { z } from "zod";
import { isDayOutOfRange, isSaneDay } from "@/lib/platform/validation/dates";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date.invalid")
  .refine((v) => !isDayOutOfRange(v), { message: "date.outOfRange", abort: true })
  .refine(isSaneDay, "date.invalid");

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((v) => (v ? v : null));

const ids = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean))
  .pipe(z.array(z.uuid("officers.invalid")));

export const designationSchema = z.object({
    villageCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, "village.required"),
    decreeNumber: z.string().trim().min(3, "decreeNumber.required").max(120, "tooLong"),
    decreeDate: isoDay,
    year: z.coerce.number("year.invalid").int("year.invalid").min(2023, "year.invalid").max(2100, "year.invalid"),
    officerIds: ids,
    liaisonName: optionalText(120),
    liaisonPosition: optionalText(120),
    liaisonPhone: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v.replace(/[\s-]/g, "") : null))
      .refine((v) => v === null || /^(\+62|0)\d{8,13}$/.test(v), "phone.invalid"),
  });

export type DesignationInput = z.input<typeof designationSchema>;

export const deactivationSchema = z.object({
  reason: z.string().trim().min(5, "reason.required").max(500, "tooLong"),
});

export const villageSearchSchema = z.object({
  regency: z.string().regex(/^\d{2}\.\d{2}$/).optional().catch(undefined),
  district: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/).optional().catch(undefined),
  q: z.string().trim().max(60).optional().catch(undefined),
});

export type VillageSearch = z.input<typeof villageSearchSchema>;
