import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/platform/db/embedded";
import { prepareDatabase } from "@/lib/platform/db/prepare";
import { PUBLIC_STYLESHEET } from "@/lib/public/generated/stylesheet";
import { checkedEnv, logLine, redact } from "./lib/cli";
import { freshDatabase } from "./lib/databases";
import { exitCode, freePort } from "./lib/processes";

// Starts the self-contained server of `output: "standalone"` (decision 021) as a deployment would, from a copy
// in a temporary folder outside the checkout, with the static assets copied beside it as Next.js documents, over
// a database of its own with demo data; then loads a public page, the favicon, and a signed-in page after signing
// in through the real login form in Chromium.
// Run after `npm run build`; .ci/run calls it. Exit code 0 when every check passed.
//   DATABASE_URL set: a fresh "<name>_standalone" database on that server, dropped at the end; unset: embedded.
//   STANDALONE_PORT: the server's port (default: a free one).

// Production refuses the development keys: the seed and the server share keys of this run's own (unless set).
for (const name of ["AUTH_SECRET", "DATA_HASH_KEY"]) process.env[name] ??= randomBytes(32).toString("base64");
process.env.DATA_ENCRYPTION_KEYS ??= `standalone:${randomBytes(32).toString("base64")}`;

const config = checkedEnv();
const log = logLine("standalone");
const root = process.cwd();
const standalone = path.join(root, ".next/standalone");
if (!existsSync(path.join(standalone, "server.js"))) {
  console.error('No .next/standalone/server.js: run `npm run build` first (next.config.ts sets output: "standalone").');
  process.exit(1);
}

// The server runs from a copy outside the checkout, so nothing can be found there by accident; with what Next.js
// leaves to the deployment, the client assets and public/, next to server.js.
const serverDir = await mkdtemp(path.join(tmpdir(), "desa-binaan-standalone-"));
await cp(standalone, serverDir, { recursive: true, verbatimSymlinks: true });
await cp(path.join(root, ".next/static"), path.join(serverDir, ".next/static"), { recursive: true });
await cp(path.join(root, "public"), path.join(serverDir, "public"), { recursive: true });

const failures: string[] = [];
function check(ok: boolean, what: string) {
  log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
}

// The server must not carry what only the build needs (decision 021).
const packages = await readdir(path.join(serverDir, "node_modules")).catch(() => [] as string[]);
check(!packages.includes("tailwindcss") && !packages.includes("@tailwindcss"), "the standalone server holds no Tailwind");
check(!existsSync(path.join(serverDir, "components")), "the standalone server holds no components/ sources");

let embedded: EmbeddedDatabase | undefined;
let dropDatabase: (() => Promise<void>) | undefined;
let url: string;
if (config.DATABASE_URL) {
  const fresh = await freshDatabase(config.DATABASE_URL, "standalone");
  url = fresh.url;
  dropDatabase = fresh.drop;
} else {
  embedded = await startEmbeddedDatabase({ port: await freePort() });
  url = embedded.url;
}
log(`database ${redact(url)}`);

const port = Number(process.env.STANDALONE_PORT ?? (await freePort()));
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;
let exited: Promise<number> | undefined;

function startServer() {
  server = spawn(process.execPath, ["server.js"], {
    cwd: serverDir,
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: url,
      DATABASE_SCHEMA: "public",
      APP_URL: base,
      SHUTDOWN_DRAIN_MS: "0",
    },
  });
  exited = exitCode(server);
}

async function waitForHealth() {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) throw new Error(`the standalone server exited with ${server.exitCode}`);
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the standalone server did not answer /api/health within 60 s");
}

try {
  await prepareDatabase({ url, schema: "public", demo: true, log });
  startServer();
  await waitForHealth();
  check(true, `server.js answers /api/health on ${base}`);

  const home = await fetch(`${base}/id`);
  const html = await home.text();
  check(home.status === 200 && html.startsWith('<!DOCTYPE html><html lang="id">'), "/id is a whole HTML document (200)");
  check(!/<script/i.test(html), "/id holds no script");
  check(/script-src 'none'/.test(home.headers.get("content-security-policy") ?? ""), "/id has script-src 'none'");
  check(html.includes(`<style>${PUBLIC_STYLESHEET}</style>`), "/id inlines the stylesheet compiled at build time");
  const icon = await fetch(`${base}/favicon.ico`);
  check(icon.status === 200 && (icon.headers.get("content-type") ?? "").startsWith("image/"), "/favicon.ico is served");
  const guide = await fetch(`${base}/en/panduan`);
  check(guide.status === 200 && (await guide.text()).includes('<html lang="en">'), "/en/panduan is served (200)");

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    const page = await browser.newPage({ baseURL: base });
    const assets: number[] = [];
    page.on("response", (response) => {
      if (new URL(response.url()).pathname.startsWith("/_next/static/")) assets.push(response.status());
    });
    await page.goto("/masuk");
    check(assets.length > 0 && assets.every((status) => status === 200), `/masuk loads its ${assets.length} static assets from the copied .next/static`);
    await page.locator('input[name="email"]').fill(DEMO_ACCOUNTS.gendangTimburu.email);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('input[name="password"]').press("Enter");
    await page.waitForURL((address) => address.pathname.startsWith("/desa"), { timeout: 20_000 });
    const response = await page.goto("/desa");
    const heading = await page.getByRole("heading", { level: 1 }).textContent();
    check(response?.status() === 200 && Boolean(heading), `signed in through /masuk, /desa shows "${heading?.trim()}"`);
    const cookies = await page.context().cookies();
    check(cookies.some((cookie) => cookie.name.includes("session-token")), "the session cookie is set");
  } finally {
    await browser.close();
  }
} catch (error) {
  check(false, (error as Error).message);
} finally {
  server?.kill("SIGTERM");
  await exited;
  await embedded?.stop();
  await dropDatabase?.();
  await rm(serverDir, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`standalone server check: ${failures.length} failed`);
  process.exit(1);
}
log("standalone server check passed");
