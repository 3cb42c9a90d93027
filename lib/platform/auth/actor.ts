import "server-only";
import { db } from "@/lib/platform/db/client";
import { TWO_FACTOR_REQUIRED, type Actor } from "./policy";

export type SessionState = {
  actor: Actor;
  /** The role requires a second factor and the account has none yet: only enrolment is open to it. */
  mustEnrolTwoFactor: boolean;
};

/**
 * Re-reads the account behind a session from the database: a JWT is a snapshot, so a deactivated account,
 * a changed role or a bumped session version must end the session on the next request.
 */
export async function loadSession(userId: string, sessionVersion: number): Promise<SessionState | null> {
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
      totpEnabledAt: true,
      office: { select: { regencies: { select: { code: true } } } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return {
    actor: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      officeId: user.officeId,
      villageCode: user.villageCode,
      regencyCodes: user.role === "OFFICE_STAFF" ? (user.office?.regencies.map((r) => r.code) ?? []) : [],
    },
    mustEnrolTwoFactor: TWO_FACTOR_REQUIRED[user.role] && !user.totpEnabledAt,
  };
}

/** The account behind a session, or null when it is gone, inactive or its sessions were ended. */
export async function loadActor(userId: string, sessionVersion: number): Promise<Actor | null> {
  return (await loadSession(userId, sessionVersion))?.actor ?? null;
}
