import "server-only";
import { Prisma } from "@/lib/platform/db/generated/client";
import { db } from "@/lib/platform/db/client";

// Public reads of the Desa Binaan directory. Only ACTIVE designations; officers by name and position only
// (never NIP); events only when public; past activities as their report summary (no attendee data).

export const DIRECTORY_PAGE_SIZE = 20;

export type DirectoryFilters = { q?: string; province?: string; regency?: string; page?: number };

export type DirectoryEntry = {
  code: string;
  name: string;
  district: string;
  regency: string;
  province: string;
  office: string;
};

function likePattern(text: string) {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Searches designated villages by name, tolerating typos (pg_trgm), filtered by province and regency. */
export async function searchDesignatedVillages(filters: DirectoryFilters) {
  const q = (filters.q ?? "").trim().slice(0, 100);
  const province = /^\d{2}$/.test(filters.province ?? "") ? filters.province! : "";
  const regency = /^\d{2}\.\d{2}$/.test(filters.regency ?? "") ? filters.regency! : "";
  const page = Math.max(1, Math.floor(filters.page ?? 1));

  const where = Prisma.sql`
    d.status = 'ACTIVE'
    AND (${province} = '' OR r."provinceCode" = ${province})
    AND (${regency} = '' OR r.code = ${regency})
    AND (${q} = '' OR v.name ILIKE ${likePattern(q)} OR similarity(v.name, ${q}) > 0.3
         OR word_similarity(${q}, v.name) > 0.5)`;
  const from = Prisma.sql`
    FROM "Designation" d
    JOIN "Village" v ON v.code = d."villageCode"
    JOIN "District" di ON di.code = v."districtCode"
    JOIN "Regency" r ON r.code = di."regencyCode"
    JOIN "Province" p ON p.code = r."provinceCode"
    JOIN "ImmigrationOffice" o ON o.id = d."officeId"`;

  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<DirectoryEntry[]>`
      SELECT DISTINCT ON (score, v.name, v.code) v.code, v.name, di.name AS district, r.name AS regency,
             p.name AS province, o.name AS office, similarity(v.name, ${q}) AS score
      ${from} WHERE ${where}
      ORDER BY score DESC, v.name, v.code
      LIMIT ${DIRECTORY_PAGE_SIZE} OFFSET ${(page - 1) * DIRECTORY_PAGE_SIZE}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(DISTINCT v.code)::int AS total ${from} WHERE ${where}`,
  ]);
  return {
    entries: rows.map(({ code, name, district, regency, province, office }) => ({ code, name, district, regency, province, office })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)),
  };
}

/** Provinces and regencies that hold at least one active Desa Binaan: the filter choices. */
export async function directoryFilterOptions() {
  const rows = await db.$queryRaw<{ provinceCode: string; province: string; regencyCode: string; regency: string }[]>`
    SELECT DISTINCT p.code AS "provinceCode", p.name AS province, r.code AS "regencyCode", r.name AS regency
      FROM "Designation" d
      JOIN "Village" v ON v.code = d."villageCode"
      JOIN "District" di ON di.code = v."districtCode"
      JOIN "Regency" r ON r.code = di."regencyCode"
      JOIN "Province" p ON p.code = r."provinceCode"
     WHERE d.status = 'ACTIVE'
     ORDER BY p.name, r.name`;
  const provinces = new Map<string, { code: string; name: string; regencies: { code: string; name: string }[] }>();
  for (const row of rows) {
    const province = provinces.get(row.provinceCode) ?? { code: row.provinceCode, name: row.province, regencies: [] };
    province.regencies.push({ code: row.regencyCode, name: row.regency });
    provinces.set(row.provinceCode, province);
  }
  return [...provinces.values()];
}

const publicEventSelect = {
  id: true,
  type: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  location: true,
  office: { select: { timeZone: true } },
} satisfies Prisma.OutreachEventSelect;

/** Everything a village's public page shows, or null when the village is not an active Desa Binaan. */
export async function getVillageProfile(code: string, now = new Date()) {
  if (!/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(code)) return null;
  const designation = await db.designation.findFirst({
    where: { villageCode: code, status: "ACTIVE" },
    orderBy: { decreeDate: "desc" },
    select: {
      id: true,
      decreeNumber: true,
      decreeDate: true,
      year: true,
      village: {
        select: {
          code: true,
          name: true,
          district: {
            select: { name: true, regency: { select: { code: true, name: true, province: { select: { code: true, name: true } } } } },
          },
        },
      },
      office: {
        select: {
          id: true,
          slug: true,
          name: true,
          address: true,
          phone: true,
          email: true,
          website: true,
          timeZone: true,
          requiresDisnakerRecommendation: true,
        },
      },
      officers: {
        where: { officer: { active: true } },
        orderBy: { assignedAt: "asc" },
        select: { officer: { select: { name: true, position: true } } },
      },
    },
  });
  if (!designation) return null;

  const [upcoming, past] = await Promise.all([
    db.outreachEvent.findMany({
      where: { villageCode: code, isPublic: true, status: "PLANNED", endsAt: { gte: now } },
      orderBy: { startsAt: "asc" },
      take: 10,
      select: publicEventSelect,
    }),
    db.outreachEvent.findMany({
      where: { villageCode: code, isPublic: true, status: "DONE" },
      orderBy: { startsAt: "desc" },
      take: 10,
      select: { ...publicEventSelect, report: { select: { summary: true, topics: true } } },
    }),
  ]);

  const { village, office, officers, ...decree } = designation;
  return {
    village: {
      code: village.code,
      name: village.name,
      district: village.district.name,
      regency: village.district.regency.name,
      province: village.district.regency.province.name,
    },
    designation: { decreeNumber: decree.decreeNumber, decreeDate: decree.decreeDate, year: decree.year },
    office,
    officers: officers.map(({ officer }) => ({ name: officer.name, position: officer.position })),
    upcoming: upcoming.map(({ office: o, ...event }) => ({ ...event, timeZone: o.timeZone })),
    past: past.map(({ office: o, report, ...event }) => ({
      ...event,
      timeZone: o.timeZone,
      summary: report?.summary ?? null,
      topics: report?.topics ?? [],
    })),
  };
}

export type VillageProfile = NonNullable<Awaited<ReturnType<typeof getVillageProfile>>>;
