import { randomBytes } from "node:crypto";

// A schema name in the test_<runner pid>_… form, so global-setup drops it only once its runner is gone
// (see tests/support/global-setup.ts).
export function testSchemaName(label = "t"): string {
  return `test_${process.ppid}_${label}_${randomBytes(4).toString("hex")}`;
}
