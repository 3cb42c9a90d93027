import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicShell } from "@/components/public/public-shell";
import { renderGuideBody } from "@/lib/guides/markdown";
import { getGuideData, getPublishedGuide, publishedGuideSlugs } from "@/lib/guides/queries";
import { formatDate, isLocale, type Locale } from "@/lib/i18n/locale";
import { fill } from "@/lib/i18n/locale";
import { publicMessages } from "@/lib/i18n/messages/public";
import { localePath, pageMetadata } from "@/lib/public/seo";

export const revalidate = 3600;
// Guides published after the build render on first request and are then cached.
export const dynamicParams = true;

type Params = { params: Promise<{ locale: string; slug: string }> };
const localeOf = (value: string): Locale => (isLocale(value) ? value : "id");

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const slugs = await publishedGuideSlugs(localeOf(params.locale));
  return slugs.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale: raw, slug } = await params;
  const locale = localeOf(raw);
  const guide = await getPublishedGuide(slug, locale);
  if (!guide) return {};
  return pageMetadata({ locale, path: `/panduan/${slug}`, title: guide.title, description: guide.summary });
}

export default async function GuidePage({ params }: Params) {
  const { locale: raw, slug } = await params;
  const locale = localeOf(raw);
  const t = publicMessages(locale);
  const [guide, data] = await Promise.all([getPublishedGuide(slug, locale), getGuideData()]);
  if (!guide) notFound();
  const html = renderGuideBody(guide.body, locale, data);
  return (
    <PublicShell locale={locale} path={`/panduan/${slug}`} section="guides">
      <p className="no-print text-sm">
        <Link href={localePath(locale, "/panduan")} className="text-brand-700 underline">
          ← {t.guideBack}
        </Link>
      </p>
      <article className="mt-3">
        <h1 className="text-2xl font-bold text-brand-800">{guide.title}</h1>
        <p className="mt-2 text-lg text-slate-700">{guide.summary}</p>
        <p className="mt-2 text-sm text-slate-600">
          {fill(t.guideUpdated, { date: formatDate(locale, guide.updatedAt) })}
          {" · "}
          <Link href={localePath(locale, `/panduan/${slug}/cetak`)} className="text-brand-700 underline" prefetch={false}>
            {t.guidePrint}
          </Link>
        </p>
        {/* Safe: renderGuideBody escapes raw HTML and drops unsafe link targets. */}
        <div className="guide-body mt-4" dangerouslySetInnerHTML={{ __html: html }} />
      </article>
    </PublicShell>
  );
}
