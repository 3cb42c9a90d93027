import "server-only";
import { recordAccessDenied } from "@/lib/platform/audit/access";
import { NotFoundError } from "@/lib/platform/errors";
import { can, type Actor, type Permission, type ScopedResource } from "./policy";

// The audited form of `authorize` (lib/platform/auth/policy.ts stays pure): domain functions call this, so every
// refusal lands in the audit trail as "access.denied" and reaches the caller as "not found".

/** The actor when it may use `permission` on `resource`; otherwise records the refusal and throws not found. */
export async function authorizeAudited(
  actor: Actor | null,
  permission: Permission,
  resource?: ScopedResource,
  entity: string = permission.split(":")[0],
  entityId: string | null = null,
): Promise<Actor> {
  if (actor && can(actor, permission, resource)) return actor;
  await recordAccessDenied(actor, entity, entityId, permission);
  throw new NotFoundError(entity);
}
