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

/**
 * The guide's sources (one per line) and the day an editor checked it against them. `today` is the latest
 * calendar day in Indonesia: a check cannot be dated in the future.
 */
export function guideCheckSchema(today: Date) {
  const todayText = today.toISOString().slice(0, 10);
  return z.object({
    sources: z
      .string()
      .max(2000, "guide.tooLong")
      .transform((v) =>
        v
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean)
          .join("\n"),
      )
      .pipe(z.string().min(3, "guide.sources")),
    checkedOn: z
      .string({ error: "guide.day" })
      .trim()
      .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v) && v >= "2000-01-01", "guide.day")
      .refine((v) => v <= todayText, "guide.checkedFuture")
      .transform((v) => new Date(`${v}T00:00:00Z`)),
  });
}
