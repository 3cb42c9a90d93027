import "server-only";
import { db } from "@/lib/platform/db/client";

// Public calendar reads: only public, planned events that have not ended.

export type CalendarFilters = { province?: string; office?: string };

export async function listPublicUpcomingEvents(filters: CalendarFilters = {}, now = new Date()) {
  const province = /^\d{2}$/.test(filters.province ?? "") ? filters.province : undefined;
  const office = filters.office && /^[a-z0-9-]{1,100}$/.test(filters.office) ? filters.office : undefined;
  const events = await db.outreachEvent.findMany({
    where: {
      isPublic: true,
      status: "PLANNED",
      endsAt: { gte: now },
      ...(province ? { villageCode: { startsWith: `${province}.` } } : {}),
      ...(office ? { office: { slug: office } } : {}),
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      type: true,
      title: true,
      description: true,
      startsAt: true,
      endsAt: true,
      location: true,
      updatedAt: true,
      village: {
        select: {
          code: true,
          name: true,
          district: { select: { regency: { select: { name: true, province: { select: { name: true } } } } } },
        },
      },
      office: { select: { slug: true, name: true, timeZone: true } },
    },
  });
  return events.map(({ village, office: o, ...event }) => ({
    ...event,
    village: { code: village.code, name: village.name, regency: village.district.regency.name, province: village.district.regency.province.name },
    office: o,
  }));
}

export type PublicEvent = Awaited<ReturnType<typeof listPublicUpcomingEvents>>[number];

/** Provinces (of villages with a Desa Binaan) and offices to filter the calendar by. */
export async function calendarFilterOptions() {
  const [offices, provinces] = await Promise.all([
    db.immigrationOffice.findMany({
      where: { designations: { some: { status: "ACTIVE" } } },
      orderBy: { name: "asc" },
      select: { slug: true, name: true },
    }),
    db.$queryRaw<{ code: string; name: string }[]>`
      SELECT DISTINCT p.code, p.name FROM "Designation" d
        JOIN "Province" p ON p.code = left(d."villageCode", 2)
       WHERE d.status = 'ACTIVE' ORDER BY p.name`,
  ]);
  return { offices, provinces };
}

/** Offices for the checklist's optional "which office" question, with their Disnaker rule. */
export async function listOfficesForChecklist() {
  return db.immigrationOffice.findMany({
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      timeZone: true,
      requiresDisnakerRecommendation: true,
      electronicOnlySince: true,
      quotaReleaseNote: true,
    },
  });
}
