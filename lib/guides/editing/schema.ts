import { z } from "zod";
import { GUIDE_CATEGORIES, guideInput } from "@/lib/guides/schema";

// The editor's input: the public guides' own rules for slug, title, summary and body (lib/guides/schema.ts),
// with message keys for the fields the editor chooses from a list. Publishing is a separate command.

export { GUIDE_CATEGORIES };
export const GUIDE_LOCALES = ["id", "en"] as const;

export const guideInputSchema = guideInput.omit({ published: true, locale: true, category: true, sortOrder: true }).extend({
  locale: z.enum(GUIDE_LOCALES, "guide.locale"),
  category: z.enum(GUIDE_CATEGORIES, "guide.category"),
  sortOrder: z.coerce.number("guide.sortOrder").int("guide.sortOrder").min(0, "guide.sortOrder").max(1000, "guide.sortOrder"),
});

export type GuideInput = z.infer<typeof guideInputSchema>;

export const previewInputSchema = z.object({
  body: z.string().max(50_000, "guide.bodyTooLong"),
  locale: z.enum(GUIDE_LOCALES, "guide.locale"),
});
