import { env } from "@/lib/platform/env";
import { LOCALES, type Locale } from "@/lib/platform/i18n/locale";

/** A public page's path in a locale: localePath("en", "/panduan") → "/en/panduan". */
export function localePath(locale: Locale, path = ""): string {
  return `/${locale}${path}`;
}

/**
 * What a public page says about itself in its <head>. `path` is the page's path without the locale; the site's
 * name follows the title except where the title already names the site (the home page). `copyOf` is the path of
 * the page a printable copy prints (a guide's print view, a village's poster): search engines are pointed to
 * that page as the canonical one instead of being told not to index the copy.
 */
export type PageHead = {
  locale: Locale;
  path: string;
  title: string;
  description: string;
  noIndex?: boolean;
  namesSite?: boolean;
  copyOf?: string;
};

export type HeadTags = {
  title: string;
  description: string;
  canonical: string;
  alternates: { hrefLang: string; href: string }[];
  openGraph: { property: string; content: string }[];
  noIndex: boolean;
};

const HREFLANG: Record<Locale, string> = { id: "id-ID", en: "en-GB" };
const OG_LOCALE: Record<Locale, string> = { id: "id_ID", en: "en_GB" };

/** Title, description, canonical URL, language alternates and Open Graph tags (WhatsApp reads og:title). */
export function headTags(head: PageHead, siteName: string): HeadTags {
  const origin = env().APP_URL.replace(/\/$/, "");
  const url = (locale: Locale) => `${origin}${localePath(locale, head.copyOf ?? head.path)}`;
  return {
    title: head.namesSite ? head.title : `${head.title} · ${siteName}`,
    description: head.description,
    canonical: url(head.locale),
    alternates: LOCALES.map((l) => ({ hrefLang: HREFLANG[l], href: url(l) })),
    openGraph: [
      { property: "og:type", content: "website" },
      { property: "og:site_name", content: siteName },
      { property: "og:title", content: head.title },
      { property: "og:description", content: head.description },
      { property: "og:url", content: url(head.locale) },
      { property: "og:locale", content: OG_LOCALE[head.locale] },
    ],
    noIndex: head.noIndex ?? false,
  };
}
