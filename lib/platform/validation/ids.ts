import { NotFoundError } from "@/lib/platform/errors";

// Record ids are UUIDs. An id from a URL or a form that is not one names no record: it is "not found" before any
// query runs (PostgreSQL would refuse it with an error, which would surface as a 500).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** The id itself, or a NotFoundError for `entity` when it cannot be a record id. */
export function recordIdOrNotFound(value: unknown, entity: string): string {
  if (!isRecordId(value)) throw new NotFoundError(entity);
  return value;
}
