import { randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/platform/db/embedded";
import { prepareDatabase } from "@/lib/platform/db/prepare";
import { scanLogText } from "@/lib/privacy/log-scan";
import { checkedEnv, logLine, redact } from "./lib/cli";
import { bin, exitCode, freePort } from "./lib/processes";

// `npm test`: the whole suite. Checks the folder structure, builds the app, runs Vitest (units and integration against a real database)
// and Playwright (journeys against the built app), and ends with one line "N passed, N failed" over both.
// DATABASE_URL set: everything runs against that server (the build reads that database, migrated and seeded
// first; each integration test file gets its own schema; the journeys a fresh "<name>_e2e" database). Unset: an embedded PostgreSQL serves the build and the journeys,
// and each integration test file starts its own in-memory one.

// Vitest runs with the caller's environment; the build and the journeys share secrets of this run (unless
// set), because the built app runs in production mode, which refuses the development keys, and must read
// what the seed encrypted.
const callerEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
for (const name of ["AUTH_SECRET", "DATA_HASH_KEY"]) process.env[name] ??= randomBytes(32).toString("base64");
process.env.DATA_ENCRYPTION_KEYS ??= `e2e:${randomBytes(32).toString("base64")}`;

const config = checkedEnv();
const log = logLine("test");
const reports = path.join(process.cwd(), ".data", "reports");
await rm(reports, { recursive: true, force: true });
await mkdir(reports, { recursive: true });

let embedded: EmbeddedDatabase | undefined;
const shared: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (!config.DATABASE_URL) {
  embedded = await startEmbeddedDatabase({ port: await freePort() });
  log(`embedded PostgreSQL (in memory) on ${embedded.url}`);
}
const appDatabase = embedded?.url ?? config.DATABASE_URL!;
log(`database ${redact(appDatabase)}`);
// The build pre-renders pages from the database (the published guides), so it must be migrated and seeded.
await prepareDatabase({
  url: appDatabase,
  schema: embedded ? "public" : config.DATABASE_SCHEMA,
  demo: config.NODE_ENV !== "production",
  log,
});

// Everything the runners and the app server print is also kept here, then scanned for NIK-shaped strings:
// personal data must never reach a log (UU PDP; lib/privacy/log-scan.ts).
const outputLog = path.join(reports, "test-output.log");
const output = createWriteStream(outputLog);

async function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<boolean> {
  log(`── ${name}`);
  const started = Date.now();
  const child = spawn(command, args, { stdio: ["inherit", "pipe", "pipe"], env });
  child.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    output.write(chunk);
  });
  child.stderr.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    output.write(chunk);
  });
  const code = await exitCode(child);
  log(`── ${name}: ${code === 0 ? "ok" : `failed (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return code === 0;
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

let ok = true;
let passed = 0;
let failed = 0;

// The layout rules (folder vocabulary, no cycles between folders of lib/, components/ apart from app/):
// scripts/check-structure.ts with its allow-list that only shrinks.
if (!(await step("structure check", bin("tsx"), ["scripts/check-structure.ts"], callerEnv))) {
  ok = false;
  failed += 1;
}

// The build reads the database when a page is rendered at build time.
const built = await step("next build", bin("next"), ["build"], { ...shared, DATABASE_URL: appDatabase });
if (!built) ok = false;

const vitestReport = path.join(reports, "vitest.json");
// Vitest gets the caller's DATABASE_URL (or none, for its in-memory databases), never the embedded one: PGlite
// is a single session, so per-file schemas there would share one search_path.
if (!(await step("vitest", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`], callerEnv))) ok = false;
const vitest = await readJson<{ numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; success: boolean }>(vitestReport);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
} else failed += 1;

if (built) {
  const playwrightReport = path.join(reports, "playwright.json");
  const e2eEnv = { ...shared, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport, ...(embedded ? { E2E_DATABASE_URL: embedded.url } : {}) };
  if (!(await step("playwright", bin("playwright"), ["test", "--reporter=list,json"], e2eEnv))) ok = false;
  const playwright = await readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(playwrightReport);
  if (playwright) {
    passed += playwright.stats.expected;
    failed += playwright.stats.unexpected + playwright.stats.flaky;
  } else failed += 1;
} else {
  log("playwright skipped: the build failed");
  failed += 1;
}

await embedded?.stop();
await new Promise((resolve) => output.end(resolve));
const findings = scanLogText("test-output.log", await readFile(outputLog, "utf8"));
for (const finding of findings) log(`NIK-shaped string in the test output, line ${finding.line}: ${finding.masked}`);
if (findings.length) failed += 1;
else log("log scan: no NIK-shaped string in the output of the build, the tests and the app server");
if (failed > 0) ok = false;
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
