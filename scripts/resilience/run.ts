import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { prepareDatabase } from "@/lib/platform/db/prepare";
import { composeNik } from "@/lib/identity/nik";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import { residentMb, startApp, stopApp, type RunningApp } from "./app";
import { hiddenFieldsOfForm, NoScriptBrowser } from "./browser";
import { loadLoop, request, tally, type Outcome } from "./http";

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
  const writer = await signedInVillageOfficial(app);
  const pages: Outcome[] = [];
  const writes = loadLoop(2, () => stop, async () => {
    const { page, response } = await writer.submit("/desa/cpmi/baru", "nik", registration()).catch(() => ({ page: null, response: null }));
    if (page) pages.push(page);
    if (response) pages.push(response);
    return response ?? page ?? { status: null, error: "no page", ms: 0, body: "", headers: {} };
  });
  await new Promise((resolve) => setTimeout(resolve, restartAt - Date.now()));
  const restartStarted = Date.now();
  await restartPostgres();
  restartedAt = Date.now();
  line(`PostgreSQL restart took ${restartedAt - restartStarted} ms`);
  await new Promise((resolve) => setTimeout(resolve, 8_000));
  stop = true;
  const outcomes = await load;
  await writes;
  line(`requests during the restart window: ${JSON.stringify(tally(outcomes))}; signed-in pages and writes: ${JSON.stringify(tally(pages))}`);
  const leaky = pages.filter((o) => /PrismaClient|DriverAdapterError|ECONNREFUSED|\n\s+at /.test(o.body));
  check(leaky.length === 0, `error pages show no technical detail (${leaky.length} leaked)`);
  const failedPages = pages.filter((o) => o.status !== null && o.status >= 500);
  const friendly = failedPages.filter((o) => o.body.includes("Terjadi gangguan") || o.body.includes("Something went wrong"));
  line(`failed pages during the restart: ${failedPages.length}, with the friendly error text: ${friendly.length}; first: ${failedPages[0]?.body.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").slice(0, 160) ?? "-"}`);
  // 307 only to the friendly outage page (a session read that met the restart); 500 is the known gap of a page
  // whose own data read fails after its session was read (docs/security.md).
  const answered = (o: Outcome) =>
    o.status !== null && ([200, 303, 500, 503].includes(o.status) || (o.status === 307 && String(o.headers.location ?? "").startsWith("/gangguan")));
  check(pages.every(answered), `signed-in pages answer (no hang, no dropped connection) while the database restarts (${JSON.stringify(tally(pages))})`);
  await noPartialWrites();
  const unexpected = outcomes.filter((o) => o.status !== 200 && o.status !== 503);
  check(unexpected.length === 0, `only 200 or a clean 503 while the database restarts (${unexpected.length} other)`);
  const slowest = Math.max(...outcomes.map((o) => o.ms));
  check(slowest < 12_000, `no request hangs (slowest ${slowest} ms)`);
  const tail = outcomes.filter((o) => o.at > restartedAt + 4_000);
  check(tail.length > 0 && tail.every((o) => o.status === 200), `recovered by itself within 4 s of the restart (${tail.length} requests after)`);
  check(app.process.exitCode === null, "the app process survived the restart");
}

/**
 * SIGTERM under load, as an orchestrator does it: the signal, then the load balancer stops routing once the
 * health check says 503. Requests already sent (in flight or queued) finish with 200; none is cut off; no 5xx.
 */
async function gracefulShutdown(app: RunningApp) {
  let stop = false;
  let signalledAt = 0;
  const load = loadLoop(12, () => stop, () => request(`${app.base}/masuk`, { timeoutMs: 15_000 }));
  const balancer = (async () => {
    while (!stop) {
      const health = await request(`${app.base}/api/health`, { timeoutMs: 5_000 });
      if (signalledAt && health.status !== 200) stop = true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  signalledAt = Date.now();
  app.process.kill("SIGTERM");
  const code = await Promise.race([app.exited, new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 30_000))]);
  stop = true;
  const outcomes = await load;
  await balancer;
  const inFlight = outcomes.filter((o) => o.at < signalledAt && o.at + o.ms >= signalledAt);
  line(`SIGTERM: exit ${code} after ${Date.now() - signalledAt} ms; outcomes ${JSON.stringify(tally(outcomes))}; ${inFlight.length} in flight at the signal`);
  check(code !== "timeout", "the server exits within 30 s of SIGTERM");
  check(outcomes.every((o) => o.status === null || o.status < 500), "no 5xx during shutdown");
  check(inFlight.length > 0 && inFlight.every((o) => o.status === 200), `every request in flight at SIGTERM completed with 200 (${inFlight.length})`);
  const cut = outcomes.filter((o) => o.error);
  for (const o of cut.slice(0, 5)) line(`cut: ${o.error}, started ${o.at - signalledAt} ms after the signal, failed after ${o.ms} ms`);
  check(cut.length === 0, `no request sent before the balancer stopped routing was dropped (${cut.length})`);
}

async function pgCluster(action: "stop" | "start") {
  const [version, name] = config.pgCluster;
  await execFileAsync("pg_ctlcluster", ["--skip-systemctl-redirect", version, name, action], { timeout: 60_000 });
}

/**
 * A 5-second database outage while village officials post the registration form without JavaScript (issue #16):
 * the action answers with its friendly state, and the page it re-renders cannot read the session, so the post
 * answers with a redirect to the friendly outage page (503 with the try-again text), never a 500.
 */
async function noScriptOutage(app: RunningApp) {
  const writer = await signedInVillageOfficial(app);
  const form = await writer.get("/desa/cpmi/baru");
  const hidden = hiddenFieldsOfForm(form.body, "nik");
  if (!hidden) throw new Error("no registration form on /desa/cpmi/baru");
  const answers: Outcome[] = [];
  const pages: Outcome[] = [];
  await pgCluster("stop");
  const until = Date.now() + 5_000;
  try {
    await Promise.all(
      Array.from({ length: 3 }, async () => {
        while (Date.now() < until) {
          const answer = await writer.post("/desa/cpmi/baru", hidden, { ...registration(), idempotencyKey: crypto.randomUUID() });
          answers.push(answer);
          const location = String(answer.headers.location ?? "");
          if (answer.status === 303 || answer.status === 307) pages.push(await writer.get(new URL(location, app.base).pathname + new URL(location, app.base).search));
        }
      }),
    );
  } finally {
    await pgCluster("start");
  }
  const friendly = (o: Outcome) => o.body.includes("Terjadi gangguan") || o.body.includes("Something went wrong");
  const toOutagePage = answers.filter((o) => String(o.headers.location ?? "").startsWith("/gangguan"));
  line(`no-JavaScript posts during a 5 s outage: ${JSON.stringify(tally(answers))}; ${toOutagePage.length} sent to the outage page, which answered ${JSON.stringify(tally(pages))}`);
  check(answers.length > 0 && answers.every((o) => o.status !== null && o.status < 500), `no 5xx to a form post without JavaScript during the outage (${answers.filter((o) => (o.status ?? 500) >= 500).length} of ${answers.length})`);
  check(toOutagePage.length > 0 && pages.every((o) => o.status === 503 && friendly(o)), "every such post lands on the friendly outage page (503, try-again text)");
  // Back up before the next check: the cluster accepts connections again within seconds.
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    if ((await request(`${app.base}/api/health`, { timeoutMs: 5_000 })).status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Forwarded headers count only from TRUSTED_PROXIES (none here), and cookies are Secure when APP_URL is https. */
async function proxyHeaderChecks(app: RunningApp) {
  const spoofed = await request(`${app.base}/masuk`, {
    method: "POST",
    headers: { origin: "https://evil.example", "x-forwarded-host": "evil.example", "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    body: "[]",
  });
  check(spoofed.status === 403, `Origin evil.example with X-Forwarded-Host evil.example from a client is still refused (got ${spoofed.status})`);
  const browser = new NoScriptBrowser(app.base);
  const page = await browser.get("/masuk");
  const hidden = hiddenFieldsOfForm(page.body, "password");
  if (!hidden) throw new Error("no login form");
  await browser.post("/masuk", hidden, { email: `nobody-${Date.now()}@desabinaan.test`, password: "salah-sekali" }, { "x-forwarded-for": "203.0.113.77", "x-real-ip": "203.0.113.78" });
  const attempt = await withClient(databaseUrl, (client) => client.query<{ ip: string }>(`SELECT ip FROM "LoginAttempt" ORDER BY "createdAt" DESC LIMIT 1`));
  check(attempt.rows[0]?.ip === "127.0.0.1", `the login throttle counts the socket's address, not X-Forwarded-For (recorded ${attempt.rows[0]?.ip})`);

  const https = await startApp({ port: config.appPort + 1, databaseUrl, logDir: config.logDir, env: { APP_URL: "https://desabinaan.example.go.id" } });
  try {
    const official = new NoScriptBrowser(https.base);
    const { response } = await official.submit("/masuk", "password", { email: DEMO_ACCOUNTS.gendangTimburu.email, password: DEMO_PASSWORD });
    const session = (response?.headers["set-cookie"] ?? []).find((c) => c.includes("session-token"));
    check(Boolean(session && /;\s*secure/i.test(session) && session.startsWith("__Secure-")), `with APP_URL https the session cookie is Secure (${session?.split("=")[0] ?? "none"})`);
  } finally {
    await stopApp(https);
  }
}

const usedNiks = new Set<string>();

/** A valid CPMI registration as the form posts it, with a NIK of Gendang Timburu's district no one used yet. */
function registration(): Record<string, string> {
  for (;;) {
    const birth = new Date(Date.UTC(1975 + Math.floor(Math.random() * 25), Math.floor(Math.random() * 12), 1 + Math.floor(Math.random() * 28)));
    const sex = Math.random() < 0.5 ? "FEMALE" : "MALE";
    const nik = composeNik("630215", birth, sex, 1 + Math.floor(Math.random() * 9_999));
    if (usedNiks.has(nik)) continue;
    usedNiks.add(nik);
    return {
      nik,
      name: `Uji Beban ${usedNiks.size}`,
      sex,
      birthDate: birth.toISOString().slice(0, 10),
      phone: "0812-3456-7890",
      hamlet: "Dusun I",
      rt: "003",
      rw: "001",
      education: "SMA",
      destinationCountry: "MY",
      jobSector: "PLANTATION",
      placementChannel: "P3MI",
      agencyName: "PT Mitra Kerja Sejahtera",
      plannedVisa: "WORK",
      recruitmentSource: "P3MI_OFFICE",
      feeArrangement: "NONE_ASKED",
      consentMethod: "WRITTEN",
      consentConfirmed: "on",
    };
  }
}

const NEIGHBOUR_EMAIL = "desa.buluhkuning@resilience.test";

/** A second village official (Desa Buluh Kuning, same office), with the demo password, for cross-village checks. */
async function createNeighbourOfficial() {
  await withClient(databaseUrl, (client) =>
    client.query(
      `INSERT INTO "User" (name, email, "passwordHash", role, "villageCode", "updatedAt")
       SELECT 'Perangkat Desa Buluh Kuning', $2, "passwordHash", role, '63.02.15.2001', now() FROM "User" WHERE email = $1
       ON CONFLICT DO NOTHING`,
      [DEMO_ACCOUNTS.gendangTimburu.email, NEIGHBOUR_EMAIL],
    ),
  );
}

async function signedInVillageOfficial(app: RunningApp, email: string = DEMO_ACCOUNTS.gendangTimburu.email): Promise<NoScriptBrowser> {
  const browser = new NoScriptBrowser(app.base);
  const { response } = await browser.submit("/masuk", "password", { email, password: DEMO_PASSWORD });
  if (response?.status !== 303 || !String(response.headers.location ?? "").includes("/desa")) {
    throw new Error(`sign-in failed: ${response?.status} → ${response?.headers.location}`);
  }
  return browser;
}

type Sent = { registrations: number; registered: string[]; guidance: number; guided: number; failures: Outcome[] };

/** One virtual village official's realistic mix: lists, searches, registrations and guidance records. */
async function villageMix(browser: NoScriptBrowser, sent: Sent, guidanceDay: string): Promise<Outcome> {
  const roll = Math.random();
  const mine = sent.registered;
  if (roll < 0.2) {
    sent.registrations++;
    const { response } = await browser.submit("/desa/cpmi/baru", "nik", registration());
    const location = String(response?.headers.location ?? "");
    const id = /\/desa\/cpmi\/([0-9a-f-]{36})/.exec(location)?.[1];
    if (response?.status === 303 && id) mine.push(id);
    else if (response) sent.failures.push(response);
    return response!;
  }
  if (roll < 0.35 && mine.length) {
    sent.guidance++;
    const id = mine[Math.floor(Math.random() * mine.length)];
    const { response } = await browser.submit(`/desa/cpmi/${id}`, "topics", { sessionDate: guidanceDay, topics: ["M_PASPOR", "DOCUMENTS"], notes: "Sosialisasi prosedur paspor" });
    if (response?.status === 303) sent.guided++;
    else if (response) sent.failures.push(response);
    return response!;
  }
  const reads = ["/desa/cpmi", "/desa", `/desa/cpmi?q=${encodeURIComponent(["uji", "beban 1", "%", "_", "siti"][Math.floor(Math.random() * 5)])}`, "/desa/cpmi?page=2"];
  const outcome = await browser.get(reads[Math.floor(Math.random() * reads.length)]);
  if (outcome.status !== 200) sent.failures.push(outcome);
  return outcome;
}

/** Bounded soak with signed-in users: zero errors, memory at start and end, every record sent is stored. */
async function soak(app: RunningApp) {
  const users = await Promise.all([1, 2, 3, 4].map(() => signedInVillageOfficial(app)));
  const pid = app.process.pid!;
  const startMb = await residentMb(pid);
  const started = new Date();
  const guidanceDay = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const sent: Sent = { registrations: 0, registered: [], guidance: 0, guided: 0, failures: [] };
  const until = Date.now() + config.soakSeconds * 1_000;
  const outcomes = await loadLoop(users.length, () => Date.now() > until, (worker) => villageMix(users[worker], sent, guidanceDay));
  const endMb = await residentMb(pid);
  const perSecond = Math.round(outcomes.length / config.soakSeconds);
  line(`soak ${config.soakSeconds} s, ${users.length} signed-in users: ${outcomes.length} requests (${perSecond}/s), ${JSON.stringify(tally(outcomes))}`);
  line(`sent ${sent.registrations} registrations (${sent.registered.length} accepted), ${sent.guidance} guidance records (${sent.guided} accepted)`);
  line(`server memory (RSS): start ${startMb} MB, end ${endMb} MB`);
  for (const failure of sent.failures.slice(0, 3)) line(`failure: ${failure.status} ${failure.error ?? ""} ${failure.body.slice(0, 200).replace(/\s+/g, " ")}`);
  check(sent.failures.length === 0, `zero errors under load (${sent.failures.length})`);
  check(sent.registered.length === sent.registrations && sent.guided === sent.guidance, "every write was accepted");
  const stored = await withClient(databaseUrl, async (client) => {
    const candidates = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Candidate" WHERE name LIKE 'Uji Beban %' AND "createdAt" >= $1`, [started]);
    const guidance = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "GuidanceRecord" WHERE "candidateId" = ANY($1::uuid[])`, [sent.registered]);
    return { candidates: Number(candidates.rows[0].n), guidance: Number(guidance.rows[0].n) };
  });
  line(`stored afterwards: ${stored.candidates} registrations, ${stored.guidance} guidance records`);
  check(stored.candidates === sent.registered.length && stored.guidance === sent.guided, "every record written is present afterwards (sent = stored)");
  if (startMb && endMb) check(endMb < startMb * 2 + 200, "memory stays bounded during the soak");
}

const XSS_NAME = "<img src=x onerror=alert(1)>";
const XSS_HAMLET = "<script>alert(1)</script>";
const XSS_AGENCY = '"><svg onload=alert(1)>';

/**
 * Signed-in attack checks through the real forms and pages: stored XSS, mass assignment, cross-village ids
 * on pages, RSC payloads and actions, protected fields (full NIK) absent from HTML and RSC payloads, and
 * protected pages' RSC/prefetch URLs refused to a visitor without a session.
 */
async function attackChecks(app: RunningApp) {
  await createNeighbourOfficial();
  const neighbour = await signedInVillageOfficial(app, NEIGHBOUR_EMAIL);
  const theirs = await neighbour.submit("/desa/cpmi/baru", "nik", registration());
  check(theirs.response?.status === 303, `a neighbouring village registers its own CPMI (${theirs.response?.status})`);
  const browser = await signedInVillageOfficial(app);
  const payload = {
    ...registration(),
    name: XSS_NAME,
    hamlet: XSS_HAMLET,
    agencyName: XSS_AGENCY,
    // Mass assignment: fields the form does not have.
    villageCode: "35.19.01.2001",
    createdById: "00000000-0000-0000-0000-000000000000",
    role: "ADMIN",
    officeId: "00000000-0000-0000-0000-000000000000",
    riskFlags: "[]",
  };
  const { response } = await browser.submit("/desa/cpmi/baru", "nik", payload);
  const id = /\/desa\/cpmi\/([0-9a-f-]{36})/.exec(String(response?.headers.location ?? ""))?.[1];
  check(response?.status === 303 && Boolean(id), `a CPMI with markup in every free-text field registers (${response?.status})`);
  if (!id) return;

  const stored = await withClient(databaseUrl, async (client) => {
    const own = await client.query<{ villageCode: string; createdById: string; name: string }>(
      `SELECT "villageCode", "createdById", name FROM "Candidate" WHERE id = $1`,
      [id],
    );
    const other = await client.query<{ id: string; name: string; nikMasked: string }>(
      `SELECT id, name, "nikMasked" FROM "Candidate" WHERE "villageCode" <> $1 ORDER BY "createdAt" DESC LIMIT 1`,
      [own.rows[0].villageCode],
    );
    const user = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [DEMO_ACCOUNTS.gendangTimburu.email]);
    return { ...own.rows[0], otherId: other.rows[0]?.id, other: other.rows[0], userId: user.rows[0].id };
  });
  check(stored.villageCode === "63.02.15.2002" && stored.createdById === stored.userId, "mass assignment ignored: village and author come from the session");
  check(stored.name === XSS_NAME, "the markup is stored as typed (escaped on output, not mangled on input)");

  const pages = [`/desa/cpmi/${id}`, "/desa/cpmi", `/desa/cpmi?q=${encodeURIComponent("<img")}`, "/desa"];
  for (const path of pages) {
    const html = await browser.get(path);
    const rsc = await browser.getRsc(path);
    const raw = [XSS_NAME, XSS_HAMLET, XSS_AGENCY, "<svg onload"].filter((needle) => html.body.includes(needle));
    check(html.status === 200 && raw.length === 0, `${path}: stored markup is escaped in the HTML (${raw.length} raw)`);
    check(rsc.status === 200 && rsc.body.length > 0, `${path}: the RSC payload is served to its owner (${rsc.status})`);
    const niks = [...usedNiks].filter((nik) => html.body.includes(nik) || rsc.body.includes(nik));
    check(niks.length === 0, `${path}: no full NIK in the HTML or RSC payload (${niks.length})`);
  }

  check(Boolean(stored.otherId), "another village's CPMI exists to attack");
  if (stored.otherId) {
    for (const path of [`/desa/cpmi/${stored.otherId}`, `/desa/cpmi/${stored.otherId}/ubah`]) {
      const page = await browser.get(path);
      const rsc = await browser.getRsc(path);
      // Not found in the page; the RSC stream of a not-found page is a 200 carrying the not-found UI only.
      const leaked = [stored.other.name, stored.other.nikMasked].filter((needle) => page.body.includes(needle) || rsc.body.includes(needle));
      check(page.status === 404 && leaked.length === 0, `another village's CPMI is not found at ${path}, and neither its page nor its RSC payload names it (HTML ${page.status}, RSC ${rsc.status}, ${leaked.length} leaks)`);
    }
    // The guidance form of one's own CPMI, posted to another village's CPMI page.
    const own = await browser.get(`/desa/cpmi/${id}`);
    const { hiddenFieldsOfForm } = await import("./browser");
    const hidden = hiddenFieldsOfForm(own.body, "topics");
    if (hidden) {
      const before = await withClient(databaseUrl, (client) => client.query<{ n: string }>(`SELECT count(*) AS n FROM "GuidanceRecord" WHERE "candidateId" = $1`, [stored.otherId]));
      const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      const attack = await browser.post(`/desa/cpmi/${stored.otherId}`, hidden, { sessionDate: day, topics: "M_PASPOR", candidateId: stored.otherId });
      const after = await withClient(databaseUrl, (client) => client.query<{ n: string }>(`SELECT count(*) AS n FROM "GuidanceRecord" WHERE "candidateId" = $1`, [stored.otherId]));
      check(after.rows[0].n === before.rows[0].n, `a guidance action aimed at another village's CPMI writes nothing (answered ${attack.status})`);
    }
  }

  // Beyond the 1 MB a server action accepts, and a NUL byte that PostgreSQL would refuse: never a 500, nothing written.
  const before = await withClient(databaseUrl, (client) => client.query<{ n: string }>(`SELECT count(*) AS n FROM "Candidate"`));
  const huge = await browser.submit("/desa/cpmi/baru", "nik", { ...registration(), notes: "x".repeat(1_200_000), name: "Besar ".repeat(200_000) });
  const nul = await browser.submit("/desa/cpmi/baru", "nik", { ...registration(), name: "Siti\u0000Aminah", hamlet: "\u0000" });
  const after = await withClient(databaseUrl, (client) => client.query<{ n: string }>(`SELECT count(*) AS n FROM "Candidate"`));
  check(huge.response?.status === 413, `an oversized form post (>1 MB) is refused with 413, not a 500 (${huge.response?.status})`);
  check(nul.response?.status === 303, `a NUL byte in a form post is cleaned, not a 500 (${nul.response?.status})`);
  check(Number(after.rows[0].n) === Number(before.rows[0].n) + 1, "the oversized post wrote nothing; the cleaned one wrote one record");

  const visitor = new NoScriptBrowser(app.base);
  for (const [label, headers] of [
    ["RSC", { rsc: "1" }],
    ["prefetch", { rsc: "1", "next-router-prefetch": "1" }],
    ["plain", {}],
  ] as const) {
    const outcome = "rsc" in headers ? await visitor.getRsc(`/desa/cpmi/${id}`, headers) : await visitor.get(`/desa/cpmi/${id}`, headers);
    // The proxy redirects page loads; RSC and prefetch requests reach the page, whose requireActor() refuses them.
    check(!outcome.body.includes("Uji Beban") && !outcome.body.includes("onerror") && outcome.status !== 500, `signed out, the ${label} request of a protected page gets no data (${outcome.status})`);
  }
  const dotRsc = await visitor.get(`/desa/cpmi/${id}.rsc`);
  check(dotRsc.status !== 200 || !dotRsc.body.includes("onerror"), `signed out, the .rsc URL of a protected page leaks nothing (${dotRsc.status})`);
  const bypass = await visitor.get(`/desa/cpmi/${id}`, { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" });
  check(bypass.status === 307 && !bypass.body.includes("onerror"), `x-middleware-subrequest does not reach a protected page (${bypass.status})`);
}

/** After a fault: every CPMI has exactly one creation audit row (the two are written in one transaction). */
async function noPartialWrites() {
  const orphans = await withClient(databaseUrl, (client) =>
    client.query<{ n: string }>(
      `SELECT count(*) AS n FROM "Candidate" c
        WHERE c.name LIKE 'Uji Beban %'
          AND (SELECT count(*) FROM "AuditLog" a WHERE a.entity = 'Candidate' AND a."entityId" = c.id::text AND a.action = 'candidate.create') <> 1`,
    ),
  );
  check(Number(orphans.rows[0].n) === 0, `no partial write: every CPMI has its one creation audit row (${orphans.rows[0].n} without)`);
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
    await attackChecks(app);
    await proxyHeaderChecks(app);
    await postgresRestart(app);
    await noScriptOutage(app);
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
