import type { z } from "zod";

// What a CPMI command answers. Expected failures are values, not exceptions; their texts are message keys
// the page translates. Out-of-scope records throw NotFoundError instead: they must look absent.

export type ConflictInfo = {
  currentVersion: number;
  /** Fields others saved since the form was loaded, with their values then and now (personal ids redacted). */
  changes: { field: string; from: unknown; to: unknown }[];
  changedBy: string[];
  changedAt: Date | null;
};

export type CommandResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string> }
  | { ok: false; reason: "duplicate"; where: "own-village" }
  | { ok: false; reason: "duplicate"; where: "other-village"; office: { name: string; phone: string } | null }
  | { ok: false; reason: "conflict"; conflict: ConflictInfo };

/** The first message key of each field. */
export function fieldKeys(error: z.ZodError): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "form";
    if (!(field in keys)) keys[field] = issue.message;
  }
  return keys;
}
