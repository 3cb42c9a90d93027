// E-mail addresses identify accounts and key the login throttle: one spelling per address. Pure.

/** Trimmed and lower-cased: the form every writer stores and every lookup hashes. */
export function normaliseEmail(input: string): string {
  return input.trim().toLowerCase();
}
