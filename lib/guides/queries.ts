import "server-only";
import { db } from "@/lib/platform/db/client";
import type { Locale } from "@/lib/platform/i18n/locale";
import type { GuideData } from "./markdown";

// Reads for the public guides. Only published guides ever leave here.

export type GuideSummary = { slug: string; title: string; summary: string; category: string };

export async function listPublishedGuides(locale: Locale): Promise<GuideSummary[]> {
  return db.guide.findMany({
    where: { locale, published: true },
    orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
    select: { slug: true, title: true, summary: true, category: true },
  });
}

export async function getPublishedGuide(slug: string, locale: Locale) {
  return db.guide.findFirst({
    where: { slug, locale, published: true },
    select: { slug: true, title: true, summary: true, body: true, category: true, updatedAt: true, sources: true, checkedOn: true },
  });
}

/** Whether the other language has the guide too (for the language switch). */
export async function guideLocales(slug: string): Promise<Locale[]> {
  const rows = await db.guide.findMany({ where: { slug, published: true }, select: { locale: true } });
  return rows.map((r) => r.locale);
}

/** The figures guides and the checklist show: fees (PP 45/2024) and moratorium countries. */
export async function getGuideData(): Promise<GuideData> {
  const [fees, moratorium] = await Promise.all([
    db.passportFee.findMany({
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { code: true, labelId: true, labelEn: true, amount: true },
    }),
    db.moratoriumCountry.findMany({ select: { countryCode: true }, orderBy: { countryCode: "asc" } }),
  ]);
  return { fees, moratorium: moratorium.map((m) => m.countryCode) };
}
