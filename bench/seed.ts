// npm run bench:seed [-- --seed 42 --scale 1]
// A national-scale, reproducible data set in a database of its own: all 83,762 villages, 125 offices,
// 10,000 Desa Binaan, 1,000,000 CPMI, 3,000,000 guidance records, 100,000 events, and the CPMI's journeys
// (about 40% departed, 15% returned, 3% departure prevented, 2% with a case). The same seed number
// gives the same rows (ids included). See docs/scaling.md.
import pg from "pg";
import { BENCH_PASSWORD, BENCH_SECRETS, BENCH_TOTP_SECRET, benchDatabase, parseArgs, type BenchDatabase } from "./database";

Object.assign(process.env, BENCH_SECRETS);

const args = parseArgs(process.argv.slice(2));
const SEED = Number(args.seed ?? 42);
const SCALE = Number(args.scale ?? 1);
const COUNTS = {
  offices: 125,
  designations: Math.round(10_000 * SCALE),
  candidates: Math.round(1_000_000 * SCALE),
  guidancePerCandidate: 3,
  events: Math.round(100_000 * SCALE),
};

/** mulberry32: a small, fast PRNG so the data set is reproducible from one number. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);
const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)];
function weighted<T extends string>(table: Record<T, number>): () => T {
  const entries = Object.entries(table) as [T, number][];
  const total = entries.reduce((s, [, w]) => s + w, 0);
  return () => {
    let r = random() * total;
    for (const [value, weight] of entries) if ((r -= weight) < 0) return value;
    return entries[entries.length - 1][0];
  };
}

/** Deterministic UUID from the seed and a label: md5 formatted as a uuid (done in SQL and in JS alike). */
const uuidSql = (label: string) => `md5('${SEED}:${label}:' || n)::uuid`;

const FIRST_MALE = ["Ahmad", "Budi", "Rahmat", "Hendra", "Yusuf", "Agus", "Muhammad", "Rizky", "Dedi", "Fajar", "Irfan", "Joko", "Slamet", "Wahyu", "Bayu", "Andi", "Arif", "Hasan", "Rudi", "Eko"];
const FIRST_FEMALE = ["Siti", "Nur", "Dewi", "Rina", "Sri", "Wati", "Aisyah", "Fitri", "Lestari", "Ratna", "Yuliana", "Ani", "Rahmawati", "Putri", "Indah", "Nurul", "Sarah", "Maya", "Lina", "Hartini"];
const LAST = ["Hidayat", "Saputra", "Wijaya", "Rahman", "Santoso", "Pratama", "Kurniawan", "Setiawan", "Nugroho", "Halim", "Susanto", "Lubis", "Siregar", "Nasution", "Hasibuan", "Syahputra", "Mahmud", "Rahmadani", "Anwar", "Fauzi", "Gunawan", "Hakim", "Iskandar", "Jaya", "Kusuma"];
const destination = weighted({ MY: 30, TW: 20, HK: 15, SG: 8, SA: 6, KR: 6, JP: 5, BN: 3, AE: 2, QA: 2, KW: 1, OM: 1, PL: 1 });
const sector = weighted({ DOMESTIC_WORKER: 30, CAREGIVER: 15, PLANTATION: 20, MANUFACTURING: 15, CONSTRUCTION: 5, FISHERY: 5, HOSPITALITY: 5, HEALTHCARE: 3, OTHER: 2 });
const channel = weighted({ P3MI: 55, G2G: 10, MANDIRI: 10, UNKNOWN: 25 });
const passport = weighted({ NONE: 30, PLANNED: 25, APPLIED_M_PASPOR: 20, ISSUED: 20, DELAYED_OR_REFUSED: 5 });
const visa = weighted({ WORK: 60, VISIT: 5, TOURIST: 5, UMRAH_HAJJ: 3, UNKNOWN: 27 });
const recruitment = weighted({ P3MI_OFFICE: 45, GOVERNMENT: 8, FAMILY_FRIEND: 20, SOCIAL_MEDIA: 12, BROKER: 10, LPK: 3, OTHER: 2 });
const fees = weighted({ NONE_ASKED: 60, UPFRONT_FEE: 10, ALL_COSTS_COVERED: 8, SALARY_DEDUCTION: 7, UNKNOWN: 15 });
const education = weighted({ SD: 25, SMP: 35, SMA: 32, D3: 4, S1: 4 });

async function step<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await run();
  console.log(`${label.padEnd(38)} ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s`);
  return result;
}

async function main() {
  const target: BenchDatabase = await benchDatabase({ recreate: true });
  const started = Date.now();
  console.log(`bench:seed → ${target.label} (seed ${SEED}, scale ${SCALE})`);
  const pool = new pg.Pool({ connectionString: target.url, max: 4 });
  try {
    await step("migrations, regions, reference data", () => prepareBenchSchema(target.url));
    await step(`offices (${COUNTS.offices}) and working areas`, () => seedOffices(pool));
    await step("officers and accounts", () => seedOfficersAndUsers(pool));
    await step(`designations (${COUNTS.designations})`, () => seedDesignations(pool));
    await step(`candidates (${COUNTS.candidates})`, () => seedCandidates(pool));
    await step(`guidance records (${COUNTS.candidates * COUNTS.guidancePerCandidate})`, () => seedGuidance(pool));
    await step(`events (${COUNTS.events}) with reports`, () => seedEvents(pool));
    await step("journeys, contacts abroad, cases", () => seedJourneys(pool));
    await step("analyze", () => pool.query("ANALYZE"));
  } finally {
    await pool.end();
    await target.stop();
  }
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function seedOffices(pool: pg.Pool) {
  const { rows: regencies } = await pool.query<{ code: string; provinceCode: string }>(
    `SELECT code, "provinceCode" FROM "Regency" ORDER BY code`,
  );
  const byProvince = new Map<string, string[]>();
  for (const r of regencies) byProvince.set(r.provinceCode, [...(byProvince.get(r.provinceCode) ?? []), r.code]);
  // Offices per province in proportion to its regencies, at least one each, 125 in all.
  const provinces = [...byProvince.keys()];
  const quota = new Map(provinces.map((p) => [p, Math.max(1, Math.floor((COUNTS.offices * byProvince.get(p)!.length) / regencies.length))]));
  let total = [...quota.values()].reduce((a, b) => a + b, 0);
  for (const p of [...provinces].sort((a, b) => byProvince.get(b)!.length - byProvince.get(a)!.length)) {
    if (total >= COUNTS.offices) break;
    quota.set(p, quota.get(p)! + 1);
    total++;
  }
  const { timeZoneOfProvince } = await import("../lib/regions/time-zone");
  let n = 0;
  for (const p of provinces) {
    const codes = byProvince.get(p)!;
    const offices = Math.min(quota.get(p)!, codes.length);
    for (let i = 0; i < offices; i++) {
      n++;
      const id = (await pool.query<{ id: string }>(`SELECT md5($1)::uuid AS id`, [`${SEED}:office:${n}`])).rows[0].id;
      await pool.query(
        `INSERT INTO "ImmigrationOffice" (id, slug, name, "officeClass", address, phone, email, "regionalProvinceCode", "timeZone", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())`,
        [id, `kanim-${n}`, `Kantor Imigrasi Bench ${n}`, i === 0 ? "KELAS_I_TPI" : "KELAS_II_TPI", `Jl. Imigrasi No. ${n}`,
         `0${n}-7000${n}`, `kanim${n}@bench.test`, p, timeZoneOfProvince(p)],
      );
      const mine = codes.filter((_, index) => index % offices === i);
      await pool.query(`UPDATE "Regency" SET "officeId" = $1 WHERE code = ANY($2)`, [id, mine]);
    }
  }
}

async function seedOfficersAndUsers(pool: pg.Pool) {
  const { hashPassword } = await import("../lib/platform/auth/password");
  const { encryptField } = await import("../lib/platform/crypto/fields");
  const hash = await hashPassword(BENCH_PASSWORD);
  const totp = encryptField(BENCH_TOTP_SECRET);
  await pool.query(
    `INSERT INTO "Officer" (id, nip, name, rank, position, "officeId", "updatedAt")
     SELECT ${uuidSql("officer")}, lpad((198001012005011000 + n)::text, 18, '0'), 'Petugas ' || n, 'Penata (III/c)', 'PIMPASA', o.id, now()
       FROM (SELECT id, row_number() OVER (ORDER BY slug) AS k FROM "ImmigrationOffice") o, generate_series(1, 6) s,
            LATERAL (SELECT (o.k - 1) * 6 + s AS n) x`,
  );
  await pool.query(
    `INSERT INTO "User" (id, name, email, "passwordHash", role, "totpSecret", "totpEnabledAt", "updatedAt")
     VALUES (md5('${SEED}:admin')::uuid, 'Admin Bench', 'admin@bench.test', $1, 'ADMIN', $2, now(), now())`,
    [hash, totp],
  );
  await pool.query(
    `INSERT INTO "User" (id, name, email, "passwordHash", role, "officeId", "totpSecret", "totpEnabledAt", "updatedAt")
     SELECT md5('${SEED}:staff:' || o.slug)::uuid, 'Staf ' || o.slug, 'staf.' || o.slug || '@bench.test', $1, 'OFFICE_STAFF',
            o.id, $2, now(), now()
       FROM "ImmigrationOffice" o`,
    [hash, totp],
  );
}

async function seedDesignations(pool: pg.Pool) {
  const perOffice = Math.ceil(COUNTS.designations / COUNTS.offices);
  await pool.query(
    `INSERT INTO "Designation" (id, "villageCode", "officeId", "decreeNumber", "decreeDate", year, "liaisonName", "liaisonPosition", "updatedAt")
     SELECT md5('${SEED}:designation:' || code)::uuid, code, "officeId", 'SK-' || rn || '/' || substr(code, 1, 5), date '2024-01-15' + (rn % 300)::int, 2024 + (rn % 2),
            'Sekretaris Desa', 'Sekretaris Desa', now()
       FROM (SELECT v.code, r."officeId", row_number() OVER (PARTITION BY r."officeId" ORDER BY md5('${SEED}' || v.code)) AS rn
               FROM "Village" v JOIN "District" d ON d.code = v."districtCode" JOIN "Regency" r ON r.code = d."regencyCode"
              WHERE r."officeId" IS NOT NULL) x
      WHERE rn <= $1
      ORDER BY code
      LIMIT $2`,
    [perOffice, COUNTS.designations],
  );
  await pool.query(
    `INSERT INTO "DesignationOfficer" ("designationId", "officerId")
     SELECT d.id, (SELECT o.id FROM "Officer" o WHERE o."officeId" = d."officeId" ORDER BY o.nip OFFSET (abs(hashtext(d.id::text)) % 6) LIMIT 1)
       FROM "Designation" d`,
  );
  const { hashPassword } = await import("../lib/platform/auth/password");
  const hash = await hashPassword(BENCH_PASSWORD);
  await pool.query(
    `INSERT INTO "User" (id, name, email, "passwordHash", role, "villageCode", "updatedAt")
     SELECT md5('${SEED}:official:' || "villageCode")::uuid, 'Perangkat ' || "villageCode", 'desa.' || replace("villageCode", '.', '') || '@bench.test',
            $1, 'VILLAGE_OFFICIAL', "villageCode", now()
       FROM "Designation"`,
    [hash],
  );
}

async function prepareBenchSchema(url: string) {
  const { prepareDatabase } = await import("../lib/platform/db/prepare");
  await prepareDatabase({ url, demo: false });
}

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function seedCandidates(pool: pg.Pool) {
  const { sealNik, sealPhone } = await import("../lib/identity/seal");
  const { computeRiskFlags, riskCodes } = await import("../lib/candidates/risk");
  const reference = {
    moratorium: (await pool.query<{ countryCode: string; inForceSince: Date }>(`SELECT "countryCode", "inForceSince" FROM "MoratoriumCountry"`)).rows,
    zeroCostJobs: (await pool.query<{ jobSector: string }>(`SELECT "jobSector" FROM "ZeroCostJob"`)).rows.map((r) => r.jobSector),
  };
  const { rows: villages } = await pool.query<{ villageCode: string; officialId: string }>(
    `SELECT d."villageCode", u.id AS "officialId" FROM "Designation" d JOIN "User" u ON u."villageCode" = d."villageCode" ORDER BY d."villageCode"`,
  );
  const today = Date.UTC(2026, 10, 1);
  const seen = new Set<string>();
  const batch = 5_000;
  for (let start = 0; start < COUNTS.candidates; start += batch) {
    const cols: Record<string, unknown[]> = {
      id: [], villageCode: [], nikEncrypted: [], nikHash: [], nikMasked: [], name: [], sex: [], birthDate: [],
      phoneEncrypted: [], phoneMasked: [], education: [], destinationCountry: [], jobSector: [], placementChannel: [],
      agencyName: [], plannedVisa: [], recruitmentSource: [], feeArrangement: [], plannedDeparture: [],
      passportStatus: [], consentRecordedAt: [], createdById: [], createdAt: [], riskFlags: [],
    };
    for (let i = start; i < Math.min(start + batch, COUNTS.candidates); i++) {
      const village = villages[Math.floor(random() * villages.length)];
      const female = random() < 0.6;
      const birth = today - (18 * 365 + Math.floor(random() * 27 * 365)) * DAY;
      const b = new Date(birth);
      const day = b.getUTCDate() + (female ? 40 : 0);
      const datePart = `${String(day).padStart(2, "0")}${String(b.getUTCMonth() + 1).padStart(2, "0")}${String(b.getUTCFullYear() % 100).padStart(2, "0")}`;
      const district = village.villageCode.slice(0, 8).replaceAll(".", "");
      let seq = 1 + (i % 9999);
      let nik = `${district}${datePart}${String(seq).padStart(4, "0")}`;
      while (seen.has(nik)) nik = `${district}${datePart}${String((seq = (seq % 9999) + 1)).padStart(4, "0")}`;
      seen.add(nik);
      const phone = `+628${String(1_000_000_000 + Math.floor(random() * 8_999_999_999)).slice(0, 10)}`;
      const ch = channel();
      const created = today - Math.floor(random() * 700) * DAY;
      const row = {
        destinationCountry: destination(), jobSector: sector(), plannedVisa: visa(), recruitmentSource: recruitment(),
        feeArrangement: fees(), plannedDeparture: new Date(created + (30 + Math.floor(random() * 365)) * DAY),
      };
      cols.id.push(null);
      cols.villageCode.push(village.villageCode);
      const sealedNik = sealNik(nik);
      cols.nikEncrypted.push(sealedNik.nikEncrypted);
      cols.nikHash.push(sealedNik.nikHash);
      cols.nikMasked.push(sealedNik.nikMasked);
      cols.name.push(`${pick(female ? FIRST_FEMALE : FIRST_MALE)} ${pick(LAST)}`);
      cols.sex.push(female ? "FEMALE" : "MALE");
      cols.birthDate.push(isoDay(birth));
      const sealedPhone = sealPhone(phone);
      cols.phoneEncrypted.push(sealedPhone.phoneEncrypted);
      cols.phoneMasked.push(sealedPhone.phoneMasked);
      cols.education.push(education());
      cols.destinationCountry.push(row.destinationCountry);
      cols.jobSector.push(row.jobSector);
      cols.placementChannel.push(ch);
      cols.agencyName.push(ch === "P3MI" ? `PT Bench Penempatan ${1 + (i % 400)}` : null);
      cols.plannedVisa.push(row.plannedVisa);
      cols.recruitmentSource.push(row.recruitmentSource);
      cols.feeArrangement.push(row.feeArrangement);
      cols.plannedDeparture.push(isoDay(row.plannedDeparture.getTime()));
      const flags = riskCodes(
        computeRiskFlags(
          {
            ...row, nik, sex: female ? "FEMALE" : "MALE", birthDate: new Date(birth), placementChannel: ch, employerType: "UNKNOWN",
            heldInShelter: false, onlineJobOffer: false, hasEmploymentContract: false, hasFamilyConsent: false,
            hasSocialSecurity: false, hasHealthCertificate: false,
          },
          { ...reference, today: new Date(today) },
        ),
      );
      cols.riskFlags.push(`{${flags.join(",")}}`);
      cols.passportStatus.push(passport());
      cols.consentRecordedAt.push(new Date(created).toISOString());
      cols.createdById.push(village.officialId);
      cols.createdAt.push(new Date(created).toISOString());
    }
    cols.id = cols.name.map((_, k) => `${SEED}:candidate:${start + k}`);
    await pool.query(
      `INSERT INTO "Candidate" (id, "villageCode", "nikEncrypted", "nikHash", "nikMasked", name, sex, "birthDate",
         "phoneEncrypted", "phoneMasked", education, "destinationCountry", "jobSector", "placementChannel", "agencyName",
         "plannedVisa", "recruitmentSource", "feeArrangement", "plannedDeparture", "passportStatus", "consentMethod",
         "consentRecordedAt", "createdById", "createdAt", "updatedAt", "riskFlags", "riskCount")
       SELECT md5(id)::uuid, "villageCode", "nikEncrypted", "nikHash", "nikMasked", name, sex::"Sex", "birthDate"::date,
              "phoneEncrypted", "phoneMasked", education::"Education", dest, sector::"JobSector", channel::"PlacementChannel", agency,
              visa::"PlannedVisa", rec::"RecruitmentSource", fee::"FeeArrangement", dep::date, pass::"PassportStatus", 'WRITTEN',
              consent::timestamptz, creator::uuid, created::timestamptz, created::timestamptz,
              flags::text[], cardinality(flags::text[])
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                     $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[],
                     $18::text[], $19::text[], $20::text[], $21::text[], $22::text[], $23::text[], $24::text[])
           AS t(id, "villageCode", "nikEncrypted", "nikHash", "nikMasked", name, sex, "birthDate", "phoneEncrypted", "phoneMasked",
                education, dest, sector, channel, agency, visa, rec, fee, dep, pass, consent, creator, created, flags)`,
      Object.values(cols),
    );
  }
}

async function seedGuidance(pool: pg.Pool) {
  // One statement per slice of candidates keeps each transaction bounded.
  const { rows } = await pool.query<{ id: string }>(`SELECT id FROM "Candidate" ORDER BY id`);
  const slice = 100_000;
  for (let start = 0; start < rows.length; start += slice) {
    const from = rows[start].id;
    const to = rows[Math.min(start + slice, rows.length) - 1].id;
    await pool.query(
      `INSERT INTO "GuidanceRecord" (id, "candidateId", "sessionDate", topics, notes, "followUpDate", "createdAt")
       SELECT md5('${SEED}:guidance:' || c.id || ':' || g)::uuid, c.id,
              (c."createdAt"::date + g * 14),
              (ARRAY[ARRAY['M_PASPOR','DOCUMENTS'], ARRAY['PROCEDURAL_MIGRATION','TRAFFICKING_SIGNS'], ARRAY['RIGHTS_ABROAD','HOW_TO_REPORT']])[g]::"GuidanceTopic"[],
              'Sesi pendampingan ke-' || g,
              CASE WHEN g = 3 THEN c."createdAt"::date + 60 END,
              c."createdAt" + g * interval '14 days'
         FROM "Candidate" c CROSS JOIN generate_series(1, ${COUNTS.guidancePerCandidate}) g
        WHERE c.id BETWEEN $1 AND $2`,
      [from, to],
    );
  }
}

async function seedEvents(pool: pg.Pool) {
  await pool.query(
    `INSERT INTO "OutreachEvent" (id, "officeId", "villageCode", "designationId", type, title, "startsAt", "endsAt", location, "isPublic", status, "statusReason", "updatedAt")
     SELECT ${uuidSql("event")}, d."officeId", d."villageCode", d.id,
            (ARRAY['LAUNCH','OUTREACH','STRENGTHENING','PASSPORT_SERVICE','MONITORING'])[1 + n % 5]::"EventType",
            'Sosialisasi keimigrasian ' || n,
            ts, ts + interval '3 hours', 'Balai Desa', n % 10 < 7,
            CASE WHEN ts < now() THEN (CASE WHEN n % 20 = 0 THEN 'CANCELLED' ELSE 'DONE' END) ELSE 'PLANNED' END::"EventStatus",
            CASE WHEN ts < now() AND n % 20 = 0 THEN 'Cuaca buruk' END,
            now()
       FROM generate_series(1, $1) n
       JOIN (SELECT *, row_number() OVER (ORDER BY id) - 1 AS k FROM "Designation") d
         ON d.k = n % (SELECT count(*) FROM "Designation")
       CROSS JOIN LATERAL (SELECT timestamptz '2024-01-08 01:00:00+00' + ((n * 7919) % 1100) * interval '1 day' AS ts) t`,
    [COUNTS.events],
  );
  await pool.query(
    `INSERT INTO "EventOfficer" ("eventId", "officerId")
     SELECT e.id, dof."officerId" FROM "OutreachEvent" e JOIN "DesignationOfficer" dof ON dof."designationId" = e."designationId"`,
  );
  await pool.query(
    `INSERT INTO "EventReport" ("eventId", stakeholders, topics, summary, "followUps", "updatedAt")
     SELECT id, 'Kepala Desa, Babinsa, Bhabinkamtibmas', ARRAY['M_PASPOR','TRAFFICKING_SIGNS']::"GuidanceTopic"[],
            'Sosialisasi prosedur paspor dan pencegahan TPPO.', 'Kunjungan ulang PIMPASA', now()
       FROM "OutreachEvent" WHERE status = 'DONE'`,
  );
  await pool.query(
    `INSERT INTO "EventParticipants" ("eventId", "group", male, female)
     SELECT e."eventId", g::"ParticipantGroup", 2 + abs(hashtext(e."eventId"::text || g)) % 15, 1 + abs(hashtext(g || e."eventId"::text)) % 15
       FROM "EventReport" e CROSS JOIN unnest(ARRAY['VILLAGE_OFFICIALS','COMMUNITY_LEADERS','YOUTH','CPMI','POLICE','ARMY']) g`,
  );
}

/**
 * Journeys past the passport, drawn from a hash of each candidate's id (so reproducible without a row loop):
 * h < 40 departed (h < 15 of them came home again), 40 ≤ h < 43 departure prevented; one contact for those
 * still abroad (a spread of silences, some past the 90-day flag); a case for one departed in twenty (2% of
 * all), three in five still open, half referred, open ones with a follow-up. Employers and contacts abroad
 * are real ciphertexts from a small pool (encrypting 400,000 values one by one adds nothing to what is measured).
 */
async function seedJourneys(pool: pg.Pool) {
  const { sealText } = await import("../lib/identity/seal");
  const employers = Array.from({ length: 50 }, (_, i) => `Bench Employer ${i + 1} Sdn Bhd`);
  const contacts = Array.from({ length: 50 }, (_, i) => `Kontak ${i + 1} +60 12 ${String(1000000 + i * 7919).slice(0, 7)}`);
  const sealedEmployers = employers.map(sealText);
  const sealedContacts = contacts.map(sealText);
  const params = [
    sealedEmployers.map((e) => e.encrypted),
    sealedEmployers.map((e) => e.masked),
    sealedContacts.map((c) => c.encrypted),
    sealedContacts.map((c) => c.masked),
  ];
  // Today of the data set (as in seedCandidates): 1 November 2026.
  const today = `date '2026-11-01'`;
  const h = (salt: string) => `(abs(hashtext(c.id::text || '${SEED}:${salt}')) % 100)`;
  const departedOn = `(${today} - (60 + abs(hashtext(c.id::text || '${SEED}:dep')) % 700))`;
  const { rows } = await pool.query<{ id: string }>(`SELECT id FROM "Candidate" ORDER BY id`);
  const slice = 100_000;
  for (let start = 0; start < rows.length; start += slice) {
    const range = [rows[start].id, rows[Math.min(start + slice, rows.length) - 1].id];
    await pool.query(
      `INSERT INTO "JourneyEvent" (id, "candidateId", stage, "effectiveOn", channel, "destinationCountry", "jobSector", "agencyName",
                                   "employerEncrypted", "employerMasked", "contractMonths", "contactAbroadEncrypted", "contactAbroadMasked", "createdAt")
       SELECT md5('${SEED}:departed:' || c.id)::uuid, c.id, 'DEPARTED', ${departedOn},
              c."placementChannel", c."destinationCountry", c."jobSector", c."agencyName",
              ($1::text[])[1 + k], ($2::text[])[1 + k], 12 + 12 * (k % 3), ($3::text[])[1 + k], ($4::text[])[1 + k], now()
         FROM "Candidate" c CROSS JOIN LATERAL (SELECT abs(hashtext(c.id::text)) % 50 AS k) x
        WHERE c.id BETWEEN $5 AND $6 AND ${h("stage")} < 40`,
      [...params, ...range],
    );
    await pool.query(
      `INSERT INTO "JourneyEvent" (id, "candidateId", stage, "effectiveOn", "returnReason", "plansToLeaveAgain", "createdAt")
       SELECT md5('${SEED}:returned:' || c.id)::uuid, c.id, 'RETURNED', LEAST(${today}, ${departedOn} + 30 + ${h("ret")} * 5),
              (ARRAY['CONTRACT_ENDED','CONTRACT_ENDED','CONTRACT_ENDED','DEPORTED','REPATRIATED','LEFT_EMPLOYER','OTHER'])[1 + ${h("why")} % 7]::"ReturnReason",
              ${h("again")} < 40, now()
         FROM "Candidate" c WHERE c.id BETWEEN $1 AND $2 AND ${h("stage")} < 15`,
      range,
    );
    await pool.query(
      `INSERT INTO "JourneyEvent" (id, "candidateId", stage, "effectiveOn", "preventionReason", "createdAt")
       SELECT md5('${SEED}:prevented:' || c.id)::uuid, c.id, 'DEPARTURE_PREVENTED', LEAST(${today}, c."createdAt"::date + 30),
              (ARRAY['PASSPORT_REFUSED','PASSPORT_DELAYED','WITHDREW_AFTER_GUIDANCE','STOPPED_AT_BORDER','OTHER'])[1 + ${h("why")} % 5]::"PreventionReason", now()
         FROM "Candidate" c WHERE c.id BETWEEN $1 AND $2 AND ${h("stage")} BETWEEN 40 AND 42`,
      range,
    );
    await pool.query(
      `INSERT INTO "AbroadContact" (id, "candidateId", "contactedOn", method, outcome, "createdAt")
       SELECT md5('${SEED}:contact:' || c.id)::uuid, c.id, LEAST(${today}, ${departedOn} + ${h("contact")} * 7),
              (ARRAY['PHONE','MESSAGE','VIDEO_CALL','FAMILY_VISIT'])[1 + ${h("how")} % 4]::"ContactMethod",
              CASE WHEN ${h("well")} < 90 THEN 'ALL_WELL' ELSE 'PROBLEM' END::"ContactOutcome", now()
         FROM "Candidate" c WHERE c.id BETWEEN $1 AND $2 AND ${h("stage")} BETWEEN 15 AND 39`,
      range,
    );
  }
  await pool.query(
    `UPDATE "Candidate" c SET "journeyStage" = j.stage, "journeyStageOn" = j."effectiveOn",
            "returnedOn" = CASE WHEN j.stage = 'RETURNED' THEN j."effectiveOn" END,
            "lastContactOn" = (SELECT max(k."contactedOn") FROM "AbroadContact" k WHERE k."candidateId" = c.id)
       FROM (SELECT DISTINCT ON ("candidateId") "candidateId", stage, "effectiveOn" FROM "JourneyEvent"
              ORDER BY "candidateId", "effectiveOn" DESC, (stage = 'RETURNED') DESC) j
      WHERE j."candidateId" = c.id`,
  );
  await pool.query(
    `INSERT INTO "WorkerCase" (id, "candidateId", "villageCode", type, source, urgency, description, status, "openedOn",
                               "closedOn", outcome, "createdAt", "updatedAt")
     SELECT md5('${SEED}:case:' || c.id)::uuid, c.id, c."villageCode",
            (ARRAY['WAGES_UNPAID','ABUSE','DOCUMENTS_HELD','TRAFFICKING_SUSPECTED','NO_CONTACT','ILLNESS_OR_DEATH','LEGAL_TROUBLE','OTHER'])[1 + ${h("type")} % 8]::"CaseType",
            (ARRAY['FAMILY','CONTACT','RETURN','TIP'])[1 + ${h("src")} % 4]::"CaseSource",
            (ARRAY['NORMAL','URGENT','EMERGENCY'])[1 + ${h("urg")} % 3]::"CaseUrgency",
            'Kasus uji bench', CASE WHEN ${h("open")} < 60 THEN 'OPEN' ELSE 'CLOSED' END::"CaseStatus", opened,
            CASE WHEN ${h("open")} >= 60 THEN LEAST(${today}, opened + 20) END,
            CASE WHEN ${h("open")} >= 60 THEN 'RESOLVED'::"CaseOutcome" END, now(), now()
       FROM "Candidate" c CROSS JOIN LATERAL (SELECT LEAST(${today}, c."journeyStageOn" + ${h("when")}) AS opened) o
      WHERE c."journeyStage" IN ('DEPARTED', 'RETURNED') AND ${h("case")} < 5`,
  );
  await pool.query(
    `INSERT INTO "CaseReferral" (id, "caseId", agency, "referredOn", "contactPerson", request)
     SELECT md5('${SEED}:referral:' || w.id)::uuid, w.id,
            (ARRAY['DISNAKER','BP3MI','POLICE','UPTD_PPA','EMBASSY','NGO'])[1 + abs(hashtext(w.id::text)) % 6]::"CaseAgency",
            w."openedOn", 'Petugas layanan', 'Mohon pendampingan'
       FROM "WorkerCase" w WHERE abs(hashtext(w.id::text || 'ref')) % 2 = 0`,
  );
  await pool.query(
    `INSERT INTO "CaseFollowUp" (id, "caseId", "dueOn", action)
     SELECT md5('${SEED}:followup:' || w.id)::uuid, w.id, w."openedOn" + 14, 'Hubungi keluarga'
       FROM "WorkerCase" w WHERE w.status = 'OPEN'`,
  );
}

await main();
