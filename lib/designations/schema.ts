import { z } from "zod";
import { isDayOutOfRange, isSaneDay } from "@/lib/platform/validation/dates";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "designation.date.invalid")
  .refine((v) => !isDayOutOfRange(v), { message: "designation.date.outOfRange", abort: true })
  .refine(isSaneDay, "designation.date.invalid");

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "designation.tooLong")
    .optional()
    .transform((v) => (v ? v : null));

const ids = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean))
  .pipe(z.array(z.uuid("designation.officers.invalid")));

export const designationSchema = z.object({
    villageCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, "designation.village.required"),
    decreeNumber: z.string().trim().min(3, "designation.decreeNumber.required").max(120, "designation.tooLong"),
    decreeDate: isoDay,
    year: z.coerce.number("designation.year.invalid").int("designation.year.invalid").min(2023, "designation.year.invalid").max(2100, "designation.year.invalid"),
    officerIds: ids,
    liaisonName: optionalText(120),
    liaisonPosition: optionalText(120),
    liaisonPhone: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v.replace(/[\s-]/g, "") : null))
      .refine((v) => v === null || /^(\+62|0)\d{8,13}$/.test(v), "designation.phone.invalid"),
  });

export type DesignationInput = z.input<typeof designationSchema>;

export const deactivationSchema = z.object({
  reason: z.string().trim().min(5, "designation.reason.required").max(500, "designation.tooLong"),
});

export const villageSearchSchema = z.object({
  regency: z.string().regex(/^\d{2}\.\d{2}$/).optional().catch(undefined),
  district: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/).optional().catch(undefined),
  q: z.string().trim().max(60).optional().catch(undefined),
});

export type VillageSearch = z.input<typeof villageSearchSchema>;
