import { db } from "@/lib/platform/db/client";
import { runRetention } from "@/lib/privacy/retention";
import { checkedEnv, logLine } from "./lib/cli";

// npm run privacy:retention — anonymises the CPMI records whose retention period has run out. Idempotent;
// schedule it daily (docs/privacy/retention.md has a cron line and a systemd timer).

const config = checkedEnv();
const log = logLine("privacy:retention");
if (!config.DATABASE_URL) {
  console.error("DATABASE_URL is not set: point it at the portal's database.");
  process.exit(1);
}

try {
  const { anonymised, policy } = await runRetention();
  log(
    `${anonymised} record(s) anonymised (retention: ${policy.monthsAfterDeparture} months after departure, ${policy.monthsOfInactivity} months of inactivity)`,
  );
} finally {
  await db.$disconnect();
}
