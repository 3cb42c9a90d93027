import "server-only";
import { recordIdOrNotFound } from "@/lib/platform/validation/ids";
import { db } from "@/lib/platform/db/client";
import { officeScope, type Actor } from "@/lib/platform/auth/policy";
import { NotFoundError } from "@/lib/platform/errors";

export type OfficerRow = {
  id: string;
  nip: string;
  name: string;
  rank: string;
  position: string;
  active: boolean;
  userId: string | null;
  userEmail: string | null;
  villages: number;
};

export async function listOfficers(actor: Actor, options: { activeOnly?: boolean } = {}): Promise<OfficerRow[]> {
  const rows = await db.officer.findMany({
    where: { ...officeScope(actor, "officer:read"), ...(options.activeOnly ? { active: true } : {}) },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      nip: true,
      name: true,
      rank: true,
      position: true,
      active: true,
      userId: true,
      user: { select: { email: true } },
      _count: { select: { designations: { where: { designation: { status: "ACTIVE" } } } } },
    },
  });
  return rows.map(({ user, _count, ...o }) => ({ ...o, userEmail: user?.email ?? null, villages: _count.designations }));
}

export async function getOfficer(actor: Actor, officerId: string) {
  recordIdOrNotFound(officerId, "officer");
  const officer = await db.officer.findFirst({
    where: { id: officerId, ...officeScope(actor, "officer:read") },
    select: { id: true, nip: true, name: true, rank: true, position: true, active: true, userId: true, officeId: true },
  });
  if (!officer) throw new NotFoundError("officer");
  return officer;
}

/** Staff accounts of the office that an officer record may be linked to. */
export async function listLinkableUsers(actor: Actor) {
  if (!actor.officeId) return [];
  return db.user.findMany({
    where: { officeId: actor.officeId, role: "OFFICE_STAFF", active: true, ...officeScope(actor, "officer:manage") },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true },
  });
}
