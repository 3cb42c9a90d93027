import "server-only";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { db } from "@/lib/platform/db/client";
import { type Actor } from "@/lib/platform/auth/policy";

// Counts for the administrators' home page until national aggregates (lib/dashboard) exist.
export async function adminOverview(actor: Actor) {
  await authorizeAudited(actor, "office:manage");
  const [offices, designations, openRequests, guides, usersByRole, recent] = await Promise.all([
    db.immigrationOffice.count(),
    db.designation.count({ where: { status: "ACTIVE" } }),
    db.visitRequest.count({ where: { status: "PENDING" } }),
    db.guide.count({ where: { published: true } }),
    db.user.groupBy({ by: ["role"], where: { active: true }, _count: { _all: true } }),
    db.auditLog.findMany({
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: 8,
      select: { id: true, at: true, action: true, entity: true, entityId: true },
    }),
  ]);
  return {
    offices,
    designations,
    openRequests,
    guides,
    usersByRole: Object.fromEntries(usersByRole.map((g) => [g.role, g._count._all])) as Partial<Record<Actor["role"], number>>,
    recent: recent.map((r) => ({ ...r, id: r.id.toString() })),
  };
}
