import type { ReactNode } from "react";
import { setLanguageAction } from "@/lib/platform/i18n/actions";
import type { Locale } from "@/lib/platform/i18n/locale";
import { commonMessages } from "@/lib/platform/i18n/messages/common";

/** The frame of the signed-out pages (/masuk and its steps). */
export function AuthCard({ locale, title, intro, children }: { locale: Locale; title: string; intro?: string; children: ReactNode }) {
  const t = commonMessages(locale);
  return (
    <main id="main" className="mx-auto flex min-h-dvh w-full max-w-md flex-col justify-center px-4 py-8">
      <div className="mb-4 flex items-center justify-between gap-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t.appName}</p>
        <form action={setLanguageAction}>
          <input type="hidden" name="locale" value={locale === "id" ? "en" : "id"} />
          <button type="submit" className="min-h-11 px-2 text-sm text-brand-700 underline" lang={locale === "id" ? "en" : "id"}>
            {locale === "id" ? "English" : "Bahasa Indonesia"}
          </button>
        </form>
      </div>
      <div className="rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
        {intro ? <p className="mt-1 mb-4 text-sm text-slate-700">{intro}</p> : null}
        {children}
      </div>
    </main>
  );
}
