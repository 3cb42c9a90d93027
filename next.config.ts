import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";

// The benchmark build (npm run bench) adds minimal baseline pages, named *.bench.tsx, and builds into its own
// folder so it never replaces the normal build.
const benchBuild = process.env.BENCH_BASELINES === "1";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  distDir: benchBuild ? ".next-bench" : ".next",
  pageExtensions: benchBuild ? ["tsx", "ts", "bench.tsx"] : ["tsx", "ts"],
  reactStrictMode: true,
  // A self-contained server in .next/standalone (decision 021; scripts/standalone-check.ts starts it in CI).
  output: "standalone",
  // Pages and the data cache in Redis when REDIS_URL is set at run time, shared by every instance; Next's own
  // cache otherwise (decision 018). Resolved from the project root, where next build and next start run.
  cacheHandler: path.resolve("lib/platform/cache/redis-cache-handler.mjs"),
  // Packages with native or WebAssembly parts stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "exceljs"],
  typedRoutes: false,
  // The public portal lives under /id and /en; Bahasa Indonesia is the default.
  async redirects() {
    return [{ source: "/", destination: "/id", permanent: false }];
  },
};

// The public pages' stylesheet is compiled before the build and on the dev server (then again on every edit),
// never by the production server, which therefore needs neither Tailwind nor components/ (decision 021).
export default async function config(phase: string): Promise<NextConfig> {
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) {
    const stylesheet = await import("./scripts/build-public-stylesheet.mjs");
    await stylesheet.buildPublicStylesheet();
    if (phase === PHASE_DEVELOPMENT_SERVER) await stylesheet.watchPublicStylesheet();
  }
  return nextConfig;
}
