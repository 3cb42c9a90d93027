import type { ReactNode } from "react";
import type { Locale } from "@/lib/platform/i18n/locale";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { publicMessages } from "@/lib/platform/i18n/messages/public";
import { headTags, type PageHead } from "@/lib/public/seo";

/**
 * The whole HTML document of a public page: language, metadata for search engines and link previews, the
 * inlined stylesheet and the skip link. There is no script: the pages work by links and plain forms.
 */
export function PublicDocument({
  head,
  stylesheet,
  children,
}: {
  head: PageHead;
  stylesheet: string;
  children: ReactNode;
}) {
  const locale: Locale = head.locale;
  const t = publicMessages(locale);
  const tags = headTags(head, t.siteName);
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#083f7d" />
        <title>{tags.title}</title>
        <meta name="description" content={tags.description} />
        <meta name="application-name" content={t.siteName} />
        {tags.noIndex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={tags.canonical} />
        {tags.alternates.map((a) => (
          <link key={a.hrefLang} rel="alternate" hrefLang={a.hrefLang} href={a.href} />
        ))}
        {tags.openGraph.map((og) => (
          <meta key={og.property} property={og.property} content={og.content} />
        ))}
        <meta name="twitter:card" content="summary" />
        <link rel="icon" href="/favicon.ico" sizes="48x48" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <link rel="apple-touch-icon" href="/apple-touch-icon.png" />
        <link rel="manifest" href="/manifest.webmanifest" />
        {/* Our own compiled Tailwind output (scripts/build-public-stylesheet.mjs), not user input. */}
        <style dangerouslySetInnerHTML={{ __html: stylesheet }} />
      </head>
      <body className="min-h-dvh">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 focus:text-brand-800"
        >
          {commonMessages(locale).skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
