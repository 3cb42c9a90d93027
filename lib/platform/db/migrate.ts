import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Applies prisma/migrations/*/migration.sql in order and records each in _prisma_migrations exactly as
// Prisma Migrate does, so `prisma migrate deploy` can take over where the native engine is available.
// See docs/decisions/002-own-migration-runner.md.

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export type Migration = { name: string; sql: string; checksum: string };

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

function quoteIdent(name: string) {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Bad schema name: ${name}`);
  return `"${name}"`;
}

export type MigrateResult = { applied: string[]; alreadyApplied: number };

/**
 * Brings the schema up to date. Each migration runs in its own transaction with its record, so a failure
 * leaves the database at the last good migration. Only transaction-scoped state is used (an advisory xact
 * lock, SET LOCAL search_path), so the runner also works through PgBouncer in transaction mode, and
 * concurrent runners apply each migration once.
 */
export async function migrate(
  connectionString: string,
  options: { schema?: string; log?: (line: string) => void } = {},
): Promise<MigrateResult> {
  const schema = options.schema ?? "public";
  const log = options.log ?? (() => {});
  const client = new pg.Client({ connectionString });
  await client.connect();
  const inTransaction = async <T>(work: () => Promise<T>): Promise<T> => {
    await client.query("BEGIN");
    try {
      await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`desa-binaan-migrate:${schema}`]);
      await client.query(`SET LOCAL search_path TO ${quoteIdent(schema)}, public`);
      const result = await work();
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  };
  try {
    await inTransaction(async () => {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      await client.query(CREATE_TABLE);
    });
    const applied: string[] = [];
    let alreadyApplied = 0;
    for (const migration of await readMigrations()) {
      const started = Date.now();
      const outcome = await inTransaction(async () => {
        const { rows } = await client.query<{ checksum: string; finished_at: Date | null }>(
          `SELECT checksum, finished_at FROM "_prisma_migrations" WHERE migration_name = $1 AND rolled_back_at IS NULL`,
          [migration.name],
        );
        const previous = rows[0];
        if (previous?.finished_at) {
          if (previous.checksum !== migration.checksum) {
            log(`warning: ${migration.name} was edited after it was applied (checksum differs)`);
          }
          return "skipped" as const;
        }
        if (previous) {
          throw new Error(`Migration ${migration.name} failed earlier and was not rolled back; fix the database first.`);
        }
        try {
          await client.query(migration.sql);
        } catch (error) {
          throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
        }
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
           VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        return "applied" as const;
      });
      if (outcome === "skipped") {
        alreadyApplied++;
        continue;
      }
      applied.push(migration.name);
      log(`applied ${migration.name} (${Date.now() - started} ms)`);
    }
    return { applied, alreadyApplied };
  } finally {
    await client.end();
  }
}
