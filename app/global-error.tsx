"use client";

import { ErrorNotice, errorDigest } from "@/components/errors/error-notice";
import "./globals.css";

// Replaces a root layout that itself failed; it must bring its own document.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="id">
      <body className="min-h-dvh">
        <ErrorNotice digest={errorDigest(error)} retry={retry} homeHref="/" />
      </body>
    </html>
  );
}
