import { db } from "@/lib/platform/db/client";
import { refreshTimeSensitiveRiskFlags } from "@/lib/candidates/commands";
import { checkedEnv, logLine } from "./lib/cli";

// npm run candidates:refresh-risk — recomputes the risk flags that time alone changes (a departure drawing
// near, an 18th birthday) for every village, so the offices' flagged queues are true without anyone opening a
// page. Idempotent; schedule it daily next to privacy:retention (docs/privacy/retention.md shows how).

const config = checkedEnv();
const log = logLine("candidates:refresh-risk");
if (!config.DATABASE_URL) {
  console.error("DATABASE_URL is not set: point it at the portal's database.");
  process.exit(1);
}

try {
  const changed = await refreshTimeSensitiveRiskFlags({});
  log(`${changed} record(s) with changed risk flags`);
} finally {
  await db.$disconnect();
}
