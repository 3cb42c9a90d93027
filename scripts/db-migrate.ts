import pg from "pg";
import { migrate } from "@/lib/platform/db/migrate";
import { renormaliseStoredPhones } from "@/lib/identity/phone-migration";
import { checkedEnv, logLine, redact } from "./lib/cli";

// `npm run db:migrate`: applies the pending migrations of prisma/migrations to DATABASE_URL, then the data
// steps that need the encryption keys (stored phones in the +62 form, decision 013).
const config = checkedEnv();
if (!config.DATABASE_URL) {
  console.error("DATABASE_URL is not set. `npm run dev` migrates its embedded database by itself.");
  process.exit(1);
}
const log = logLine("migrate");
log(`database ${redact(config.DATABASE_URL)}, schema ${config.DATABASE_SCHEMA}`);
const result = await migrate(config.DATABASE_URL, { schema: config.DATABASE_SCHEMA, log });
log(result.applied.length ? `${result.applied.length} applied` : `nothing to apply (${result.alreadyApplied} already applied)`);
const pool = new pg.Pool({
  connectionString: config.DATABASE_URL,
  max: 1,
  options: config.DATABASE_SCHEMA === "public" ? undefined : `-c search_path=${config.DATABASE_SCHEMA},public`,
});
try {
  const phones = await renormaliseStoredPhones(pool);
  log(phones ? `phones: ${phones} stored numbers rewritten to the +62 form` : "phones: all in the +62 form");
} finally {
  await pool.end();
}
