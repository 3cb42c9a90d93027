import path from "node:path";
import type { NextConfig } from "next";

// The benchmark build (npm run bench) adds minimal baseline pages, named *.bench.tsx, and builds into its own
// folder so it never replaces the normal build.
const benchBuild = process.env.BENCH_BASELINES === "1";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  distDir: benchBuild ? ".next-bench" : ".next",
  pageExtensions: benchBuild ? ["tsx", "ts", "bench.tsx"] : ["tsx", "ts"],
  reactStrictMode: true,
  // Pages and the data cache in Redis when REDIS_URL is set at run time, shared by every instance; Next's own
  // cache otherwise (decision 018). Resolved from the project root, where next build and next start run.
  cacheHandler: path.resolve("lib/platform/cache/redis-cache-handler.mjs"),
  // Packages with native or WebAssembly parts stay outside the server bundle.
  // Tailwind's compiler (lightningcss, oxide) compiles the public pages' inline stylesheet at run time.
  serverExternalPackages: [
    "@node-rs/argon2",
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "exceljs",
    "@tailwindcss/node",
    "@tailwindcss/oxide",
  ],
  typedRoutes: false,
  // The public portal lives under /id and /en; Bahasa Indonesia is the default.
  async redirects() {
    return [{ source: "/", destination: "/id", permanent: false }];
  },
};

export default nextConfig;
