import { publicMessages } from "@/lib/platform/i18n/messages/public";
import type { Locale } from "@/lib/platform/i18n/locale";
import type { PublicPage } from "@/components/public/public-page";

/**
 * A public page that does not exist, or could not be loaded. The address may not name a language (/xx), so it
 * speaks both, the page's language first.
 */
function BothLanguages({ locale, kind }: { locale: Locale; kind: "notFound" | "unavailable" }) {
  const order: Locale[] = locale === "en" ? ["en", "id"] : ["id", "en"];
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      {order.map((l, index) => {
        const t = publicMessages(l);
        const Heading = index === 0 ? "h1" : "h2";
        return (
          <div
            key={l}
            lang={index === 0 ? undefined : l}
            className={index === 0 ? undefined : "mt-8 border-t border-slate-300 pt-6"}
          >
            <Heading className={`${index === 0 ? "text-2xl" : "text-xl"} font-bold text-brand-800`}>
              {kind === "notFound" ? t.notFoundTitle : t.unavailableTitle}
            </Heading>
            <p className="mt-2">{kind === "notFound" ? t.notFoundBody : t.unavailableBody}</p>
            <p className="mt-2">
              <a href={`/${l}`} className="text-brand-700 underline">
                {t.notFoundHome}
              </a>
            </p>
          </div>
        );
      })}
    </main>
  );
}

export function notFoundPage(locale: Locale): PublicPage {
  const t = publicMessages(locale);
  return {
    head: { locale, path: "", title: t.notFoundTitle, description: t.notFoundBody, noIndex: true },
    body: <BothLanguages locale={locale} kind="notFound" />,
    status: 404,
  };
}

export function unavailablePage(locale: Locale): PublicPage {
  const t = publicMessages(locale);
  return {
    head: { locale, path: "", title: t.unavailableTitle, description: t.unavailableBody, noIndex: true },
    body: <BothLanguages locale={locale} kind="unavailable" />,
    status: 503,
  };
}
