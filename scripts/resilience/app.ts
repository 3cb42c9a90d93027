import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { request } from "./http";

// `next start` of the existing production build, on 127.0.0.1 only, with production settings and throwaway
// keys. The runner builds nothing: run `npm run build` first.

export type RunningApp = { process: ChildProcess; base: string; exited: Promise<number | null>; logFile: string };

export const appSecrets = {
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  DATA_ENCRYPTION_KEYS: `r1:${randomBytes(32).toString("base64")}`,
  DATA_HASH_KEY: randomBytes(32).toString("base64"),
};

export async function startApp(options: { port: number; databaseUrl: string; logDir: string; env?: Record<string, string> }) {
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    throw new Error("No production build in .next: run `npm run build` before `npm run test:resilience`.");
  }
  const base = `http://127.0.0.1:${options.port}`;
  const logFile = path.join(options.logDir, `next-start-${Date.now()}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(options.port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: options.databaseUrl,
      DATABASE_SCHEMA: "public",
      APP_URL: base,
      AUTH_URL: base,
      AUTH_TRUST_HOST: "true",
      DB_POOL_MAX: "5",
      DB_POOL_ACQUIRE_TIMEOUT_MS: "2000",
      DB_STATEMENT_TIMEOUT_MS: "10000",
      // A heap limit as a deployment sets one: without it V8 grows the heap lazily towards a default sized by the
      // machine's memory, so the soak's RSS would measure that growth rather than a leak (which now runs out of heap).
      NODE_OPTIONS: [process.env.NODE_OPTIONS, "--max-old-space-size=256"].filter(Boolean).join(" "),
      ...appSecrets,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : null))));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early; see ${logFile}`);
    const health = await request(`${base}/api/health`, { timeoutMs: 5_000 });
    if (health.status === 200) break;
    if (Date.now() > deadline) throw new Error(`next start not healthy after 60 s; see ${logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { process: child, base, exited, logFile } satisfies RunningApp;
}

export async function stopApp(app: RunningApp) {
  if (app.process.exitCode === null) app.process.kill("SIGTERM");
  await Promise.race([app.exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (app.process.exitCode === null) app.process.kill("SIGKILL");
}

/** Resident memory of the server process (VmRSS), in MB; Linux only. */
export async function residentMb(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Math.round(Number(match[1]) / 1024) : null;
}
