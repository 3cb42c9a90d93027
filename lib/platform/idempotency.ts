import { z } from "zod";

// Double-submit protection. Each form render carries a random key in a hidden field; the write stores it in
// the record's `idempotencyKey` column, unique per user (decision 014). A second submission of the same user
// with the same key (double click, retry after a timeout, back button) gets the first record back as its
// success: the command looks it up in `before`, and `onUniqueViolation` answers a concurrent race
// (lib/platform/command.ts). How to use it in a form and a command: docs/idempotency.md.

export const IDEMPOTENCY_FIELD = "idempotencyKey";

/** Keys are opaque random tokens; anything else is dropped (the write then simply is not deduplicated). */
export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,64}$/)
  .optional()
  .catch(undefined);

/** 128 random bits, URL-safe. getRandomValues also works on plain-http pages, unlike crypto.randomUUID. */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
