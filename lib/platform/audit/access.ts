import "server-only";
import type { Actor } from "@/lib/platform/auth/policy";
import { recordAudit } from "./log";

/**
 * An authorization failure: someone asked for a record or action outside their permission or scope. It is
 * written outside any transaction of the refused change, so it stays even though that change never happens.
 */
export async function recordAccessDenied(
  actor: Pick<Actor, "id" | "role"> | null,
  entity: string,
  entityId: string | null = null,
  permission?: string,
): Promise<void> {
  // The id is whatever was asked for: kept when it can name a record, otherwise (control characters, which
  // PostgreSQL text refuses, or an absurd length) only its shape is recorded.
  const askedFor = entityId === null || /^[\w.:-]{1,100}$/.test(entityId) ? entityId : "(malformed)";
  await recordAudit({ actor, action: "access.denied", entity, entityId: askedFor, changes: permission ? { permission } : null });
}
