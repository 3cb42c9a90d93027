import { z } from "zod";

// A page number from a query string: a whole number from 1 to MAX_PAGE, otherwise the first page. Without the
// bound, "1e309" or twenty nines become an offset PostgreSQL refuses (a 500).

export const MAX_PAGE = 10_000;

export function pageNumber(value: unknown): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= MAX_PAGE ? n : 1;
}

/** The same as a zod field of a filter schema. */
export const pageParam = z.unknown().optional().transform(pageNumber);
