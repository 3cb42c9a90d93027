import { z } from "zod";

// Double-submit protection. Each form render carries a random key in a hidden field; the write stores it in
// the record's `idempotencyKey` column (UNIQUE). A second submission with the same key (double click, retry
// after a timeout, back button) hits the constraint and gets the first record back as its success.
// How to use it in a form and a command: docs/idempotency.md.

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

/** True for Prisma's unique violation on the idempotencyKey column (classic and driver-adapter shapes). */
export function isIdempotencyConflict(error: unknown): boolean {
  if (!error || typeof error !== "object" || (error as { code?: unknown }).code !== "P2002") return false;
  const meta = (error as { meta?: Record<string, unknown> }).meta ?? {};
  const fields: unknown[] = [];
  if (Array.isArray(meta.target)) fields.push(...meta.target);
  else if (typeof meta.target === "string") fields.push(meta.target);
  const cause = (meta.driverAdapterError as { cause?: { constraint?: { fields?: unknown[]; index?: unknown } } } | undefined)
    ?.cause;
  if (Array.isArray(cause?.constraint?.fields)) fields.push(...cause.constraint.fields);
  if (typeof cause?.constraint?.index === "string") fields.push(cause.constraint.index);
  return fields.some((field) => typeof field === "string" && /idempotency_?key/i.test(field.replace(/"/g, "")));
}

export type Idempotent<T> = { record: T; replayed: boolean };

/**
 * Runs `create` (a whole transaction) once per key. `findExisting` must look the key up WITHIN THE ACTOR'S
 * SCOPE: a key of someone else's record is not found, and the conflict then surfaces as an error.
 */
export async function once<T>(
  key: string | undefined,
  create: () => Promise<T>,
  findExisting: (key: string) => Promise<T | null>,
): Promise<Idempotent<T>> {
  if (key) {
    const existing = await findExisting(key);
    if (existing) return { record: existing, replayed: true };
  }
  try {
    return { record: await create(), replayed: false };
  } catch (error) {
    // The earlier submission committed between our look-up and our insert: its transaction won the race.
    if (key && isIdempotencyConflict(error)) {
      const existing = await findExisting(key);
      if (existing) return { record: existing, replayed: true };
    }
    throw error;
  }
}
