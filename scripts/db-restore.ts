import { parseArgs } from "node:util";
import { restoreDatabase } from "./lib/backup";

// npm run db:restore -- <file.dump> [--database-url postgresql://…]: restore into an EMPTY database and verify
// every table's row count and checksum against the backup's manifest. Exits non-zero on any difference.

const { values, positionals } = parseArgs({ options: { "database-url": { type: "string" } }, allowPositionals: true });
const file = positionals[0];
const url = values["database-url"] ?? process.env.DATABASE_URL;
if (!file || !url) {
  console.error("Usage: npm run db:restore -- <file.dump> [--database-url postgresql://…/fresh_database]");
  process.exit(2);
}
const result = await restoreDatabase({ url, file });
if (!result.manifest) {
  console.warn(`No manifest beside ${file}: restored without verification.`);
} else if (result.mismatches.length > 0) {
  console.error(`Restore differs from the backup:\n  ${result.mismatches.join("\n  ")}`);
  process.exit(1);
}
const rows = Object.values(result.restored).reduce((sum, table) => sum + table.rows, 0);
console.log(`Restored ${Object.keys(result.restored).length} tables, ${rows} rows${result.manifest ? ", all matching the manifest" : ""}.`);
