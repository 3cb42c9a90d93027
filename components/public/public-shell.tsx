import type { ReactNode } from "react";
import type { Locale } from "@/lib/platform/i18n/locale";
import { publicMessages } from "@/lib/platform/i18n/messages/public";
import { localePath } from "@/lib/public/seo";

type Section = "home" | "guides" | "checklist" | "directory" | "calendar" | null;

/**
 * Header, navigation and footer of every public page. `path` is the page's path without the locale, so the
 * language switch lands on the same page in the other language (no client JavaScript needed).
 */
export function PublicShell({
  locale,
  path,
  section,
  children,
}: {
  locale: Locale;
  path: string;
  section: Section;
  children: ReactNode;
}) {
  const t = publicMessages(locale);
  const other: Locale = locale === "id" ? "en" : "id";
  const nav: { key: Exclude<Section, null>; href: string; label: string }[] = [
    { key: "home", href: localePath(locale), label: t.navHome },
    { key: "guides", href: localePath(locale, "/panduan"), label: t.navGuides },
    { key: "checklist", href: localePath(locale, "/cek-dokumen"), label: t.navChecklist },
    { key: "directory", href: localePath(locale, "/desa-binaan"), label: t.navDirectory },
    { key: "calendar", href: localePath(locale, "/kalender"), label: t.navCalendar },
  ];
  return (
    <>
      <header className="no-print border-b border-brand-800 bg-brand-700 text-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <a href={localePath(locale)} className="font-bold leading-tight text-white no-underline">
            {t.siteName}
            <span className="block text-sm font-normal text-brand-100">{t.siteTagline}</span>
          </a>
          <a
            href={localePath(other, path)}
            hrefLang={other}
            lang={other}
            className="rounded border border-white px-2 py-1 text-sm font-semibold text-white underline-offset-2 hover:underline"
          >
            {t.switchLanguage}
          </a>
        </div>
        <nav aria-label={t.navLabel} className="bg-brand-800">
          <ul className="mx-auto flex max-w-3xl gap-1 overflow-x-auto px-2 text-sm">
            {nav.map((item) => (
              <li key={item.key}>
                <a
                  href={item.href}
                  aria-current={section === item.key ? "page" : undefined}
                  className="block whitespace-nowrap px-3 py-3 text-white underline-offset-4 hover:underline aria-[current=page]:font-bold aria-[current=page]:underline"
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 py-6">
        {children}
      </main>
      <footer className="no-print mt-8 border-t border-slate-300 bg-white">
        <div className="mx-auto max-w-3xl space-y-2 px-4 py-6 text-sm text-slate-700">
          <p>{t.footerNoFees}</p>
          <p>{t.footerAbout}</p>
          <p className="flex flex-wrap gap-4">
            <a href={localePath(locale, "/privasi")} className="text-brand-700 underline">
              {t.footerPrivacy}
            </a>
            <a href="/masuk" className="text-brand-700 underline">
              {t.footerSignIn}
            </a>
          </p>
        </div>
      </footer>
    </>
  );
}
