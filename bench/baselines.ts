// The baseline of each read scenario: one bare SQL query returning the rows the real page shows, run through
// `pg` with no ORM, no layout and no authorization. The benchmark compares each page with its baseline, and
// saves EXPLAIN ANALYZE of these queries with the results.

export type BaselineQuery = { sql: string; params: (search: URLSearchParams) => unknown[] };

export const BASELINE_QUERIES: Record<string, BaselineQuery> = {
  "village-cpmi-list": {
    sql: `SELECT id, name, "nikMasked", "passportStatus", "destinationCountry", "plannedDeparture", "riskFlags"
            FROM "Candidate"
           WHERE "villageCode" = $1 AND "passportStatus" = $2::"PassportStatus"
             AND "restrictedAt" IS NULL AND "anonymisedAt" IS NULL
           ORDER BY "createdAt" DESC LIMIT 20`,
    params: (q) => [q.get("village"), q.get("status") ?? "PLANNED"],
  },
  "office-name-search": {
    sql: `SELECT id, name, "nikMasked", "villageCode", "passportStatus"
            FROM "Candidate"
           WHERE "villageCode" LIKE ANY ($1::text[]) AND name % $2
             AND "restrictedAt" IS NULL AND "anonymisedAt" IS NULL
           ORDER BY similarity(name, $2) DESC LIMIT 20`,
    params: (q) => [q.getAll("regency").map((r) => `${r}.%`), q.get("q")],
  },
  "cpmi-detail": {
    sql: `SELECT c.id, c.name, c."nikMasked", c."birthDate", c."passportStatus", c."riskFlags",
                 (SELECT json_agg(g ORDER BY g."sessionDate" DESC) FROM "GuidanceRecord" g WHERE g."candidateId" = c.id) AS guidance
            FROM "Candidate" c WHERE c.id = $1::uuid`,
    params: (q) => [q.get("id")],
  },
  "office-dashboard": {
    sql: `SELECT "passportStatus", "destinationCountry", "placementChannel", count(*)::int AS n,
                 count(*) FILTER (WHERE "riskCount" > 0)::int AS flagged
            FROM "Candidate" WHERE "villageCode" LIKE ANY ($1::text[])
           GROUP BY GROUPING SETS (("passportStatus"), ("destinationCountry"), ("placementChannel"))`,
    params: (q) => [q.getAll("regency").map((r) => `${r}.%`)],
  },
  "national-dashboard": {
    sql: `SELECT "passportStatus", "destinationCountry", "placementChannel", count(*)::int AS n,
                 count(*) FILTER (WHERE "riskCount" > 0)::int AS flagged
            FROM "Candidate"
           GROUP BY GROUPING SETS (("passportStatus"), ("destinationCountry"), ("placementChannel"))`,
    params: () => [],
  },
  "village-abroad-list": {
    sql: `SELECT id, name, "nikMasked", "journeyStageOn", "lastContactOn"
            FROM "Candidate"
           WHERE "villageCode" = $1 AND "journeyStage" = 'DEPARTED'
             AND "restrictedAt" IS NULL AND "anonymisedAt" IS NULL
           ORDER BY "lastContactOn" ASC NULLS FIRST, id LIMIT 20`,
    params: (q) => [q.get("village")],
  },
  "office-case-list": {
    sql: `SELECT w.id, w.type, w.urgency, w."openedOn", c.name
            FROM "WorkerCase" w JOIN "Candidate" c ON c.id = w."candidateId"
           WHERE w."villageCode" LIKE ANY ($1::text[]) AND w.status = 'OPEN'
             AND c."restrictedAt" IS NULL AND c."anonymisedAt" IS NULL
           ORDER BY w."openedOn", w.id LIMIT 20`,
    params: (q) => [q.getAll("regency").map((r) => `${r}.%`)],
  },
  "village-picker": {
    sql: `SELECT v.code, v.name FROM "Village" v
           WHERE v.name % $1 ORDER BY similarity(v.name, $1) DESC LIMIT 20`,
    params: (q) => [q.get("q")],
  },
};
