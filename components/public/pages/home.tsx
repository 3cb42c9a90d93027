import type { PublicPage } from "@/components/public/public-page";
import { PublicShell } from "@/components/public/public-shell";
import type { Locale } from "@/lib/platform/i18n/locale";
import { publicMessages } from "@/lib/platform/i18n/messages/public";
import { localePath } from "@/lib/public/seo";

export async function homePage({ locale }: { locale: Locale }): Promise<PublicPage> {
  const t = publicMessages(locale);
  const paths = [
    { href: localePath(locale, "/panduan"), title: t.homePathGuides, body: t.homePathGuidesBody },
    { href: localePath(locale, "/cek-dokumen"), title: t.homePathChecklist, body: t.homePathChecklistBody },
    { href: localePath(locale, "/desa-binaan"), title: t.homePathDirectory, body: t.homePathDirectoryBody },
    { href: localePath(locale, "/kalender"), title: t.homePathCalendar, body: t.homePathCalendarBody },
  ];
  return {
    head: { locale, path: "", title: t.homeTitle, description: t.homeDescription, namesSite: true },
    body: (
      <PublicShell locale={locale} path="" section="home">
        <h1 className="text-2xl font-bold text-brand-800">{t.homeTitle}</h1>
        <p className="mt-3 text-lg leading-relaxed">{t.homeLead}</p>

        <section aria-labelledby="paths" className="mt-6">
          <h2 id="paths" className="text-xl font-bold">
            {t.homePathsTitle}
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {paths.map((p) => (
              <li key={p.href}>
                <a
                  href={p.href}
                  className="block h-full rounded-lg border border-slate-300 bg-white p-4 shadow-sm hover:border-brand-600"
                >
                  <span className="block font-semibold text-brand-700 underline">{p.title}</span>
                  <span className="mt-1 block text-sm text-slate-700">{p.body}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>

        <aside
          aria-labelledby="careful"
          className="mt-6 rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950"
        >
          <h2 id="careful" className="font-bold">
            {t.homeWarningTitle}
          </h2>
          <p className="mt-1">{t.homeWarning}</p>
        </aside>

        <section aria-labelledby="why" className="mt-6">
          <h2 id="why" className="text-xl font-bold">
            {t.homeWhyTitle}
          </h2>
          <ul className="mt-2 list-disc space-y-2 pl-6">
            <li>{t.homeWhy1}</li>
            <li>{t.homeWhy2}</li>
            <li>{t.homeWhy3}</li>
          </ul>
        </section>

        <section aria-labelledby="basis" className="mt-6">
          <h2 id="basis" className="text-xl font-bold">
            {t.homeBasisTitle}
          </h2>
          <p className="mt-2">{t.homeBasis}</p>
        </section>
      </PublicShell>
    ),
  };
}
