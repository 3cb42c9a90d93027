import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import "../globals.css";

export const metadata: Metadata = {
  title: { default: "Desa Binaan Imigrasi", template: "%s · Desa Binaan Imigrasi" },
  robots: { index: false, follow: false },
  // The portal's icons and web manifest (public/, drawn by scripts/make-icons.ts).
  icons: { icon: [{ url: "/favicon.ico", sizes: "48x48" }, { url: "/icon.svg", type: "image/svg+xml" }], apple: "/apple-touch-icon.png" },
  manifest: "/manifest.webmanifest",
};

// Root layout of the signed-in workspaces and the login pages; the language follows the `lang` cookie.
export default async function AppRootLayout({ children }: { children: ReactNode }) {
  const locale = await getRequestLocale();
  const t = commonMessages(locale);
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          {t.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
