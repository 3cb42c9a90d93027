import "server-only";
import { db } from "@/lib/platform/db/client";
import { officeScope, type Actor } from "@/lib/platform/auth/policy";

/** The actor's visit requests (a village sees its own), newest first, with the event they became. */
export async function listVisitRequests(actor: Actor) {
  return db.visitRequest.findMany({
    where: officeScope(actor, "visitRequest:read"),
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      topic: true,
      preferredFrom: true,
      preferredTo: true,
      expectedParticipants: true,
      notes: true,
      status: true,
      responseNote: true,
      createdAt: true,
      office: { select: { name: true, timeZone: true } },
      event: { select: { id: true, title: true, startsAt: true, location: true } },
    },
  });
}
