import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { prepareDatabase } from "@/lib/db/prepare";
import { residentMb, startApp, stopApp, type RunningApp } from "./app";
import { loadLoop, request, tally } from "./http";

// `npm run test:resilience`: faults and load against the production build (`npm run build` first), bounded
// to a few minutes. It needs a PostgreSQL cluster of its OWN, because it restarts it:
//   RESILIENCE_PG_CLUSTER="15 resilience"  (pg_ctlcluster version and name)   RESILIENCE_PG_PORT=5499
// Optional: RESILIENCE_APP_PORT (3800), RESILIENCE_SOAK_SECONDS (30). Exits non-zero when a check fails.

const execFileAsync = promisify(execFile);
const env = process.env;
const config = {
  appPort: Number(env.RESILIENCE_APP_PORT ?? 3800),
  pgPort: Number(env.RESILIENCE_PG_PORT ?? 5499),
  pgCluster: (env.RESILIENCE_PG_CLUSTER ?? "").trim().split(/\s+/).filter(Boolean),
  database: env.RESILIENCE_DATABASE ?? "desa_resilience",
  soakSeconds: Number(env.RESILIENCE_SOAK_SECONDS ?? 30),
  logDir: path.resolve(env.RESILIENCE_LOG_DIR ?? "test-results/resilience"),
};

if (config.pgCluster.length !== 2) {
  console.error('Set RESILIENCE_PG_CLUSTER to a dedicated cluster, e.g. "15 resilience" (it will be restarted).');
  process.exit(2);
}
if (config.pgCluster[1] === "main" && env.RESILIENCE_ALLOW_MAIN_CLUSTER !== "1") {
  console.error("Refusing to restart the cluster named main: other work may use it. Create a dedicated one.");
  process.exit(2);
}

const adminUrl = `postgresql://postgres@127.0.0.1:${config.pgPort}/postgres`;
const databaseUrl = `postgresql://postgres@127.0.0.1:${config.pgPort}/${config.database}`;
const failures: string[] = [];
const report: string[] = [];

function check(condition: boolean, message: string) {
  report.push(`${condition ? "PASS" : "FAIL"}  ${message}`);
  if (!condition) failures.push(message);
}

function line(message: string) {
  report.push(`      ${message}`);
  console.log(`[resilience] ${message}`);
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function prepare() {
  await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${config.database} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${config.database}`);
  });
  await prepareDatabase({ url: databaseUrl, demo: true, provinces: ["63", "35"] });
}

async function restartPostgres() {
  const [version, name] = config.pgCluster;
  await execFileAsync("pg_ctlcluster", ["--skip-systemctl-redirect", version, name, "restart"], { timeout: 60_000 });
}

/** Security headers and cross-site refusal, over real HTTP from the production server. */
async function webChecks(app: RunningApp) {
  const page = await request(`${app.base}/masuk`);
  const csp = String(page.headers["content-security-policy"] ?? "");
  check(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/.test(csp), "signed-in pages carry a nonce CSP with strict-dynamic");
  check(/frame-ancestors 'none'/.test(csp) && /object-src 'none'/.test(csp), "CSP forbids framing and plugins");
  check(page.headers["x-frame-options"] === "DENY", "X-Frame-Options DENY");
  check(page.headers["x-content-type-options"] === "nosniff", "X-Content-Type-Options nosniff");
  check(page.headers["referrer-policy"] === "strict-origin-when-cross-origin", "Referrer-Policy strict-origin-when-cross-origin");
  check(String(page.headers["strict-transport-security"] ?? "").startsWith("max-age="), "HSTS in production");
  check(!("x-powered-by" in page.headers), "no X-Powered-By");
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  if (page.status === 200 && nonce) {
    const scripts = [...page.body.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    check(scripts.length > 0 && scripts.every((tag) => tag.includes(`nonce="${nonce}"`)), "every script tag of the page carries the nonce");
  }
  for (const [label, headers] of [
    ["foreign Origin", { origin: "https://evil.example" }],
    ["Origin: null", { origin: "null" }],
  ] as const) {
    const response = await request(`${app.base}/masuk`, {
      method: "POST",
      headers: { ...headers, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
      body: "[]",
    });
    check(response.status === 403, `server action post with ${label} refused with 403 (got ${response.status})`);
  }
  const bypass = await request(`${app.base}/api/health`, { headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" } });
  check(String(bypass.headers["content-security-policy"] ?? "").includes("frame-ancestors"), "x-middleware-subrequest does not skip the proxy");
}

/** PostgreSQL restarts under load: clean 503s meanwhile, no hang, recovery without restarting the app. */
async function postgresRestart(app: RunningApp) {
  let stop = false;
  const restartAt = Date.now() + 2_000;
  let restartedAt = 0;
  const load = loadLoop(6, () => stop, () => request(`${app.base}/api/health`, { timeoutMs: 15_000 }));
  await new Promise((resolve) => setTimeout(resolve, restartAt - Date.now()));
  const restartStarted = Date.now();
  await restartPostgres();
  restartedAt = Date.now();
  line(`PostgreSQL restart took ${restartedAt - restartStarted} ms`);
  await new Promise((resolve) => setTimeout(resolve, 8_000));
  stop = true;
  const outcomes = await load;
  line(`requests during the restart window: ${JSON.stringify(tally(outcomes))}`);
  const unexpected = outcomes.filter((o) => o.status !== 200 && o.status !== 503);
  check(unexpected.length === 0, `only 200 or a clean 503 while the database restarts (${unexpected.length} other)`);
  const slowest = Math.max(...outcomes.map((o) => o.ms));
  check(slowest < 12_000, `no request hangs (slowest ${slowest} ms)`);
  const tail = outcomes.filter((o) => o.at > restartedAt + 4_000);
  check(tail.length > 0 && tail.every((o) => o.status === 200), `recovered by itself within 4 s of the restart (${tail.length} requests after)`);
  check(app.process.exitCode === null, "the app process survived the restart");
}

/** SIGTERM under load: requests already accepted finish with 200; none is cut off; the process exits. */
async function gracefulShutdown(app: RunningApp) {
  let stop = false;
  let signalledAt = 0;
  const load = loadLoop(12, () => stop, () => request(`${app.base}/api/health`, { timeoutMs: 15_000 }));
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  signalledAt = Date.now();
  app.process.kill("SIGTERM");
  const code = await Promise.race([app.exited, new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 20_000))]);
  stop = true;
  const outcomes = await load;
  const inFlight = outcomes.filter((o) => o.at < signalledAt && o.at + o.ms >= signalledAt);
  line(`SIGTERM: exit ${code}; outcomes ${JSON.stringify(tally(outcomes))}; ${inFlight.length} in flight at the signal`);
  check(code !== "timeout", "the server exits within 20 s of SIGTERM");
  check(outcomes.every((o) => o.status === null || o.status < 500), "no 5xx during shutdown");
  check(inFlight.every((o) => o.status === 200), `every request in flight at SIGTERM completed with 200 (${inFlight.length})`);
  const cut = outcomes.filter((o) => o.error && o.error !== "ECONNREFUSED");
  for (const o of cut) line(`cut: started ${o.at - signalledAt} ms after the signal, failed after ${o.ms} ms`);
  check(cut.length === 0, `no request cut off mid-way (${cut.map((o) => o.error).join(", ") || "none"})`);
}

/** Bounded soak: a mix of reads at concurrency, zero errors, memory reported at start and end. */
async function soak(app: RunningApp) {
  const pid = app.process.pid!;
  const startMb = await residentMb(pid);
  const until = Date.now() + config.soakSeconds * 1_000;
  const paths = ["/api/health", "/masuk", "/api/health", "/masuk?lang=en"];
  const outcomes = await loadLoop(8, () => Date.now() > until, (worker, i) => request(`${app.base}${paths[(worker + i) % paths.length]}`));
  const endMb = await residentMb(pid);
  const errors = outcomes.filter((o) => o.status === null || o.status >= 500);
  const perSecond = Math.round(outcomes.length / config.soakSeconds);
  line(`soak ${config.soakSeconds} s: ${outcomes.length} requests (${perSecond}/s), ${JSON.stringify(tally(outcomes))}`);
  line(`server memory (RSS): start ${startMb} MB, end ${endMb} MB`);
  check(errors.length === 0, `zero errors under load (${errors.length})`);
  if (startMb && endMb) check(endMb < startMb * 2 + 200, "memory stays bounded during the soak");
}

async function main() {
  await mkdir(config.logDir, { recursive: true });
  const started = Date.now();
  line(`preparing ${config.database} on port ${config.pgPort}`);
  await prepare();
  const app = await startApp({ port: config.appPort, databaseUrl, logDir: config.logDir });
  try {
    await webChecks(app);
    await soak(app);
    await postgresRestart(app);
    await gracefulShutdown(app);
  } finally {
    await stopApp(app);
  }
  line(`done in ${Math.round((Date.now() - started) / 1000)} s; server log in ${config.logDir}`);
  console.log(`\n${report.join("\n")}\n`);
  if (failures.length) {
    console.error(`${failures.length} resilience check(s) failed.`);
    process.exit(1);
  }
}

await main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
