import { z } from "zod";

// Guide content as administrators edit it (the admin guide editor validates with this) and as the seed holds it.

export const GUIDE_CATEGORIES = ["PASSPORT", "MIGRANT_WORK", "SAFETY", "FAQ"] as const;

export const guideSlug = z
  .string()
  .trim()
  .min(3, "guide.slugTooShort")
  .max(80, "guide.slugTooLong")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "guide.slugInvalid");

export const guideInput = z.object({
  slug: guideSlug,
  locale: z.enum(["id", "en"]),
  title: z.string().trim().min(3, "guide.titleRequired").max(160, "guide.titleTooLong"),
  summary: z.string().trim().min(10, "guide.summaryRequired").max(300, "guide.summaryTooLong"),
  /** Markdown; raw HTML is shown as text. Tokens {{fees}}, {{fee:CODE}}, {{moratorium}} (lib/guides/markdown.ts). */
  body: z.string().trim().min(20, "guide.bodyRequired").max(50_000, "guide.bodyTooLong"),
  category: z.enum(GUIDE_CATEGORIES),
  sortOrder: z.coerce.number().int().min(0).max(1000).default(0),
  published: z.boolean().default(false),
});

export type GuideInput = z.infer<typeof guideInput>;

/** One guide in both languages, as the seed content defines it. */
export type GuideSource = {
  slug: string;
  category: (typeof GUIDE_CATEGORIES)[number];
  sortOrder: number;
  /** The regulations and reports the guide rests on. */
  sources: string[];
  /** The day the shipped text was last checked against them (YYYY-MM-DD). */
  checkedOn: string;
  id: { title: string; summary: string; body: string };
  en: { title: string; summary: string; body: string };
};
