import type { ReactNode } from "react";

// Root layout of the benchmark's baseline pages (only in the benchmark build, see next.config.ts).
export default function BenchLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="id">
      <body>{children}</body>
    </html>
  );
}
