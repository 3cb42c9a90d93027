import pg from "pg";

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
    // Schemas left by an interrupted earlier run: named test_<runner pid>_…, dropped once that runner is
    // gone. Runs still going (another terminal, another checkout) keep theirs.
    const { rows } = await client.query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace WHERE nspname ~ '^test_[0-9]+_'`,
    );
    for (const { nspname } of rows) {
      const runner = Number(nspname.split("_")[1]);
      if (!isAlive(runner)) await client.query(`DROP SCHEMA IF EXISTS "${nspname}" CASCADE`);
    }
    // Likewise the databases of TEST_DATABASE_ISOLATION=database runs.
    const databases = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname ~ '^test_[0-9]+_'`,
    );
    for (const { datname } of databases.rows) {
      const runner = Number(datname.split("_")[1]);
      if (!isAlive(runner)) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
