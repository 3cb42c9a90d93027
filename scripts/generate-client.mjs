// Generates the Prisma client after `npm install`. Prisma's CLI wants to download its schema engine first,
// which these machines cannot; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips the download
// (generation itself needs no engine).
import { execFileSync } from "node:child_process";

execFileSync("npx", ["prisma", "generate", "--schema", "prisma/schema.prisma"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
