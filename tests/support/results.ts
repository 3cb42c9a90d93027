import type { Result } from "@/lib/platform/command";

// A command's value, or the test fails with the failure it answered.

export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.value;
}

export const notFoundResult = { ok: false, reason: "not-found" } as const;
