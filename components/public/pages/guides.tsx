import type { PublicPage } from "@/components/public/public-page";
import { PublicShell } from "@/components/public/public-shell";
import { listPublishedGuides } from "@/lib/guides/queries";
import type { Locale } from "@/lib/platform/i18n/locale";
import { publicMessages } from "@/lib/platform/i18n/messages/public";
import { localePath } from "@/lib/public/seo";

export async function guidesPage({ locale }: { locale: Locale }): Promise<PublicPage> {
  const t = publicMessages(locale);
  const guides = await listPublishedGuides(locale);
  return {
    head: { locale, path: "/panduan", title: t.guidesTitle, description: t.guidesDescription },
    body: (
      <PublicShell locale={locale} path="/panduan" section="guides">
        <h1 className="text-2xl font-bold text-brand-800">{t.guidesTitle}</h1>
        <p className="mt-2 text-slate-700">{t.guidesDescription}</p>
        {guides.length === 0 ? (
          <p className="mt-6">{t.guidesEmpty}</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {guides.map((guide) => (
              <li key={guide.slug} className="rounded-lg border border-slate-300 bg-white p-4">
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
                  {t[`guideCategory_${guide.category}` as keyof typeof t]}
                </p>
                <h2 className="mt-1 text-lg font-semibold">
                  <a href={localePath(locale, `/panduan/${guide.slug}`)} className="text-brand-700 underline">
                    {guide.title}
                  </a>
                </h2>
                <p className="mt-1 text-slate-700">{guide.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </PublicShell>
    ),
  };
}
