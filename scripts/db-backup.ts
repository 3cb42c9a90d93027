import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { backupDatabase, manifestPath } from "./lib/backup";

// npm run db:backup [-- --out backups/file.dump]: pg_dump (custom format) of DATABASE_URL plus a manifest.

const { values } = parseArgs({ options: { out: { type: "string" } } });
const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    "db:backup needs DATABASE_URL pointing at a PostgreSQL server (pg_dump speaks to a server).\n" +
      "The embedded development database is a folder: stop `npm run dev` and copy .data/ instead (see README).",
  );
  process.exit(2);
}
const file = values.out ?? path.join("backups", `desa-binaan-${new Date().toISOString().replace(/[:.]/g, "-")}.dump`);
await mkdir(path.dirname(file), { recursive: true });
const manifest = await backupDatabase({ url, schema: process.env.DATABASE_SCHEMA || "public", file });
const rows = Object.values(manifest.tables).reduce((sum, table) => sum + table.rows, 0);
console.log(`Backup written: ${file} (${Object.keys(manifest.tables).length} tables, ${rows} rows)`);
console.log(`Manifest: ${manifestPath(file)}`);
