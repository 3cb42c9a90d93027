import "server-only";
import type { Tx } from "@/lib/platform/db/client";

export type Conflict = {
  officerId: string;
  officerName: string;
  eventId: string;
  eventTitle: string;
  startsAt: Date;
  endsAt: Date;
};

/** Events of the office's officers that overlap the period (planned or held; cancelled/postponed free them). */
export async function findConflicts(
  tx: Tx,
  officeId: string,
  officerIds: string[],
  period: { startsAt: Date; endsAt: Date },
  excludeEventId?: string,
): Promise<Conflict[]> {
  if (!officerIds.length) return [];
  const rows = await tx.eventOfficer.findMany({
    where: {
      officerId: { in: officerIds },
      officer: { officeId },
      event: {
        status: { in: ["PLANNED", "DONE"] },
        startsAt: { lt: period.endsAt },
        endsAt: { gt: period.startsAt },
        ...(excludeEventId ? { id: { not: excludeEventId } } : {}),
      },
    },
    orderBy: { event: { startsAt: "asc" } },
    select: {
      officer: { select: { id: true, name: true } },
      event: { select: { id: true, title: true, startsAt: true, endsAt: true } },
    },
  });
  return rows.map(({ officer, event }) => ({
    officerId: officer.id,
    officerName: officer.name,
    eventId: event.id,
    eventTitle: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
  }));
}
