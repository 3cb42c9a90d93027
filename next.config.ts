import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Packages with native or WebAssembly parts stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "exceljs"],
  typedRoutes: false,
  // The public portal lives under /id and /en; Bahasa Indonesia is the default.
  async redirects() {
    return [{ source: "/", destination: "/id", permanent: false }];
  },
};

export default nextConfig;
