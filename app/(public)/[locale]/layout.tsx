import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { isLocale, LOCALES } from "@/lib/i18n/locale";
import { publicMessages } from "@/lib/i18n/messages/public";
import { commonMessages } from "@/lib/i18n/messages/common";
import { env } from "@/lib/env";
import "../../globals.css";
import "./public.css";

// Root layout of the public portal: the language comes from the URL (/id, /en), so every page can be
// generated statically and shared with its language. Parameters stay open (no `dynamicParams = false`):
// that setting would also close the child segments, and guides or villages added after the build would 404.

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = publicMessages(isLocale(locale) ? locale : "id");
  return {
    metadataBase: new URL(env().APP_URL),
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.homeDescription,
    applicationName: t.siteName,
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#083f7d" };

export default async function PublicRootLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = commonMessages(locale);
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 focus:text-brand-800"
        >
          {t.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
