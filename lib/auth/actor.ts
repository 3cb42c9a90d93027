import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "./policy";

/**
 * Re-reads the account behind a session from the database: a JWT is a snapshot, so a deactivated account,
 * a changed role or a bumped session version must end the session on the next request.
 */
export async function loadActor(userId: string, sessionVersion: number): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      sessionVersion: true,
      officeId: true,
      villageCode: true,
      office: { select: { regencies: { select: { code: true } } } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    officeId: user.officeId,
    villageCode: user.villageCode,
    regencyCodes: user.role === "OFFICE_STAFF" ? (user.office?.regencies.map((r) => r.code) ?? []) : [],
  };
}
