import { prepareDatabase } from "@/lib/platform/db/prepare";
import { checkedEnv, logLine, redact } from "./lib/cli";

// `npm run db:seed`: migrations, all regions (reloaded, to report the time), reference data, and the demo data
// when the database has no account yet. Refuses demo data in production.
const config = checkedEnv();
if (!config.DATABASE_URL) {
  console.error("DATABASE_URL is not set. `npm run dev` seeds its embedded database by itself.");
  process.exit(1);
}
const log = logLine("seed");
log(`database ${redact(config.DATABASE_URL)}, schema ${config.DATABASE_SCHEMA}`);
const result = await prepareDatabase({
  url: config.DATABASE_URL,
  schema: config.DATABASE_SCHEMA,
  demo: config.NODE_ENV !== "production",
  forceRegions: true,
  log,
});
log(`regions took ${(result.regions.ms / 1000).toFixed(2)} s`);
if (config.NODE_ENV === "production") log("production: demo data not seeded");
