import type { Metadata } from "next";
import { env } from "@/lib/env";
import { LOCALES, type Locale } from "@/lib/i18n/locale";
import { publicMessages } from "@/lib/i18n/messages/public";

/** A public page's path in a locale: localePath("en", "/panduan") → "/en/panduan". */
export function localePath(locale: Locale, path = ""): string {
  return `/${locale}${path}`;
}

/** Title, description, language alternates and Open Graph tags (WhatsApp reads og:title/description). */
export function pageMetadata(options: { locale: Locale; path: string; title: string; description: string }): Metadata {
  const { locale, path, title, description } = options;
  const t = publicMessages(locale);
  const languages = Object.fromEntries(LOCALES.map((l) => [l === "id" ? "id-ID" : "en-GB", localePath(l, path)]));
  return {
    metadataBase: new URL(env().APP_URL),
    title,
    description,
    alternates: { canonical: localePath(locale, path), languages },
    openGraph: {
      type: "website",
      siteName: t.siteName,
      title,
      description,
      url: localePath(locale, path),
      locale: locale === "id" ? "id_ID" : "en_GB",
    },
    twitter: { card: "summary", title, description },
  };
}
