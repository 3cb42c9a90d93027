import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/platform/db/embedded";
import { prepareDatabase } from "@/lib/platform/db/prepare";
import { DEMO_ACCOUNTS, demoLoginLines } from "@/lib/demo/accounts";
import { checkedEnv, logLine, redact } from "./lib/cli";
import { bin, exitCode, forwardSignals, portInUse, run } from "./lib/processes";

// `npm run dev`. Without DATABASE_URL: starts the embedded PostgreSQL (PGlite, data in .data/pglite), prepares
// it (migrations, all regions, reference data, demo data) and runs `next dev` against it. With DATABASE_URL:
// prepares that database the same way; demo data goes into a database without accounts unless `--no-demo`.
// Demo data and logins never in production.

const config = checkedEnv();
const log = logLine("dev");
const production = config.NODE_ENV === "production";
const wantDemo = !production && !process.argv.includes("--no-demo");

let embedded: EmbeddedDatabase | undefined;
let url = config.DATABASE_URL;
if (!url) {
  if (await portInUse(config.EMBEDDED_DB_PORT)) {
    console.error(
      `Port ${config.EMBEDDED_DB_PORT} is taken (another \`npm run dev\`?). Stop it, or set EMBEDDED_DB_PORT to a free port.`,
    );
    process.exit(1);
  }
  const dataDir = path.join(process.cwd(), ".data", "pglite");
  embedded = await startEmbeddedDatabase({ dataDir, port: config.EMBEDDED_DB_PORT });
  url = embedded.url;
  log(`embedded PostgreSQL (PGlite) on ${url}, data in .data/pglite`);
} else {
  log(`database ${redact(url)}, schema ${config.DATABASE_SCHEMA}`);
}

async function stopDatabase() {
  if (!embedded) return;
  const db = embedded;
  embedded = undefined;
  await db.stop();
}

try {
  const started = Date.now();
  await prepareDatabase({ url, schema: config.DATABASE_SCHEMA, demo: wantDemo, log });
  log(`database ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (!production) await printDemoLogins(url, config.DATABASE_SCHEMA);
} catch (error) {
  console.error(`Could not prepare the database: ${(error as Error).message}`);
  await stopDatabase();
  process.exit(1);
}

async function printDemoLogins(connectionString: string, schema: string) {
  const client = new pg.Client({ connectionString, options: schema === "public" ? undefined : `-c search_path=${schema},public` });
  await client.connect();
  try {
    const { rowCount } = await client.query(`SELECT 1 FROM "User" WHERE email = $1`, [DEMO_ACCOUNTS.admin.email]);
    if (rowCount) for (const line of demoLoginLines()) log(line);
  } finally {
    await client.end();
  }
}

const next = run(bin("next"), ["dev", "--port", String(config.PORT)], {
  ...process.env,
  DATABASE_URL: url,
  NEXT_TELEMETRY_DISABLED: "1",
});
forwardSignals(next);
const code = await exitCode(next);
await stopDatabase();
process.exit(code);
