import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { renderGuideBody } from "@/lib/guides/markdown";
import { getGuideData, getPublishedGuide } from "@/lib/guides/queries";
import { env } from "@/lib/env";
import { fill, formatDate, isLocale, type Locale } from "@/lib/i18n/locale";
import { publicMessages } from "@/lib/i18n/messages/public";
import { localePath, pageMetadata } from "@/lib/public/seo";

export const revalidate = 3600;

// None at build time: each one is rendered on its first request, then cached like the page it prints.
export function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ locale: string; slug: string }> };
const localeOf = (value: string): Locale => (isLocale(value) ? value : "id");

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale: raw, slug } = await params;
  const locale = localeOf(raw);
  const guide = await getPublishedGuide(slug, locale);
  if (!guide) return {};
  return {
    ...pageMetadata({ locale, path: `/panduan/${slug}`, title: guide.title, description: guide.summary }),
    robots: { index: false },
  };
}

/** The print-friendly guide: no navigation, black on white, link targets printed after each link. */
export default async function GuidePrintPage({ params }: Params) {
  const { locale: raw, slug } = await params;
  const locale = localeOf(raw);
  const t = publicMessages(locale);
  const [guide, data] = await Promise.all([getPublishedGuide(slug, locale), getGuideData()]);
  if (!guide) notFound();
  const url = `${env().APP_URL}${localePath(locale, `/panduan/${slug}`)}`;
  return (
    <main id="main" className="mx-auto max-w-2xl bg-white px-6 py-6 text-black">
      <p className="no-print mb-4 text-sm">
        <Link href={localePath(locale, `/panduan/${slug}`)} className="text-brand-700 underline">
          ← {guide.title}
        </Link>
        {" · "}
        {t.printButtonHint}
      </p>
      <p className="text-sm font-semibold">{t.siteName}</p>
      <article>
        <h1 className="mt-1 text-2xl font-bold">{guide.title}</h1>
        <p className="mt-2">{guide.summary}</p>
        <div className="guide-body mt-4" dangerouslySetInnerHTML={{ __html: renderGuideBody(guide.body, locale, data) }} />
      </article>
      <p className="mt-6 border-t border-slate-400 pt-2 text-sm">
        {fill(t.printSource, { url })} · {fill(t.guideUpdated, { date: formatDate(locale, guide.updatedAt) })}
      </p>
    </main>
  );
}
