import "server-only";
import { unstable_cache } from "next/cache";
import type { Db } from "@/lib/platform/db/client";
import { readOnReplica } from "@/lib/platform/db/replica";
import { Prisma } from "@/lib/platform/db/generated/client";
import { scopeOf, type Actor } from "@/lib/platform/auth/policy";
import { NotFoundError } from "@/lib/platform/errors";

// The programme dashboard. One function serves an office (its working area) and an admin (one office, or every
// office with the national total). Each figure is one aggregate query; candidates are read once, grouped by
// regency × passport status × destination × channel, and every breakdown is rolled up from those groups.

export type Count = { key: string; label?: string; count: number };

export type Dashboard = {
  officeId: string | null;
  year: number;
  designations: { total: number; byRegency: Count[] };
  eventsByMonth: { month: number; planned: number; held: number }[];
  candidates: {
    total: number;
    byPassportStatus: Count[];
    byDestination: Count[];
    byChannel: Count[];
    flagged: number;
    withGuidance: number;
  };
  byOffice: { officeId: string; name: string; designations: number; eventsHeld: number; candidates: number }[];
};

/** The office the actor's dashboard is about: its own; an admin picks one or none (= national). */
function dashboardOffice(actor: Actor, officeId?: string | null): string | null {
  const scope = scopeOf(actor, "dashboard:read");
  if (scope === "all") return officeId ?? null;
  if (scope === "office" && actor.officeId && (!officeId || officeId === actor.officeId)) return actor.officeId;
  throw new NotFoundError("dashboard");
}

/** How old the national figures may be: they scan every record in the country, so they are precomputed. */
export const NATIONAL_DASHBOARD_MAX_AGE_SECONDS = 300;

// Inside the Next server the national dashboard comes from the data cache (shared by requests, refreshed in the
// background once older than the max age); elsewhere (scripts, tests) it is computed directly.
const cachedNationalDashboard = unstable_cache(
  (year: number) => computeDashboard(null, year),
  ["national-dashboard"],
  { revalidate: NATIONAL_DASHBOARD_MAX_AGE_SECONDS, tags: ["dashboard"] },
);

export async function getDashboard(actor: Actor, options: { officeId?: string | null; year?: number } = {}) {
  const officeId = dashboardOffice(actor, options.officeId);
  const year = options.year ?? Number(new Date().toLocaleString("en-US", { timeZone: "Asia/Jakarta", year: "numeric" }));
  if (!officeId && process.env.NEXT_RUNTIME) return cachedNationalDashboard(year);
  return computeDashboard(officeId, year);
}

// Every figure is an aggregate that tolerates seconds of lag: on a read replica when one is configured.
function computeDashboard(officeId: string | null, year: number): Promise<Dashboard> {
  return readOnReplica((db) => computeDashboardOn(db, officeId, year));
}

async function computeDashboardOn(db: Db, officeId: string | null, year: number): Promise<Dashboard> {
  let regencies: string[] | null = null;
  if (officeId) {
    const office = await db.immigrationOffice.findUnique({
      where: { id: officeId },
      select: { regencies: { select: { code: true } } },
    });
    if (!office) throw new NotFoundError("office");
    regencies = office.regencies.map((r) => r.code);
  }
  const officeFilter = (column: Prisma.Sql) => (officeId ? Prisma.sql`${column} = ${officeId}::uuid` : Prisma.sql`TRUE`);
  // The area as a semi-join over the region tables, so the planner walks the Candidate villageCode index
  // village by village instead of scanning every candidate of the country.
  const areaFilter = regencies
    ? Prisma.sql`c."villageCode" IN (SELECT v.code FROM "Village" v JOIN "District" dd ON dd.code = v."districtCode"
                                      WHERE dd."regencyCode" = ANY(${regencies}::text[]))`
    : Prisma.sql`TRUE`;

  const [designations, events, candidateGroups, guided, officeRows, regencyOffices] = await Promise.all([
    db.$queryRaw<{ key: string; label: string; count: number }[]>`
      SELECT r.code AS key, r.name AS label, count(*)::int AS count
        FROM "Designation" d JOIN "Regency" r ON r.code = left(d."villageCode", 5)
       WHERE d.status = 'ACTIVE' AND ${officeFilter(Prisma.sql`d."officeId"`)}
       GROUP BY r.code, r.name ORDER BY count DESC, r.name`,
    db.$queryRaw<{ month: number; planned: number; held: number }[]>`
      SELECT extract(month FROM e."startsAt" AT TIME ZONE o."timeZone")::int AS month,
             count(*) FILTER (WHERE e.status IN ('PLANNED', 'DONE'))::int AS planned,
             count(*) FILTER (WHERE e.status = 'DONE')::int AS held
        FROM "OutreachEvent" e JOIN "ImmigrationOffice" o ON o.id = e."officeId"
       WHERE e."startsAt" >= ${new Date(Date.UTC(year - 1, 11, 31))} AND e."startsAt" < ${new Date(Date.UTC(year + 1, 0, 2))}
         AND extract(year FROM e."startsAt" AT TIME ZONE o."timeZone") = ${year}
         AND ${officeFilter(Prisma.sql`e."officeId"`)}
       GROUP BY 1`,
    // One pass over the candidates; the breakdowns are rolled up below from these few hundred groups.
    db.$queryRaw<{ regency: string; passport: string; country: string; channel: string; count: number; flagged: number }[]>`
      SELECT left(c."villageCode", 5) AS regency, c."passportStatus"::text AS passport, c."destinationCountry" AS country,
             c."placementChannel"::text AS channel, count(*)::int AS count, count(*) FILTER (WHERE c."riskCount" > 0)::int AS flagged
        FROM "Candidate" c
       WHERE ${areaFilter}
       GROUP BY 1, 2, 3, 4`,
    db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM "Candidate" c
       WHERE ${areaFilter} AND EXISTS (SELECT 1 FROM "GuidanceRecord" g WHERE g."candidateId" = c.id)`,
    officeId
      ? Promise.resolve([])
      : db.$queryRaw<{ officeId: string; name: string; designations: number; eventsHeld: number }[]>`
      WITH des AS (SELECT "officeId", count(*)::int AS n FROM "Designation" WHERE status = 'ACTIVE' GROUP BY 1),
           ev AS (SELECT e."officeId", count(*)::int AS n
                    FROM "OutreachEvent" e JOIN "ImmigrationOffice" o ON o.id = e."officeId"
                   WHERE e.status = 'DONE' AND extract(year FROM e."startsAt" AT TIME ZONE o."timeZone") = ${year}
                   GROUP BY 1)
      SELECT o.id AS "officeId", o.name, coalesce(des.n, 0) AS designations, coalesce(ev.n, 0) AS "eventsHeld"
        FROM "ImmigrationOffice" o
        LEFT JOIN des ON des."officeId" = o.id
        LEFT JOIN ev ON ev."officeId" = o.id
       ORDER BY o.name`,
    officeId
      ? Promise.resolve([])
      : db.regency.findMany({ where: { officeId: { not: null } }, select: { code: true, officeId: true } }),
  ]);

  const months = Array.from({ length: 12 }, (_, i) => {
    const row = events.find((e) => e.month === i + 1);
    return { month: i + 1, planned: row?.planned ?? 0, held: row?.held ?? 0 };
  });
  const rollUp = (field: "passport" | "country" | "channel"): Count[] => {
    const sums = new Map<string, number>();
    for (const row of candidateGroups) sums.set(row[field], (sums.get(row[field]) ?? 0) + row.count);
    return [...sums].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  };
  const officeOfRegency = new Map(regencyOffices.map((r) => [r.code, r.officeId]));
  const candidatesByOffice = new Map<string, number>();
  for (const row of candidateGroups) {
    const office = officeOfRegency.get(row.regency);
    if (office) candidatesByOffice.set(office, (candidatesByOffice.get(office) ?? 0) + row.count);
  }

  return {
    officeId,
    year,
    designations: { total: designations.reduce((sum, r) => sum + r.count, 0), byRegency: designations },
    eventsByMonth: months,
    candidates: {
      total: candidateGroups.reduce((sum, r) => sum + r.count, 0),
      flagged: candidateGroups.reduce((sum, r) => sum + r.flagged, 0),
      withGuidance: guided[0]?.count ?? 0,
      byPassportStatus: rollUp("passport"),
      byDestination: rollUp("country"),
      byChannel: rollUp("channel"),
    },
    byOffice: officeRows.map((o) => ({ ...o, candidates: candidatesByOffice.get(o.officeId) ?? 0 })),
  } satisfies Dashboard;
}
