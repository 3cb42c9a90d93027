import "server-only";
import { requireWorkspace } from "@/lib/platform/auth/session";
import type { Permission } from "@/lib/platform/auth/policy";

/** For admin pages: the actor when it may open the admin workspace and holds the permission, else a 404. */
export async function requireAdminActor(permission: Permission) {
  return requireWorkspace("admin", permission);
}
