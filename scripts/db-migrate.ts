import { migrate } from "@/lib/platform/db/migrate";
import { checkedEnv, logLine, redact } from "./lib/cli";

// `npm run db:migrate`: applies the pending migrations of prisma/migrations to DATABASE_URL.
const config = checkedEnv();
if (!config.DATABASE_URL) {
  console.error("DATABASE_URL is not set. `npm run dev` migrates its embedded database by itself.");
  process.exit(1);
}
const log = logLine("migrate");
log(`database ${redact(config.DATABASE_URL)}, schema ${config.DATABASE_SCHEMA}`);
const result = await migrate(config.DATABASE_URL, { schema: config.DATABASE_SCHEMA, log });
log(result.applied.length ? `${result.applied.length} applied` : `nothing to apply (${result.alreadyApplied} already applied)`);
