import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/offices/schema";

// Validation of the guide editor, shared by the browser and the server. Messages are keys of
// lib/i18n/messages/admin.ts.

export const GUIDE_CATEGORIES = ["PASSPORT", "MIGRANT_WORK", "SAFETY", "FAQ"] as const;
export const GUIDE_LOCALES = ["id", "en"] as const;
export const GUIDE_BODY_MAX = 40_000;

export const guideInputSchema = z.object({
  slug: z.string().trim().toLowerCase().min(1, "v.required").max(80, "v.tooLong").regex(SLUG_PATTERN, "v.slug"),
  locale: z.enum(GUIDE_LOCALES, "v.guide.locale"),
  title: z.string().trim().min(3, "v.guide.title").max(160, "v.tooLong"),
  summary: z.string().trim().min(10, "v.guide.summary").max(400, "v.tooLong"),
  body: z.string().trim().min(20, "v.guide.body").max(GUIDE_BODY_MAX, "v.tooLong"),
  category: z.enum(GUIDE_CATEGORIES, "v.guide.category"),
  sortOrder: z.coerce.number("v.sortOrder").int("v.sortOrder").min(0, "v.sortOrder").max(9999, "v.sortOrder"),
});

export type GuideInput = z.infer<typeof guideInputSchema>;

export const previewInputSchema = z.object({ body: z.string().max(GUIDE_BODY_MAX, "v.tooLong") });
