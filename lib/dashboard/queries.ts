import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { scopeOf, type Actor } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";

// The programme dashboard. One function serves an office (its working area) and an admin (one office, or every
// office with the national total). Each figure is one aggregate query; candidates are scanned once for all
// their breakdowns (GROUPING SETS) so the page stays fast on a million records.

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

export async function getDashboard(actor: Actor, options: { officeId?: string | null; year?: number } = {}) {
  const officeId = dashboardOffice(actor, options.officeId);
  const year = options.year ?? Number(new Date().toLocaleString("en-US", { timeZone: "Asia/Jakarta", year: "numeric" }));
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
  const areaFilter = regencies
    ? Prisma.sql`left(c."villageCode", 5) = ANY(${regencies}::text[])`
    : Prisma.sql`TRUE`;

  const [designations, events, candidateGroups, guided, byOffice] = await Promise.all([
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
    db.$queryRaw<
      { passport: string | null; country: string | null; channel: string | null; count: number; flagged: number; g: number }[]
    >`
      SELECT c."passportStatus"::text AS passport, c."destinationCountry" AS country, c."placementChannel"::text AS channel,
             count(*)::int AS count, count(*) FILTER (WHERE c."riskCount" > 0)::int AS flagged,
             GROUPING(c."passportStatus", c."destinationCountry", c."placementChannel")::int AS g
        FROM "Candidate" c
       WHERE ${areaFilter}
       GROUP BY GROUPING SETS ((c."passportStatus"), (c."destinationCountry"), (c."placementChannel"), ())`,
    db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM "Candidate" c
       WHERE ${areaFilter} AND EXISTS (SELECT 1 FROM "GuidanceRecord" g WHERE g."candidateId" = c.id)`,
    officeId
      ? Promise.resolve([])
      : db.$queryRaw<Dashboard["byOffice"]>`
      WITH des AS (SELECT "officeId", count(*)::int AS n FROM "Designation" WHERE status = 'ACTIVE' GROUP BY 1),
           ev AS (SELECT e."officeId", count(*)::int AS n
                    FROM "OutreachEvent" e JOIN "ImmigrationOffice" o ON o.id = e."officeId"
                   WHERE e.status = 'DONE' AND extract(year FROM e."startsAt" AT TIME ZONE o."timeZone") = ${year}
                   GROUP BY 1),
           cand AS (SELECT r."officeId", count(*)::int AS n
                      FROM "Candidate" c JOIN "Regency" r ON r.code = left(c."villageCode", 5)
                     WHERE r."officeId" IS NOT NULL GROUP BY 1)
      SELECT o.id AS "officeId", o.name, coalesce(des.n, 0) AS designations, coalesce(ev.n, 0) AS "eventsHeld",
             coalesce(cand.n, 0) AS candidates
        FROM "ImmigrationOffice" o
        LEFT JOIN des ON des."officeId" = o.id
        LEFT JOIN ev ON ev."officeId" = o.id
        LEFT JOIN cand ON cand."officeId" = o.id
       ORDER BY o.name`,
  ]);

  const months = Array.from({ length: 12 }, (_, i) => {
    const row = events.find((e) => e.month === i + 1);
    return { month: i + 1, planned: row?.planned ?? 0, held: row?.held ?? 0 };
  });
  // GROUPING bits: passport 4, country 2, channel 1; a set that groups only by one column leaves the other two bits set.
  const pick = (g: number, field: "passport" | "country" | "channel") =>
    candidateGroups
      .filter((r) => r.g === g)
      .map((r) => ({ key: String(r[field]), count: r.count }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const total = candidateGroups.find((r) => r.g === 7);

  return {
    officeId,
    year,
    designations: { total: designations.reduce((sum, r) => sum + r.count, 0), byRegency: designations },
    eventsByMonth: months,
    candidates: {
      total: total?.count ?? 0,
      flagged: total?.flagged ?? 0,
      withGuidance: guided[0]?.count ?? 0,
      byPassportStatus: pick(3, "passport"),
      byDestination: pick(5, "country"),
      byChannel: pick(6, "channel"),
    },
    byOffice,
  } satisfies Dashboard;
}
