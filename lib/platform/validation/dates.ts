import { z } from "zod";

// Calendar days and date-times from forms and query strings. Only years 1900–2100 are accepted: nothing the
// programme records lies outside them, and years such as 0, 9999 or 99999 either break date arithmetic or are
// refused by PostgreSQL (a 500) or stored as nonsense.

export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "YYYY-MM-DD" naming a real calendar day within the accepted years. */
export function isSaneDay(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < EARLIEST_YEAR || y > LATEST_YEAR) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** True for a well-formed day whose year lies outside the accepted years (to tell the user why). */
export function isDayOutOfRange(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const m = DAY.exec(value);
  return m !== null && (Number(m[1]) < EARLIEST_YEAR || Number(m[1]) > LATEST_YEAR);
}

/** A query-string day filter: a sane day, or absent (anything else is dropped, never an error). */
export const dayFilter = z
  .string()
  .refine(isSaneDay)
  .optional()
  .catch(undefined);
