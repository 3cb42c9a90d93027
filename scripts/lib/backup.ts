import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import pg from "pg";

// Backups with pg_dump's custom format, plus a manifest of row counts and per-table checksums taken in the
// very snapshot pg_dump reads, so a restore can prove it brought back exactly what was saved.

export type TableFingerprint = { rows: number; md5: string };
export type Manifest = { createdAt: string; schema: string; tables: Record<string, TableFingerprint> };

function quoteIdent(name: string) {
  return `"${name.replace(/"/g, '""')}"`;
}

export function assertSchemaName(schema: string) {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Bad schema name: ${schema}`);
}

/** Row count and an md5 over every row (as text, in a stable order) of each table in the schema. */
export async function tableFingerprints(client: pg.ClientBase, schema: string): Promise<Record<string, TableFingerprint>> {
  const { rows: tables } = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
    [schema],
  );
  const result: Record<string, TableFingerprint> = {};
  for (const { table_name } of tables) {
    const qualified = `${quoteIdent(schema)}.${quoteIdent(table_name)}`;
    const { rows } = await client.query<{ rows: string; md5: string | null }>(
      `SELECT count(*)::text AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS md5 FROM ${qualified} t`,
    );
    result[table_name] = { rows: Number(rows[0].rows), md5: rows[0].md5 ?? "" };
  }
  return result;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${stderr.trim().slice(0, 2000)}`)),
    );
  });
}

/** libpq does not know Prisma-style query parameters such as ?schema=. */
function libpqUrl(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete("schema");
  return parsed.toString();
}

export function manifestPath(file: string) {
  return `${file}.manifest.json`;
}

/**
 * Dumps the database (or one schema when it is not "public") to `file` and writes its manifest. The manifest
 * is computed inside an exported REPEATABLE READ snapshot that pg_dump then reads (--snapshot), so writes
 * arriving during the backup can't make the two disagree.
 */
export async function backupDatabase(options: { url: string; schema?: string; file: string; pgDump?: string }) {
  const schema = options.schema ?? "public";
  assertSchemaName(schema);
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows } = await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
    const tables = await tableFingerprints(client, schema);
    const args = ["--format=custom", "--no-owner", "--no-privileges", `--snapshot=${rows[0].snapshot}`, `--file=${options.file}`];
    if (schema !== "public") args.push(`--schema=${schema}`);
    await run(options.pgDump ?? "pg_dump", [...args, libpqUrl(options.url)]);
    await client.query("COMMIT");
    const manifest: Manifest = { createdAt: new Date().toISOString(), schema, tables };
    await writeFile(manifestPath(options.file), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await client.end();
  }
}

export type RestoreResult = { manifest?: Manifest; restored: Record<string, TableFingerprint>; mismatches: string[] };

/**
 * Restores a dump into an EMPTY database (refuses one that already holds the schema's tables: a restore must
 * never mix with live data), in a single transaction, then compares every table with the manifest.
 */
export async function restoreDatabase(options: { url: string; file: string; pgRestore?: string }): Promise<RestoreResult> {
  const manifest = await readFile(manifestPath(options.file), "utf8").then(
    (text) => JSON.parse(text) as Manifest,
    () => undefined,
  );
  const schema = manifest?.schema ?? "public";
  assertSchemaName(schema);
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`,
      [schema],
    );
    if (Number(rows[0].n) > 0) {
      throw new Error(`The target database already has tables in schema "${schema}". Restore into a fresh database.`);
    }
    // A single-schema dump leaves out the extension its indexes use.
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public");
    await run(options.pgRestore ?? "pg_restore", [
      "--no-owner",
      "--no-privileges",
      "--exit-on-error",
      "--single-transaction",
      `--dbname=${libpqUrl(options.url)}`,
      options.file,
    ]);
    const restored = await tableFingerprints(client, schema);
    const mismatches: string[] = [];
    if (manifest) {
      const names = new Set([...Object.keys(manifest.tables), ...Object.keys(restored)]);
      for (const name of names) {
        const want = manifest.tables[name];
        const got = restored[name];
        if (!want || !got || want.rows !== got.rows || want.md5 !== got.md5) {
          mismatches.push(`${name}: expected ${want?.rows ?? "absent"} rows, restored ${got?.rows ?? "absent"}`);
        }
      }
    }
    return { manifest, restored, mismatches };
  } finally {
    await client.end();
  }
}
