import { db } from "@/lib/db/client";
import { runRetention } from "@/lib/privacy/retention";

// npm run privacy:retention — anonymises the CPMI records whose retention period has run out. Idempotent;
// schedule it daily (docs/privacy/retention.md has a cron line and a systemd timer).

try {
  const { anonymised, policy } = await runRetention();
  console.log(
    `privacy:retention: ${anonymised} record(s) anonymised (retention ${policy.monthsAfterDeparture} months after departure, ${policy.monthsOfInactivity} months of inactivity)`,
  );
} finally {
  await db.$disconnect();
}
