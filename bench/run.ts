// npm run bench [-- --samples 200 --duration 10 --skip-build]
// Measures the production build on the national-scale data set (npm run bench:seed first): for each scenario
// the latency at concurrency 1 (p50/p95/p99 over --samples sequential requests) and the throughput at
// concurrency 8 (autocannon, --duration seconds), next to the scenario's baseline page in the same build.
// Prints a table and writes bench/results/<time>.json with the query plans. See docs/scaling.md.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { chromium } from "@playwright/test";
import { hiddenFieldsOfForm } from "../scripts/resilience/browser";
import { BASELINE_QUERIES } from "./baselines";
import { BENCH_PASSWORD, BENCH_SECRETS, BENCH_TOTP_SECRET, benchDatabase, parseArgs } from "./database";

Object.assign(process.env, BENCH_SECRETS);

const args = parseArgs(process.argv.slice(2));
const SAMPLES = Number(args.samples ?? 200);
const DURATION = Number(args.duration ?? 10);
const PORT = Number(args.port ?? 3950);
const BASE = `http://127.0.0.1:${PORT}`;
/** `--only a,b` measures just those scenarios (names as in the table). */
const ONLY = args.only ? new Set(args.only.split(",")) : null;

type Role = "village" | "office" | "admin" | "public";
type Scenario = {
  name: string;
  role: Role;
  path: string;
  baseline: string;
  /** p95 target at concurrency 1, in ms. */
  p95Target?: number;
  /** Throughput target as a share of the baseline's. */
  ratioTarget: number;
  write?: boolean;
};

type Latency = { p50: number; p95: number; p99: number; errors: number };
type Throughput = { rps: number; errors: number; non2xx: number };

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measureLatency(url: string, init: () => RequestInit, samples = SAMPLES): Promise<Latency> {
  for (let i = 0; i < 10; i++) await fetch(url, init()).then((r) => r.arrayBuffer());
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    const response = await fetch(url, { ...init(), redirect: "manual" });
    await response.arrayBuffer();
    times.push(performance.now() - started);
    if (response.status >= 400) errors++;
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), p99: round(percentile(times, 99)), errors };
}

async function measureThroughput(options: autocannon.Options): Promise<Throughput> {
  const result = await autocannon({ connections: 8, duration: DURATION, ...options });
  return { rps: Math.round(result.requests.average), errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

function run(command: string, argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { stdio: "inherit", env });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${argv.join(" ")} exited ${code}`))));
  });
}

async function waitForServer(child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error("next start exited");
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("next start did not become healthy");
}

/** Signs in through the real login form, with the TOTP step where the account has one; returns the cookies. */
async function signIn(email: string): Promise<string> {
  const { currentTotp } = await import("../lib/platform/auth/totp");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${BASE}/masuk`);
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(BENCH_PASSWORD);
    await page.locator('input[name="password"]').press("Enter");
    await page.waitForURL((url) => url.pathname !== "/masuk");
    if (new URL(page.url()).pathname.startsWith("/masuk/kode")) {
      await page.locator('input[name="code"]').fill(currentTotp(BENCH_TOTP_SECRET));
      await page.locator('input[name="code"]').press("Enter");
      await page.waitForURL((url) => !url.pathname.startsWith("/masuk"));
    }
    const cookies = await page.context().cookies();
    return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

/** The registration form as a browser without JavaScript would post it: every hidden field, plus ours. */
async function registrationForm(cookie: string): Promise<[string, string][]> {
  const html = await (await fetch(`${BASE}/desa/cpmi/baru`, { headers: { cookie } })).text();
  const hidden = hiddenFieldsOfForm(html, "nik");
  if (!hidden) throw new Error("no registration form on /desa/cpmi/baru");
  return Object.entries(hidden).filter(([name]) => name !== "idempotencyKey");
}

let registrationCounter = 0;
function registrationBody(hidden: [string, string][], villageCode: string) {
  const n = ++registrationCounter;
  const serial = String(1 + (n % 9999)).padStart(4, "0");
  const year = 1990 + (n % 15);
  const day = 1 + (n % 28);
  const nik = `${villageCode.slice(0, 8).replaceAll(".", "")}${String(day).padStart(2, "0")}07${String(year % 100).padStart(2, "0")}${serial}`;
  const fields: [string, string][] = [
    ...hidden,
    ["idempotencyKey", `bench-${process.pid}-${n}`],
    ["nik", nik],
    ["name", `Bench Pendaftar ${n}`],
    ["sex", "MALE"],
    ["birthDate", `${year}-07-${String(day).padStart(2, "0")}`],
    ["education", "SMA"],
    ["destinationCountry", "MY"],
    ["jobSector", "PLANTATION"],
    ["placementChannel", "P3MI"],
    ["agencyName", "PT Bench Penempatan"],
    ["plannedVisa", "WORK"],
    ["recruitmentSource", "P3MI_OFFICE"],
    ["feeArrangement", "NONE_ASKED"],
    ["consentMethod", "WRITTEN"],
    ["consentConfirmed", "on"],
  ];
  const boundary = `----bench${n}`;
  const body =
    fields.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("") +
    `--${boundary}--\r\n`;
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

async function main() {
  const target = await benchDatabase({ recreate: false });
  const pool = new pg.Pool({ connectionString: target.url, max: 2 });
  const [{ count }] = (await pool.query<{ count: string }>(`SELECT count(*) FROM "Candidate"`)).rows;
  if (Number(count) === 0) throw new Error("The benchmark database is empty: run `npm run bench:seed` first.");

  // The busiest village, its office and one of its candidates.
  const { rows: [village] } = await pool.query<{ villageCode: string; officeId: string; email: string }>(
    `SELECT c."villageCode", d."officeId", u.email FROM "Candidate" c
       JOIN "Designation" d ON d."villageCode" = c."villageCode" AND d.status = 'ACTIVE'
       JOIN "User" u ON u."villageCode" = c."villageCode"
      GROUP BY 1, 2, 3 ORDER BY count(*) DESC LIMIT 1`,
  );
  const { rows: [staff] } = await pool.query<{ email: string; regencies: string[] }>(
    `SELECT u.email, array_agg(r.code) AS regencies FROM "User" u JOIN "Regency" r ON r."officeId" = u."officeId"
      WHERE u."officeId" = $1 AND u.role = 'OFFICE_STAFF' GROUP BY u.email LIMIT 1`,
    [village.officeId],
  );
  const { rows: [candidate] } = await pool.query<{ id: string; name: string }>(
    `SELECT id, name FROM "Candidate" WHERE "villageCode" = $1 ORDER BY "createdAt" LIMIT 1`,
    [village.villageCode],
  );
  const misspelt = candidate.name.replace(/a(?!.*a)/, "e");
  // A village of the office's own working area, with one letter dropped, for the picker.
  const { rows: [areaVillage] } = await pool.query<{ name: string }>(
    `SELECT v.name FROM "Village" v WHERE v.code LIKE $1 AND length(v.name) >= 8 ORDER BY v.code LIMIT 1`,
    [`${staff.regencies[0]}.%`],
  );
  const pickerQuery = encodeURIComponent(areaVillage.name.slice(0, 3) + areaVillage.name.slice(4));
  const regencyQuery = staff.regencies.map((r) => `regency=${r}`).join("&");

  const scenarios: Scenario[] = [
    { name: "village-cpmi-list", role: "village", path: "/desa/cpmi?passportStatus=PLANNED", baseline: `/bench/village-cpmi-list?village=${village.villageCode}&status=PLANNED`, p95Target: 50, ratioTarget: 0.5 },
    { name: "office-name-search", role: "office", path: `/kanim/cpmi?q=${encodeURIComponent(misspelt)}`, baseline: `/bench/office-name-search?${regencyQuery}&q=${encodeURIComponent(misspelt)}`, p95Target: 100, ratioTarget: 0.5 },
    { name: "cpmi-detail", role: "village", path: `/desa/cpmi/${candidate.id}`, baseline: `/bench/cpmi-detail?id=${candidate.id}`, p95Target: 40, ratioTarget: 0.5 },
    { name: "office-dashboard", role: "office", path: "/kanim", baseline: `/bench/office-dashboard?${regencyQuery}`, p95Target: 150, ratioTarget: 0.5 },
    { name: "national-dashboard", role: "admin", path: "/admin", baseline: "/bench/national-dashboard", p95Target: 400, ratioTarget: 0.5 },
    // Issue #17: the same targets as the CPMI list.
    { name: "village-abroad-list", role: "village", path: "/desa/luar-negeri", baseline: `/bench/village-abroad-list?village=${village.villageCode}`, p95Target: 50, ratioTarget: 0.5 },
    { name: "office-case-list", role: "office", path: "/kanim/kasus", baseline: `/bench/office-case-list?${regencyQuery}`, p95Target: 50, ratioTarget: 0.5 },
    { name: "village-picker", role: "office", path: `/kanim/desa/baru?q=${pickerQuery}`, baseline: `/bench/village-picker?q=${pickerQuery}`, p95Target: 20, ratioTarget: 0.5 },
    { name: "public-guide", role: "public", path: "/id/panduan/m-paspor", baseline: "/bench/static", ratioTarget: 0.7 },
  ];

  if (!args["skip-build"]) {
    await run("npx", ["next", "build"], { ...process.env, BENCH_BASELINES: "1", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: target.url });
  }
  // Its own process group, so stopping it also stops the next-server process npx starts.
  const server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, BENCH_BASELINES: "1", NODE_ENV: "production", DATABASE_URL: target.url, APP_URL: BASE, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const results: Record<string, unknown>[] = [];
  try {
    await waitForServer(server);
    const cookies: Record<Role, string> = {
      village: await signIn(village.email),
      office: await signIn(staff.email),
      admin: await signIn("admin@bench.test"),
      public: "",
    };

    for (const s of scenarios.filter((x) => !ONLY || ONLY.has(x.name))) {
      const headers = cookies[s.role] ? { cookie: cookies[s.role] } : undefined;
      const latency = await measureLatency(`${BASE}${s.path}`, () => ({ headers }));
      const throughput = await measureThroughput({ url: `${BASE}${s.path}`, headers });
      const baselineLatency = await measureLatency(`${BASE}${s.baseline}`, () => ({}));
      const baselineThroughput = await measureThroughput({ url: `${BASE}${s.baseline}` });
      const query = BASELINE_QUERIES[s.name];
      const plan = query
        ? (await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, query.params(new URL(`${BASE}${s.baseline}`).searchParams))).rows.map((r) => r["QUERY PLAN"])
        : null;
      results.push({ ...s, latency, throughput, baseline: { path: s.baseline, latency: baselineLatency, throughput: baselineThroughput }, plan });
      console.log(`measured ${s.name}`);
    }

    if (!ONLY || ONLY.has("cpmi-registration")) {
      const before = Number((await pool.query(`SELECT count(*) FROM "Candidate"`)).rows[0].count);
      const hidden = await registrationForm(cookies.village);
      const post = () => {
        const { body, contentType } = registrationBody(hidden, village.villageCode);
        return { method: "POST", body, headers: { cookie: cookies.village, "content-type": contentType, origin: BASE } };
      };
      const writeLatency = await measureLatency(`${BASE}/desa/cpmi/baru`, post, Math.min(SAMPLES, 100));
      const writeThroughput = await measureThroughput({
        url: `${BASE}/desa/cpmi/baru`,
        requests: [{ setupRequest: (request) => ({ ...request, ...post() }) }],
      });
      const after = Number((await pool.query(`SELECT count(*) FROM "Candidate"`)).rows[0].count);
      results.push({ name: "cpmi-registration", role: "village", write: true, latency: writeLatency, throughput: writeThroughput, stored: after - before, sent: registrationCounter, rpsTarget: 100 });
    }
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    await pool.end();
    await target.stop();
  }

  printTable(results);
  const dir = path.join("bench", "results");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const report = JSON.stringify({ at: new Date().toISOString(), database: target.label, samples: SAMPLES, duration: DURATION, results }, null, 2);
  await writeFile(file, report);
  await writeFile(path.join(dir, "latest.json"), report);
  console.log(`\nresults: ${file}`);
}

function printTable(results: Record<string, unknown>[]) {
  const rows = results.map((r) => {
    const latency = r.latency as Latency;
    const throughput = r.throughput as Throughput;
    const baseline = r.baseline as { latency: Latency; throughput: Throughput } | undefined;
    const ratio = baseline ? throughput.rps / Math.max(1, baseline.throughput.rps) : undefined;
    const p95ok = r.p95Target === undefined || latency.p95 <= (r.p95Target as number);
    const ratioOk = ratio === undefined || ratio >= (r.ratioTarget as number);
    const rpsOk = r.rpsTarget === undefined || throughput.rps >= (r.rpsTarget as number);
    const errors = latency.errors + throughput.errors + throughput.non2xx * (r.write ? 0 : 1);
    return [
      r.name,
      `${latency.p50}`,
      `${latency.p95}${r.p95Target ? ` (≤${r.p95Target})` : ""}`,
      `${latency.p99}`,
      `${throughput.rps}`,
      baseline ? `${baseline.throughput.rps}` : "",
      ratio !== undefined ? `${ratio.toFixed(2)} (≥${r.ratioTarget})` : r.rpsTarget ? `(≥${r.rpsTarget}/s)` : "",
      `${errors}`,
      p95ok && ratioOk && rpsOk && errors === 0 ? "met" : "MISSED",
    ] as string[];
  });
  const header = ["scenario", "p50 ms", "p95 ms", "p99 ms", "req/s c=8", "baseline req/s", "ratio", "errors", "target"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const row of rows) console.log(line(row));
}

await main();
