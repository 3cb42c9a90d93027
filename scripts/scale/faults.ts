import { spawn, execFile, type ChildProcess } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { Redis } from "ioredis";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoTotpCode } from "@/lib/demo/accounts";
import { composeNik } from "@/lib/candidates/nik";
import { prepareDatabase } from "@/lib/platform/db/prepare";
import { appSecrets, residentMb, startApp, stopApp, type RunningApp } from "../resilience/app";
import { NoScriptBrowser } from "../resilience/browser";
import { loadLoop, request, tally, type Outcome } from "../resilience/http";

// The fault test of decisions 018 and 019 (scripts/scale/run.sh runs it after the build): two `next start`
// instances with the shared cache on a Redis of this script's own and dashboards on a streaming replica, under a
// bounded load of public pages, dashboards, exports and registrations. Redis is stopped and started again, then
// the replica: no response may be a 5xx or a dropped connection, every registration must be stored, and each
// instance must say once that Redis (or the replica) went away and once that it is back.
//   SCALE_PRIMARY_URL  server of the primary (a database scale_faults is made there)   SCALE_REPLICA_PORT
//   SCALE_REPLICA_CLUSTER="15 name" (stopped and started)   SCALE_FAULT_REDIS_PORT (6392)   SCALE_APP_PORT (3820, +1)

const execFileAsync = promisify(execFile);
const env = process.env;
const config = {
  primaryServer: env.SCALE_PRIMARY_URL ?? "",
  replicaPort: Number(env.SCALE_REPLICA_PORT ?? 0),
  replicaCluster: (env.SCALE_REPLICA_CLUSTER ?? "").trim().split(/\s+/).filter(Boolean),
  redisPort: Number(env.SCALE_FAULT_REDIS_PORT ?? 6392),
  appPort: Number(env.SCALE_APP_PORT ?? 3820),
  logDir: path.resolve(env.SCALE_LOG_DIR ?? "test-results/scale"),
  /** Seconds of each phase: before the fault, during it, after it. */
  phase: Number(env.SCALE_FAULT_PHASE_SECONDS ?? 4),
};
if (!config.primaryServer || !config.replicaPort || config.replicaCluster.length !== 2 || !config.replicaCluster[1].startsWith("scale_")) {
  console.error('Set SCALE_PRIMARY_URL, SCALE_REPLICA_PORT and SCALE_REPLICA_CLUSTER="15 scale_…" (a replica of this run\'s own).');
  process.exit(2);
}

// The app runs with these keys; the demo data must be sealed with the same ones (TOTP secrets, NIKs).
Object.assign(process.env, appSecrets);

const database = "scale_faults";
const primaryUrl = Object.assign(new URL(config.primaryServer), { pathname: `/${database}` }).toString();
const replicaUrl = `postgresql://postgres@127.0.0.1:${config.replicaPort}/${database}`;
const redisUrl = `redis://127.0.0.1:${config.redisPort}`;
const keyPrefix = `scale-faults-${process.pid}:`;
const failures: string[] = [];
const report: string[] = [];
const check = (ok: boolean, message: string) => {
  report.push(`${ok ? "PASS" : "FAIL"}  ${message}`);
  if (!ok) failures.push(message);
};
const line = (message: string) => {
  report.push(`      ${message}`);
  console.log(`[faults] ${message}`);
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let redis: ChildProcess | undefined;
async function startRedis() {
  redis = spawn("redis-server", ["--port", String(config.redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  });
  const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on("error", () => {});
  for (let i = 0; i < 50; i++) {
    if (await probe.connect().then(() => true, () => false)) break;
    await sleep(100);
  }
  await probe.ping();
  probe.disconnect();
}
async function stopRedis() {
  const exited = new Promise((resolve) => redis?.once("exit", resolve));
  redis?.kill("SIGKILL");
  await exited;
  redis = undefined;
}
const replicaCtl = (action: "stop" | "start") =>
  execFileAsync("pg_ctlcluster", ["--skip-systemctl-redirect", ...config.replicaCluster, action, ...(action === "stop" ? ["-m", "fast"] : [])], {
    timeout: 60_000,
  });

async function prepare() {
  const admin = new pg.Client({ connectionString: config.primaryServer });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  await prepareDatabase({ url: primaryUrl, demo: true, provinces: ["63", "35"] });
  // The replica has the demo accounts before the apps read from it.
  for (let i = 0; ; i++) {
    const client = new pg.Client({ connectionString: replicaUrl });
    const accounts = await client
      .connect()
      .then(() => client.query(`SELECT count(*)::int AS n FROM "User"`))
      .then((result) => result.rows[0].n as number, () => 0)
      .finally(() => client.end().catch(() => {}));
    if (accounts > 0) break;
    if (i > 100) throw new Error("the replica did not receive the prepared database");
    await sleep(100);
  }
}

const usedNiks = new Set<string>();
function registration(): Record<string, string> {
  for (;;) {
    const birth = new Date(Date.UTC(1975 + Math.floor(Math.random() * 25), Math.floor(Math.random() * 12), 1 + Math.floor(Math.random() * 28)));
    const sex = Math.random() < 0.5 ? "FEMALE" : "MALE";
    const nik = composeNik("630215", birth, sex, 1 + Math.floor(Math.random() * 9_999));
    if (usedNiks.has(nik)) continue;
    usedNiks.add(nik);
    return {
      nik, name: `Uji Gangguan ${usedNiks.size}`, sex, birthDate: birth.toISOString().slice(0, 10), phone: "0812-3456-7890",
      hamlet: "Dusun I", rt: "003", rw: "001", education: "SMA", destinationCountry: "MY", jobSector: "PLANTATION",
      placementChannel: "P3MI", agencyName: "PT Mitra Kerja Sejahtera", plannedVisa: "WORK", recruitmentSource: "P3MI_OFFICE",
      feeArrangement: "NONE_ASKED", consentMethod: "WRITTEN", consentConfirmed: "on",
    };
  }
}

async function signIn(app: RunningApp, email: string, code?: string) {
  const browser = new NoScriptBrowser(app.base);
  const { response } = await browser.submit("/masuk", "password", { email, password: DEMO_PASSWORD });
  let location = String(response?.headers.location ?? "");
  if (code && location.includes("/masuk/kode")) {
    const step = await browser.submit("/masuk/kode", "code", { code });
    location = String(step.response?.headers.location ?? "");
  }
  if (!location || location.includes("/masuk")) throw new Error(`sign-in of ${email} failed: ${response?.status} → ${location}`);
  return browser;
}

type Timed = Outcome & { at: number; what: string };

type Users = { writer: NoScriptBrowser; staff: NoScriptBrowser };

async function underLoad(
  a: RunningApp,
  b: RunningApp,
  { writer, staff }: Users,
  fault: { name: string; stop: () => Promise<unknown>; start: () => Promise<unknown> },
) {
  const sent = { registrations: 0, accepted: [] as string[] };
  let stop = false;
  const reads = [
    (i: number) => ({ what: "guide", run: () => request(`${(i % 2 ? b : a).base}/id/panduan/m-paspor`) }),
    () => ({ what: "dashboard", run: () => staff.get("/kanim") }),
    () => ({ what: "export", run: () => staff.get("/kanim/ekspor/cpmi?format=csv") }),
    (i: number) => ({ what: "village page", run: () => request(`${(i % 2 ? a : b).base}/id/desa-binaan/63.02.15.2002`) }),
  ];
  const outcomes: Timed[] = [];
  const readLoad = loadLoop(4, () => stop, async (worker, iteration) => {
    const { what, run } = reads[(worker + iteration) % reads.length](iteration);
    const at = Date.now();
    const outcome = await run();
    outcomes.push({ ...outcome, at, what });
    return outcome;
  });
  const writeLoad = loadLoop(1, () => stop, async () => {
    const fields = registration();
    sent.registrations++;
    const at = Date.now();
    const { page, response } = await writer.submit("/desa/cpmi/baru", "nik", fields);
    const outcome = response ?? page;
    outcomes.push({ ...outcome, at, what: "registration" });
    if (response?.status === 303) sent.accepted.push(fields.name);
    return outcome;
  });
  await sleep(config.phase * 1000);
  const downAt = Date.now();
  await fault.stop();
  await sleep(config.phase * 1000);
  const upAt = Date.now();
  await fault.start();
  await sleep(config.phase * 1000);
  stop = true;
  await Promise.all([readLoad, writeLoad]);

  const during = outcomes.filter((o) => o.at >= downAt && o.at < upAt);
  const byWhat = (list: Timed[]) =>
    Object.fromEntries([...new Set(list.map((o) => o.what))].map((what) => [what, tally(list.filter((o) => o.what === what))]));
  line(`${fault.name}: ${outcomes.length} requests in ${Math.round((Date.now() - downAt) / 1000) + config.phase} s; while down ${JSON.stringify(byWhat(during))}`);
  const bad = outcomes.filter((o) => o.status === null || o.status >= 500);
  check(bad.length === 0, `${fault.name}: no 5xx and no dropped request (${bad.length}: ${JSON.stringify(tally(bad))})`);
  const wrong = outcomes.filter((o) => o.status !== null && o.status < 500 && o.status !== (o.what === "registration" ? 303 : 200));
  check(wrong.length === 0, `${fault.name}: every page 200 and every registration 303 (${JSON.stringify(byWhat(wrong))})`);
  check(during.some((o) => o.what === "dashboard" && o.status === 200), `${fault.name}: dashboards answered while it was down`);
  check(during.some((o) => o.what === "guide" && o.status === 200), `${fault.name}: public pages answered while it was down`);
  const stored = await countStored(sent.accepted);
  check(
    sent.accepted.length === sent.registrations && stored === sent.accepted.length,
    `${fault.name}: nothing lost (${sent.registrations} registrations sent, ${sent.accepted.length} accepted, ${stored} stored)`,
  );
}

const GUIDES = ["bekerja-ke-luar-negeri", "biaya-paspor", "dokumen-paspor", "hak-di-luar-negeri", "m-paspor", "paspor-pekerja-migran", "tanda-perdagangan-orang", "tanya-jawab"];

/**
 * Redis restarted empty. The invalidations made while it was away (each registration refreshes the village
 * workspace) are in it again, and an invalidation logged there reaches instance 1, whose new renders go to Redis.
 */
async function afterRedisOutage(a: RunningApp) {
  const shared = new Redis(redisUrl);
  try {
    // Connected again once instance 1 says so (ioredis retries every 2 s at most).
    for (let i = 0; i < 100 && !/is back/.test(await readFile(a.logFile, "utf8")); i++) await sleep(100);
    const replayed = [...(await readFile(a.logFile, "utf8")).matchAll(/is back: .*\((\d+) revalidations replayed\)/g)].map((m) => Number(m[1]));
    check(replayed.some((n) => n > 0), `the revalidations instance 1 made while Redis was away were written to it when it came back (${replayed.join(", ")})`);
    // Another instance invalidates every public page, as an edit would: instance 1 re-renders and shares them.
    const tag = "_N_T_/(public)/[locale]/layout";
    const sequence = await shared.incr(`${keyPrefix}tags:seq`);
    await shared.hset(`${keyPrefix}tags`, tag, JSON.stringify({ expired: Date.now() }));
    await shared.zadd(`${keyPrefix}tags:log`, sequence, tag);
    await sleep(10);
    for (const slug of GUIDES) check((await request(`${a.base}/en/panduan/${slug}`)).status === 200, `/en/panduan/${slug} after the invalidation`);
    const keys = await shared.keys(`${keyPrefix}entry:*`);
    const guides = keys.filter((key) => /\/en\/panduan\/[a-z-]+$/.test(key));
    check(guides.length === GUIDES.length, `an invalidation logged in Redis after it came back re-rendered the pages into it (${guides.length} of ${GUIDES.length} guides)`);
    const sizes = await Promise.all(guides.map(async (key) => Number((await shared.memory("USAGE", key)) ?? 0)));
    const used = Number(/used_memory:(\d+)/.exec(await shared.info("memory"))?.[1] ?? 0);
    line(
      `Redis: ${keys.length} entries; a guide page takes ${Math.round(Math.min(...sizes) / 1024)}–${Math.round(Math.max(...sizes) / 1024)} kB; ` +
        `${(used / 1024 / 1024).toFixed(1)} MB used in all`,
    );
  } finally {
    shared.disconnect();
  }
}

async function countStored(names: string[]) {
  const client = new pg.Client({ connectionString: primaryUrl });
  await client.connect();
  try {
    return (await client.query(`SELECT count(*)::int AS n FROM "Candidate" WHERE name = ANY($1)`, [names])).rows[0].n as number;
  } finally {
    await client.end();
  }
}

async function logEvents(app: RunningApp, pattern: RegExp): Promise<string[]> {
  return [...(await readFile(app.logFile, "utf8")).matchAll(pattern)].map((match) => match[1]);
}

/**
 * At least one outage, each logged once and closed by one line saying it ended. On a loaded machine a slow
 * Redis command counts as a short outage of its own, so the count is not fixed; repeating lines would be a bug.
 */
function alternates(events: string[], down: string, up: string) {
  return events.length >= 2 && events.every((event, i) => event === (i % 2 ? up : down)) && events.at(-1) === up;
}

async function main() {
  const started = Date.now();
  await mkdir(config.logDir, { recursive: true });
  await startRedis();
  await prepare();
  line(`prepared ${database} with demo data and its replica in ${Math.round((Date.now() - started) / 1000)} s`);
  const appEnv = { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: keyPrefix, DATABASE_REPLICA_URLS: replicaUrl };
  const a = await startApp({ port: config.appPort, databaseUrl: primaryUrl, logDir: config.logDir, env: appEnv });
  const b = await startApp({ port: config.appPort + 1, databaseUrl: primaryUrl, logDir: config.logDir, env: appEnv });
  try {
    // Signed in once: a sign-in code is accepted only once.
    const users = { writer: await signIn(a, DEMO_ACCOUNTS.gendangTimburu.email), staff: await signIn(b, DEMO_ACCOUNTS.batulicin.email, demoTotpCode()) };
    await underLoad(a, b, users, { name: "Redis stopped", stop: stopRedis, start: startRedis });
    await afterRedisOutage(a);
    await underLoad(a, b, users, { name: "replica stopped", stop: () => replicaCtl("stop"), start: () => replicaCtl("start") });
    for (const [name, app] of [["instance 1", a], ["instance 2", b]] as const) {
      const events = await logEvents(app, /\[cache\] Redis at \S+ is (unavailable|back)/g);
      check(
        alternates(events, "unavailable", "back"),
        `${name} logged each Redis outage once and its end once (${events.join(", ")})`,
      );
    }
    const replica = await logEvents(b, /\[replica\] the read replica (is unreachable|answers again)/g);
    check(alternates(replica, "is unreachable", "answers again"), `instance 2 logged each replica outage once and its end once (${replica.join(", ")})`);
    line(`resident memory after the load: instance 1 ${await residentMb(a.process.pid!)} MB, instance 2 ${await residentMb(b.process.pid!)} MB`);
  } finally {
    await Promise.all([stopApp(a), stopApp(b)]);
    await stopRedis();
  }
  line(`done in ${Math.round((Date.now() - started) / 1000)} s; server logs in ${config.logDir}`);
  console.log(`\n${report.join("\n")}\n`);
  if (failures.length) {
    console.error(`${failures.length} fault check(s) failed.`);
    process.exit(1);
  }
}

await main().catch(async (error: unknown) => {
  console.error(error);
  redis?.kill("SIGKILL");
  process.exit(1);
});
