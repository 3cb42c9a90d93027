import pg from "pg";

/**
 * True when the test database is the in-process PGlite: it runs queries synchronously on the JS thread, so
 * pg_sleep blocks the event loop and statement_timeout never fires. Timing tests need a real server.
 */
export async function isEmbeddedDatabase(): Promise<boolean> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>("SELECT version()");
    return /PGlite|emscripten/i.test(rows[0].version);
  } finally {
    await client.end();
  }
}

/**
 * True when the suite runs through PgBouncer in transaction mode (npm run test:pgbouncer): a client's
 * statement_timeout cannot reach the server there, so behind a pooler it is a role setting (docs/scaling.md).
 */
export const behindPgBouncer = process.env.TEST_THROUGH_PGBOUNCER === "1";
