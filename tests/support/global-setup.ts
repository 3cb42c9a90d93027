import pg from "pg";
import { isStaleTestSchema } from "./schema-name";

// Integration tests run against a real PostgreSQL: DATABASE_URL when set (CI, a developer's server),
// otherwise each test file starts its own in-memory PGlite (tests/support/test-database.ts).
export default async function globalSetup() {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1"].includes(host) && process.env.ALLOW_REMOTE_TEST_DATABASE !== "1") {
    throw new Error(`Refusing to run tests against ${host}: tests create and drop schemas. Use a local database.`);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Once, up front: concurrent CREATE EXTENSION from several workers races.
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public");
    // Schemas left by interrupted earlier runs; other runs may be going on beside this one, so only stale ones.
    const { rows } = await client.query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace WHERE nspname LIKE 'test\\_%' ESCAPE '\\'`,
    );
    for (const { nspname } of rows.filter((r) => isStaleTestSchema(r.nspname))) {
      await client.query(`DROP SCHEMA IF EXISTS "${nspname}" CASCADE`);
    }
  } finally {
    await client.end();
  }
}
