import "server-only";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/platform/auth/session";
import { can, type Permission } from "@/lib/platform/auth/policy";

/**
 * For admin pages: the signed-in actor when it holds the permission, else a 404. Next renders a page alongside
 * its layout, so each page checks for itself rather than relying on the layout's check.
 */
export async function requireAdminActor(permission: Permission) {
  const actor = await requireActor();
  if (!can(actor, permission)) notFound();
  return actor;
}
