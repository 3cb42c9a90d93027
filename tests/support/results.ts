import type { Result } from "@/lib/platform/command";

// A command's value, or the test fails with the failure it answered.

export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.value;
}

export const notFoundResult = { ok: false, reason: "not-found" } as const;

/** The message key of each refused field, or null when the answer is no field refusal. */
export function fieldKeysOf(result: Result<unknown>): Record<string, string> | null {
  if (result.ok || result.reason !== "invalid") return null;
  return Object.fromEntries(Object.entries(result.fieldErrors).map(([field, message]) => [field, message.key]));
}
