import Link from "next/link";
import type { ReactNode } from "react";
import { setLanguageAction } from "@/lib/platform/i18n/actions";
import { signOutAction } from "@/lib/platform/auth/actions";
import type { Actor } from "@/lib/platform/auth/policy";
import type { Locale } from "@/lib/platform/i18n/locale";
import { commonMessages } from "@/lib/platform/i18n/messages/common";

export type NavItem = { href: string; label: string };

/** The frame of every signed-in workspace: who is signed in, the role's navigation, language and sign-out. */
export function WorkspaceShell({
  actor,
  locale,
  title,
  nav,
  children,
}: {
  actor: Actor;
  locale: Locale;
  title: string;
  nav: NavItem[];
  children: ReactNode;
}) {
  const t = commonMessages(locale);
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="no-print bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <div>
            <p className="text-xs uppercase tracking-wide text-brand-100">{t.appName}</p>
            <p className="text-lg font-semibold">{title}</p>
          </div>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="max-w-48 truncate" title={actor.email}>
              {actor.name}
            </span>
            <form action={setLanguageAction}>
              <input type="hidden" name="locale" value={locale === "id" ? "en" : "id"} />
              <button type="submit" className="min-h-11 rounded px-2 underline" lang={locale === "id" ? "en" : "id"}>
                {locale === "id" ? "English" : "Bahasa Indonesia"}
              </button>
            </form>
            <form action={signOutAction}>
              <button type="submit" className="min-h-11 rounded bg-white/10 px-3 font-semibold hover:bg-white/20">
                {t.signOut}
              </button>
            </form>
          </div>
        </div>
        <nav aria-label={title} className="bg-brand-700">
          <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-flex min-h-11 items-center whitespace-nowrap px-3 text-sm font-medium hover:bg-white/10">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
