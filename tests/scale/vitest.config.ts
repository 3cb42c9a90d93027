import path from "node:path";
import { defineConfig } from "vitest/config";

// The replica proofs (scripts/scale/run.sh): integration tests that need a streaming replica, so they are not
// part of `npm test`, which needs no second server.
const root = path.resolve(import.meta.dirname, "../..");

export default defineConfig({
  root,
  resolve: {
    alias: {
      "@": root,
      "server-only": path.resolve(root, "tests/support/server-only-stub.ts"),
    },
  },
  test: {
    include: ["tests/scale/**/*.test.ts"],
    pool: "forks",
    maxWorkers: 1,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { TZ: "Asia/Jayapura" },
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/fail-on-console-error.ts", "tests/support/test-database.ts"],
    server: { deps: { inline: ["next-auth"] } },
  },
});
