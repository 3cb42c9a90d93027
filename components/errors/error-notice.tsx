"use client";

import { useSyncExternalStore } from "react";
import { buttonClass } from "@/components/ui/button";
import { isLocale, type Locale } from "@/lib/platform/i18n/locale";
import { commonMessages } from "@/lib/platform/i18n/messages/common";

// The friendly page shown when a request fails (database restarting, pool saturated, a bug): no technical
// detail, a promise that nothing was half-saved (writes run in transactions), and a way to try again.

function subscribe() {
  return () => {};
}

function documentLocale(): Locale {
  const lang = document.documentElement.lang;
  return isLocale(lang) ? lang : "id";
}

export function ErrorNotice({ digest, retry, homeHref }: { digest?: string; retry: () => void; homeHref: string }) {
  // The server snapshot is Indonesian; the browser then switches to the page's own language.
  const locale = useSyncExternalStore(subscribe, documentLocale, () => "id" as Locale);
  const t = commonMessages(locale);
  return (
    <main id="main" className="mx-auto max-w-xl p-6">
      <div role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
        <h1 className="text-lg font-semibold">{t.errorTitle}</h1>
        <p className="mt-2 text-sm">{t.errorBody}</p>
        {digest ? <p className="mt-2 text-xs text-red-800">Ref: {digest}</p> : null}
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" className={buttonClass("primary")} onClick={() => retry()}>
          {t.tryAgain}
        </button>
        <a href={homeHref} className={buttonClass("secondary")}>
          {t.backHome}
        </a>
      </div>
    </main>
  );
}

export function errorDigest(error: unknown): string | undefined {
  return error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
}
