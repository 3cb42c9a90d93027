import { randomBytes } from "node:crypto";

// Test schemas carry their creation time, so a run cleans up only what earlier, interrupted runs left behind
// and never the schemas of a run going on beside it on the same server.
export const TEST_SCHEMA_PATTERN = /^test_(\d{10})_/;
const STALE_AFTER_SECONDS = 3 * 60 * 60;

export function testSchemaName(label = "t"): string {
  return `test_${Math.floor(Date.now() / 1000)}_${label}_${randomBytes(4).toString("hex")}`;
}

export function isStaleTestSchema(name: string, now = Date.now()): boolean {
  const match = TEST_SCHEMA_PATTERN.exec(name);
  return Boolean(match) && Number(match![1]) < now / 1000 - STALE_AFTER_SECONDS;
}
