import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/platform/auth/password";
import { decryptField, keyedHash } from "@/lib/platform/crypto/fields";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/platform/db/embedded";
import { prepareDatabase, type PrepareResult } from "@/lib/platform/db/prepare";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import { MORATORIUM_COUNTRIES, PASSPORT_FEES } from "@/lib/reference-data/defaults";
import { testSchemaName } from "../support/schema-name";

// prepareDatabase on an empty database, twice: everything in place after the first run, nothing changed by
// the second. All regions are loaded, so this runs on a schema of its own (real server) or on an embedded
// database of its own, never on the shared per-file test schema.

let embedded: EmbeddedDatabase | undefined;
let url: string;
let schema = "public";
let pool: pg.Pool;
const now = new Date();
let first: PrepareResult;
let second: PrepareResult;
let countsAfterFirst: Record<string, number>;

const TABLES = ["Province", "Regency", "District", "Village", "PassportFee", "MoratoriumCountry", "ImmigrationOffice", "Officer", "User", "Designation", "OutreachEvent", "Candidate", "GuidanceRecord", "PassportStatusChange"];

async function counts() {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
    result[table] = Number(rows[0].n);
  }
  return result;
}

beforeAll(async () => {
  const serverUrl = process.env.DATABASE_URL!;
  if (process.env.DATABASE_SCHEMA && process.env.DATABASE_SCHEMA !== "public") {
    url = serverUrl;
    schema = testSchemaName("prepare");
  } else {
    embedded = await startEmbeddedDatabase({ port: 20_000 + Math.floor(Math.random() * 20_000) });
    url = embedded.url;
  }
  pool = new pg.Pool({ connectionString: url, max: 1, options: schema === "public" ? undefined : `-c search_path=${schema},public` });
  first = await prepareDatabase({ url, schema, demo: true, now });
  countsAfterFirst = await counts();
  // An administrator edits a fee: preparing again must keep the edit.
  await pool.query(`UPDATE "PassportFee" SET amount = 360000 WHERE code = 'ORDINARY_5Y'`);
  second = await prepareDatabase({ url, schema, demo: true, now });
}, 300_000);

afterAll(async () => {
  if (schema !== "public") await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await pool.end();
  await embedded?.stop();
});

describe("prepareDatabase", () => {
  it("migrates, loads every region and the reference data on the first run", () => {
    expect(first.migrations.length).toBeGreaterThanOrEqual(2);
    expect(first.regions.loaded).toBe(true);
    expect(countsAfterFirst).toMatchObject({
      Province: 38,
      Regency: 514,
      District: 7285,
      Village: 83762,
      PassportFee: PASSPORT_FEES.length,
      MoratoriumCountry: 19,
    });
    expect(MORATORIUM_COUNTRIES).toHaveLength(19);
  });

  it("changes nothing on the second run and keeps edited reference data", async () => {
    expect(second.migrations).toEqual([]);
    expect(second.regions.loaded).toBe(false);
    expect(second.reference).toEqual({ passportFees: 0, moratoriumCountries: 0, zeroCostJobs: 0 });
    expect(second.demo).toBeNull();
    expect(await counts()).toEqual(countsAfterFirst);
    const { rows } = await pool.query(`SELECT amount FROM "PassportFee" WHERE code = 'ORDINARY_5Y'`);
    expect(rows[0].amount).toBe(360000);
    const pmi = await pool.query(`SELECT amount FROM "PassportFee" WHERE code = 'PMI_FIRST_ORDINARY'`);
    expect(pmi.rows[0].amount).toBe(0);
  });
});

describe("demo data", () => {
  it("has one account per role, each scoped, all with the demo password", async () => {
    expect(first.demo?.password).toBe(DEMO_PASSWORD);
    const { rows } = await pool.query<{ email: string; role: string; officeId: string | null; villageCode: string | null; passwordHash: string }>(
      `SELECT email, role, "officeId", "villageCode", "passwordHash" FROM "User" ORDER BY email`,
    );
    expect(rows.map((r) => r.email).sort()).toEqual(Object.values(DEMO_ACCOUNTS).map((a) => a.email).sort());
    expect(new Set(rows.map((r) => r.role))).toEqual(new Set(["ADMIN", "OFFICE_STAFF", "VILLAGE_OFFICIAL"]));
    const village = rows.find((r) => r.email === DEMO_ACCOUNTS.gendangTimburu.email)!;
    expect(village.villageCode).toBe("63.02.15.2002");
    const staff = rows.find((r) => r.email === DEMO_ACCOUNTS.batulicin.email)!;
    const office = await pool.query(`SELECT name, "timeZone" FROM "ImmigrationOffice" WHERE id = $1`, [staff.officeId]);
    expect(office.rows[0]).toEqual({ name: "Kantor Imigrasi Kelas II TPI Batulicin", timeZone: "Asia/Makassar" });
    expect(await verifyPassword(staff.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it("designates Gendang Timburu on 3 May 2024 with a PIMPASA, its strengthening event and an upcoming one", async () => {
    const { rows } = await pool.query(
      `SELECT d.id, to_char(d."decreeDate", 'YYYY-MM-DD') AS day, d.year, d."liaisonPosition", o.name AS office,
              (SELECT count(*)::int FROM "DesignationOfficer" x WHERE x."designationId" = d.id) AS pimpasa
         FROM "Designation" d JOIN "ImmigrationOffice" o ON o.id = d."officeId"
        WHERE d."villageCode" = '63.02.15.2002' AND d.status = 'ACTIVE'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ day: "2024-05-03", year: 2024, office: "Kantor Imigrasi Kelas II TPI Batulicin", pimpasa: 1 });
    expect(rows[0].liaisonPosition).toMatch(/Sekretaris Desa/);

    const events = await pool.query(
      `SELECT e.type, e.status, e."startsAt", e."isPublic", r.stakeholders,
              (SELECT sum(p.male + p.female)::int FROM "EventParticipants" p WHERE p."eventId" = e.id) AS people
         FROM "OutreachEvent" e LEFT JOIN "EventReport" r ON r."eventId" = e.id
        WHERE e."designationId" = $1 ORDER BY e."startsAt"`,
      [rows[0].id],
    );
    const strengthening = events.rows.find((e) => e.type === "STRENGTHENING");
    const upcoming = events.rows.find((e) => e.status === "PLANNED");
    expect(strengthening).toMatchObject({ type: "STRENGTHENING", status: "DONE" });
    expect(strengthening.startsAt.toISOString()).toBe("2024-05-03T01:00:00.000Z");
    expect(strengthening.stakeholders).toMatch(/Kapolsek Sungai Durian/);
    expect(strengthening.people).toBeGreaterThan(0);
    expect(upcoming).toMatchObject({ status: "PLANNED", isPublic: true });
    expect(upcoming.startsAt.getTime()).toBeGreaterThan(now.getTime());
  });

  it("stores every NIK encrypted, hashed and masked, never in clear", async () => {
    const { rows } = await pool.query(`SELECT *, to_char("birthDate", 'YYYY-MM-DD') AS birth FROM "Candidate" WHERE "villageCode" = '63.02.15.2002'`);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) {
      const nik = decryptField(row.nikEncrypted);
      expect(nik).toMatch(/^630215\d{10}$/);
      expect(row.nikHash).toBe(keyedHash("nik", nik));
      expect(row.nikMasked).toBe(`${nik.slice(0, 4)}••••••••${nik.slice(12)}`);
      expect(JSON.stringify(row)).not.toContain(nik);
      // Digits 7–12 are the birth date, with 40 added to the day for women.
      const [year, month, day] = (row.birth as string).split("-");
      const dd = String(Number(day) + (row.sex === "FEMALE" ? 40 : 0)).padStart(2, "0");
      expect(nik.slice(6, 12)).toBe(`${dd}${month}${year.slice(2)}`);
    }
    const risky = rows.filter((r) => r.riskCount > 0);
    expect(risky.length).toBeGreaterThanOrEqual(2);
    expect(risky.flatMap((r) => r.riskFlags)).toEqual(expect.arrayContaining(["MORATORIUM", "NON_WORK_VISA", "ZERO_COST_JOB_FEE", "SALARY_DEDUCTION_LOAN"]));
    const statuses = new Set(rows.map((r) => r.passportStatus));
    expect(statuses.size).toBeGreaterThanOrEqual(4);
  });
});
