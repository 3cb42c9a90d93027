import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import type { Actor } from "@/lib/platform/auth/policy";
import { getDashboard } from "@/lib/dashboard/queries";
import { exportCandidates } from "@/lib/exports/exports";
import { todayIn } from "@/lib/candidates/dates";
import { createActor, createOffice, pickVillage } from "../support/factories/base";
import { createCaseRow, createDepartedCandidate, createRegisteredCandidate } from "../support/factories/journeys";

// The dashboard's journey figures against direct SQL over the same seeded data, written independently of the
// app's queries (the area as a prefix of the village code, the age in days by SQL date arithmetic).

let staff: Actor;
let admin: Actor;

async function sql<T extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({
    connectionString: process.env.DATABASE_URL,
    options: process.env.DATABASE_SCHEMA === "public" ? undefined : `-c search_path=${process.env.DATABASE_SCHEMA},public`,
  });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

const asCounts = (rows: { key: string; count: number }[]) => Object.fromEntries(rows.map((r) => [r.key, Number(r.count)]));

beforeAll(async () => {
  const office = await createOffice(["63.02"]);
  staff = await createActor("OFFICE_STAFF", { officeId: office.id });
  admin = await createActor("ADMIN");
  const today = todayIn("Asia/Jakarta");
  const daysAgo = (n: number) => new Date(today.getTime() - n * 86_400_000);
  const inside = [await pickVillage("63.02"), await pickVillage("63.02")];
  const outside = await pickVillage("35.19");
  const channels = ["P3MI", "G2G", "MANDIRI", "SPSK", "UNKNOWN"] as const;
  const countries = ["MY", "SA", "TW", "HK"];
  for (let i = 0; i < 23; i += 1) {
    const village = i % 5 === 4 ? outside : inside[i % 2];
    const c = await createDepartedCandidate(village, { channel: channels[i % channels.length], country: countries[i % countries.length] });
    if (i % 3 === 0) {
      await db.journeyEvent.create({
        data: { candidateId: c.id, stage: "RETURNED", effectiveOn: new Date("2026-09-01"), returnReason: i % 2 ? "DEPORTED" : "CONTRACT_ENDED", plansToLeaveAgain: false },
      });
      await db.candidate.update({ where: { id: c.id }, data: { journeyStage: "RETURNED", returnedOn: new Date("2026-09-01") } });
    }
    if (i % 4 === 0) await createCaseRow(c.id, { openedOn: daysAgo([2, 20, 60, 200][(i / 4) % 4]), type: i % 8 ? "ABUSE" : "WAGES_UNPAID" });
  }
  for (let i = 0; i < 5; i += 1) {
    const c = await createRegisteredCandidate(i === 4 ? outside : inside[0]);
    await db.journeyEvent.create({ data: { candidateId: c.id, stage: "DEPARTURE_PREVENTED", effectiveOn: new Date("2026-04-01"), preventionReason: "WITHDREW_AFTER_GUIDANCE" } });
    await db.candidate.update({ where: { id: c.id }, data: { journeyStage: "DEPARTURE_PREVENTED" } });
  }
  // A closed case counts nowhere.
  const closed = await createCaseRow((await createDepartedCandidate(inside[0])).id, { openedOn: daysAgo(10) });
  await db.workerCase.update({ where: { id: closed.id }, data: { status: "CLOSED", closedOn: daysAgo(1), outcome: "RESOLVED" } });
});

async function expectedFigures(area: string) {
  const departures = await sql<{ key: string; count: number }>(
    `SELECT j.channel::text AS key, count(*)::int AS count FROM "JourneyEvent" j JOIN "Candidate" c ON c.id = j."candidateId"
      WHERE j.stage = 'DEPARTED' AND c."villageCode" LIKE $1 GROUP BY 1`,
    [area],
  );
  const countries = await sql<{ key: string; count: number }>(
    `SELECT j."destinationCountry" AS key, count(*)::int AS count FROM "JourneyEvent" j JOIN "Candidate" c ON c.id = j."candidateId"
      WHERE j.stage = 'DEPARTED' AND c."villageCode" LIKE $1 GROUP BY 1`,
    [area],
  );
  const returns = await sql<{ key: string; count: number }>(
    `SELECT j."returnReason"::text AS key, count(*)::int AS count FROM "JourneyEvent" j JOIN "Candidate" c ON c.id = j."candidateId"
      WHERE j.stage = 'RETURNED' AND c."villageCode" LIKE $1 GROUP BY 1`,
    [area],
  );
  const [prevented] = await sql<{ count: number }>(
    `SELECT count(*)::int AS count FROM "JourneyEvent" j JOIN "Candidate" c ON c.id = j."candidateId"
      WHERE j.stage = 'DEPARTURE_PREVENTED' AND c."villageCode" LIKE $1`,
    [area],
  );
  const [legal] = await sql<{ count: number }>(
    `SELECT count(*)::int AS count FROM "JourneyEvent" j JOIN "Candidate" c ON c.id = j."candidateId"
      WHERE j.stage = 'DEPARTED' AND j.channel IN ('G2G', 'P3MI', 'COMPANY_OWN_WORKERS', 'SPSK') AND c."villageCode" LIKE $1`,
    [area],
  );
  const byType = await sql<{ key: string; count: number }>(
    `SELECT type::text AS key, count(*)::int AS count FROM "WorkerCase" WHERE status = 'OPEN' AND "villageCode" LIKE $1 GROUP BY 1`,
    [area],
  );
  const byAge = await sql<{ key: string; count: number }>(
    `SELECT CASE WHEN age <= 7 THEN '0-7' WHEN age <= 30 THEN '8-30' WHEN age <= 90 THEN '31-90' ELSE '90+' END AS key, count(*)::int AS count
       FROM (SELECT ((now() AT TIME ZONE 'Asia/Jakarta')::date - "openedOn") AS age FROM "WorkerCase" WHERE status = 'OPEN' AND "villageCode" LIKE $1) a
      GROUP BY 1`,
    [area],
  );
  return { departures, countries, returns, prevented: prevented.count, legal: legal.count, byType, byAge };
}

describe("dashboard journey figures", () => {
  for (const [who, area] of [["office", "63.02.%"], ["national", "%"]] as const) {
    it(`the ${who} figures equal direct SQL counts`, async () => {
      const d = (await getDashboard(who === "office" ? staff : admin)).journeys;
      const want = await expectedFigures(area);
      expect(asCounts(d.departuresByChannel)).toEqual(asCounts(want.departures));
      expect(asCounts(d.departuresByCountry)).toEqual(asCounts(want.countries));
      expect(asCounts(d.returnsByReason)).toEqual(asCounts(want.returns));
      expect(d.departures).toBe(want.departures.reduce((sum, r) => sum + r.count, 0));
      expect(d.legalDepartures).toBe(want.legal);
      expect(d.prevented).toBe(want.prevented);
      expect(asCounts(d.openCasesByType)).toEqual(asCounts(want.byType));
      expect(asCounts(d.openCasesByAge.filter((r) => r.count > 0))).toEqual(asCounts(want.byAge));
      // The seed reaches every figure, so none of these compares zero with zero.
      expect(Math.min(d.departures, d.legalDepartures, d.prevented, d.openCases, d.returnsByReason.length)).toBeGreaterThan(0);
    });
  }

  it("the office sees fewer than the nation (the area is respected)", async () => {
    const office = (await getDashboard(staff)).journeys;
    const national = (await getDashboard(admin)).journeys;
    expect(office.departures).toBeLessThan(national.departures);
    expect(office.prevented).toBe(4);
    expect(national.prevented).toBe(5);
  });

  it("the CPMI export carries the journey stage and the employer only masked", async () => {
    const file = await exportCandidates(staff, { format: "csv", locale: "id" });
    const text = String(file.body);
    expect(text).toContain("Tahap perjalanan");
    expect(text).toContain("Berangkat / di luar negeri");
    expect(text).toContain("La••••••••hd");
    expect(text).not.toContain("Tawau");
  });
});
