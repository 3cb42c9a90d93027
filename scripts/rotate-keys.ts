import { db } from "@/lib/platform/db/client";
import { rotateEncryptionKeys } from "@/lib/privacy/key-rotation";
import { checkedEnv, logLine } from "./lib/cli";

// npm run keys:rotate [-- --rehash] [-- --batch=200]
// 1. Put the new key first in DATA_ENCRYPTION_KEYS ("new:…,old:…") and restart the app: new writes use it,
//    old values still read. 2. Run this. 3. When it reports nothing left, drop the old key from the list.
// See docs/privacy/key-management.md.

const config = checkedEnv();
const log = logLine("keys:rotate");
if (!config.DATABASE_URL) {
  console.error("DATABASE_URL is not set: point it at the database whose keys to rotate.");
  process.exit(1);
}
const args = process.argv.slice(2);
const rehash = args.includes("--rehash");
const batchArg = args.find((a) => a.startsWith("--batch="));
const batchSize = batchArg ? Number(batchArg.slice("--batch=".length)) : 200;
if (!Number.isInteger(batchSize) || batchSize < 1) {
  console.error("--batch must be a positive whole number");
  process.exit(2);
}
if (rehash && !config.DATA_HASH_KEY_PREVIOUS) {
  console.error("--rehash needs DATA_HASH_KEY_PREVIOUS (the old hash key) so lookups keep working meanwhile");
  process.exit(2);
}

try {
  const result = await rotateEncryptionKeys({ batchSize, rehash, log });
  log(
    `done: ${result.candidates} CPMI records, ${result.journeyEvents} departures and ${result.users} accounts re-encrypted, ${result.rehashed} NIK hashes recomputed`,
  );
} finally {
  await db.$disconnect();
}
