import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/platform/db/embedded";
import { migrate } from "@/lib/platform/db/migrate";
import { loadRegions } from "@/lib/regions/load";

// Each integration test file gets its own clean database: a fresh schema on the PostgreSQL server named by
// DATABASE_URL, or a fresh in-memory PGlite when none is set. Runs before the test file imports lib/db.
// TEST_DATABASE_ISOLATION=database gives each file a database of its own instead of a schema: the way to run
// the suite through PgBouncer in transaction mode, which cannot carry a per-connection search_path.

/** Provinces loaded for tests: Kalimantan Selatan (the seed case) and Jawa Timur (a second, unrelated area). */
export const TEST_PROVINCES = ["63", "35"];

let embedded: EmbeddedDatabase | undefined;
let url = process.env.DATABASE_URL;
let schema = "public";
let ownDatabase: { name: string; serverUrl: string } | undefined;
// The runner's pid (this worker's parent) lets global-setup tell stale schemas from live ones.
const isolatedName = `test_${process.ppid}_${process.pid}_${randomBytes(4).toString("hex")}`;

if (url && process.env.TEST_DATABASE_ISOLATION === "database") {
  ownDatabase = { name: isolatedName, serverUrl: url };
  await withClient(url, (client) => client.query(`CREATE DATABASE "${isolatedName}"`));
  const own = new URL(url);
  own.pathname = `/${isolatedName}`;
  url = own.toString();
} else if (url) {
  schema = isolatedName;
} else {
  embedded = await startEmbeddedDatabase({ port: 20_000 + Math.floor(Math.random() * 20_000) });
  url = embedded.url;
}

await migrate(url, { schema });
const pool = new pg.Pool({
  connectionString: url,
  options: schema === "public" ? undefined : `-c search_path=${schema},public`,
});
await loadRegions(pool, { provinces: TEST_PROVINCES });
await pool.end();

process.env.DATABASE_URL = url;
process.env.DATABASE_SCHEMA = schema;

afterAll(async () => {
  const { db, dbPool } = await import("@/lib/platform/db/client");
  await db.$disconnect();
  await dbPool().end();
  if (embedded) {
    await embedded.stop();
    return;
  }
  if (ownDatabase) {
    const { name, serverUrl } = ownDatabase;
    await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    return;
  }
  await withClient(url!, (client) => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
});

async function withClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
