import { publicNotFound, type PublicPage } from "@/components/public/public-page";
import { PublicShell } from "@/components/public/public-shell";
import { renderGuideBody } from "@/lib/guides/markdown";
import { getGuideData, getPublishedGuide } from "@/lib/guides/queries";
import { formatDate, type Locale } from "@/lib/platform/i18n/locale";
import { fill } from "@/lib/platform/i18n/locale";
import { publicMessages } from "@/lib/platform/i18n/messages/public";
import { localePath } from "@/lib/public/seo";
import { GuideSources } from "@/components/public/guide-sources";
import { Hotlines } from "@/components/public/hotlines";

export async function guidePage({
  locale,
  params: { slug },
}: {
  locale: Locale;
  params: { slug: string };
}): Promise<PublicPage> {
  const t = publicMessages(locale);
  const [guide, data] = await Promise.all([getPublishedGuide(slug, locale), getGuideData()]);
  if (!guide) publicNotFound();
  const html = renderGuideBody(guide.body, locale, data);
  return {
    head: { locale, path: `/panduan/${slug}`, title: guide.title, description: guide.summary },
    body: (
      <PublicShell locale={locale} path={`/panduan/${slug}`} section="guides">
        <p className="no-print text-sm">
          <a href={localePath(locale, "/panduan")} className="text-brand-700 underline">
            ← {t.guideBack}
          </a>
        </p>
        <article className="mt-3">
          <h1 className="text-2xl font-bold text-brand-800">{guide.title}</h1>
          <p className="mt-2 text-lg text-slate-700">{guide.summary}</p>
          <p className="mt-2 text-sm text-slate-600">
            {fill(t.guideUpdated, { date: formatDate(locale, guide.updatedAt) })}
            {" · "}
            <a href={localePath(locale, `/panduan/${slug}/cetak`)} className="text-brand-700 underline">
              {t.guidePrint}
            </a>
          </p>
          {/* Safe: renderGuideBody escapes raw HTML and drops unsafe link targets. */}
          <div className="guide-body mt-4" dangerouslySetInnerHTML={{ __html: html }} />
          <GuideSources locale={locale} sources={guide.sources} checkedOn={guide.checkedOn} />
        </article>
        <Hotlines locale={locale} />
      </PublicShell>
    ),
  };
}
