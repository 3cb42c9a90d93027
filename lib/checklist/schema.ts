import { z } from "zod";

// The "Which documents do I need?" questionnaire, read from the query string so an answer is a shareable URL.

export const PURPOSES = ["TOURISM", "UMRAH_HAJJ", "STUDY", "WORK"] as const;
/** REPLACEMENT: the old passport expired or is full. LOST and DAMAGED are walk-in cases, not M-Paspor. */
export const APPLICATIONS = ["FIRST", "REPLACEMENT", "LOST", "DAMAGED"] as const;
/** Marriage matters only under 17: a married applicant is treated as an adult (e-KTP, 10-year passport). */
export const MARRIED = ["YES", "NO"] as const;
export const PASSPORT_TYPES = ["ORDINARY", "ELECTRONIC"] as const;

export type Purpose = (typeof PURPOSES)[number];
export type Application = (typeof APPLICATIONS)[number];
export type PassportType = (typeof PASSPORT_TYPES)[number];

export const checklistInput = z.object({
  purpose: z.enum(PURPOSES, { error: "purposeRequired" }),
  application: z.enum(APPLICATIONS, { error: "applicationRequired" }),
  age: z.coerce.number({ error: "ageInvalid" }).int("ageInvalid").min(0, "ageInvalid").max(120, "ageInvalid"),
  type: z.enum(PASSPORT_TYPES, { error: "typeRequired" }),
  married: z.enum(MARRIED, { error: "marriedInvalid" }).optional(),
  /** Optional: the office the applicant will visit, for its Disnaker-recommendation rule. */
  office: z.string().max(100).optional(),
});

export type ChecklistInput = z.infer<typeof checklistInput>;

/** Query-string values as Next passes them (string, array or absent). */
export type RawQuery = Record<string, string | string[] | undefined>;

export function firstValue(value: string | string[] | undefined): string | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  return one === "" ? undefined : one;
}
