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
  await recordAudit({ actor, action: "access.denied", entity, entityId, changes: permission ? { permission } : null });
}
