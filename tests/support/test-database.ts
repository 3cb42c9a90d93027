import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { loadRegions } from "@/lib/regions/load";

// Each integration test file gets its own clean database: a fresh schema on the PostgreSQL server named by
// DATABASE_URL, or a fresh in-memory PGlite when none is set. Runs before the test file imports lib/db.

/** Provinces loaded for tests: Kalimantan Selatan (the seed case) and Jawa Timur (a second, unrelated area). */
export const TEST_PROVINCES = ["63", "35"];

let embedded: EmbeddedDatabase | undefined;
let url = process.env.DATABASE_URL;
let schema = "public";

if (url) {
  // The runner's pid (this worker's parent) lets global-setup tell stale schemas from live ones.
  schema = `test_${process.ppid}_${process.pid}_${randomBytes(4).toString("hex")}`;
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
  const { db, dbPool } = await import("@/lib/db/client");
  await db.$disconnect();
  await dbPool().end();
  if (embedded) {
    await embedded.stop();
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});
