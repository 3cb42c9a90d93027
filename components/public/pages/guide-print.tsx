import { publicNotFound, type PublicPage } from "@/components/public/public-page";
import { renderGuideBody } from "@/lib/guides/markdown";
import { getGuideData, getPublishedGuide } from "@/lib/guides/queries";
import { GuideSources } from "@/components/public/guide-sources";
import { Hotlines } from "@/components/public/hotlines";
import { env } from "@/lib/platform/env";
import { fill, formatDate, type Locale } from "@/lib/platform/i18n/locale";
import { publicMessages } from "@/lib/platform/i18n/messages/public";
import { localePath } from "@/lib/public/seo";

export async function guidePrintPage({
  locale,
  params: { slug },
}: {
  locale: Locale;
  params: { slug: string };
}): Promise<PublicPage> {
  const t = publicMessages(locale);
  const [guide, data] = await Promise.all([getPublishedGuide(slug, locale), getGuideData()]);
  if (!guide) publicNotFound();
  const url = `${env().APP_URL}${localePath(locale, `/panduan/${slug}`)}`;
  return {
    head: { locale, path: `/panduan/${slug}/cetak`, copyOf: `/panduan/${slug}`, title: guide.title, description: guide.summary },
    body: (
      <main id="main" className="mx-auto max-w-2xl bg-white px-6 py-6 text-black">
        <p className="no-print mb-4 text-sm">
          <a href={localePath(locale, `/panduan/${slug}`)} className="text-brand-700 underline">
            ← {guide.title}
          </a>
          {" · "}
          {t.printButtonHint}
        </p>
        <p className="text-sm font-semibold">{t.siteName}</p>
        <article>
          <h1 className="mt-1 text-2xl font-bold">{guide.title}</h1>
          <p className="mt-2">{guide.summary}</p>
          <div
            className="guide-body mt-4"
            dangerouslySetInnerHTML={{ __html: renderGuideBody(guide.body, locale, data) }}
          />
          <GuideSources locale={locale} sources={guide.sources} checkedOn={guide.checkedOn} />
        </article>
        <Hotlines locale={locale} />
        <p className="mt-6 border-t border-slate-400 pt-2 text-sm">
          {fill(t.printSource, { url })} · {fill(t.guideUpdated, { date: formatDate(locale, guide.updatedAt) })}
        </p>
      </main>
    ),
  };
}
