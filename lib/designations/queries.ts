import "server-only";
import { recordIdOrNotFound } from "@/lib/platform/validation/ids";
import { db } from "@/lib/platform/db/client";
import { Prisma } from "@/lib/platform/db/generated/client";
import type { DesignationStatus } from "@/lib/platform/db/generated/enums";
import { officeScope, scopeOf, type Actor } from "@/lib/platform/auth/policy";
import { NotFoundError } from "@/lib/platform/errors";
import { villageSearchSchema, type VillageSearch } from "./schema";

/** Regency codes the actor may designate in (its working area); null = every regency (admin). */
function workingArea(actor: Actor): string[] | null {
  const scope = scopeOf(actor, "designation:read");
  if (scope === "all") return null;
  if (scope === "office") return actor.regencyCodes;
  return [];
}

export async function listWorkingAreaRegencies(actor: Actor) {
  const area = workingArea(actor);
  return db.regency.findMany({
    where: area === null ? { officeId: { not: null } } : { code: { in: area } },
    orderBy: { name: "asc" },
    select: { code: true, name: true },
  });
}

export async function listDistricts(actor: Actor, regencyCode: string) {
  const area = workingArea(actor);
  if (area !== null && !area.includes(regencyCode)) return [];
  return db.district.findMany({ where: { regencyCode }, orderBy: { name: "asc" }, select: { code: true, name: true } });
}

export type VillageOption = { code: string; name: string; district: string; regency: string; designated: boolean };

const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The village picker: villages of the working area, narrowed by regency/district and a name search that the
 * trigram index (Village_name_trgm_idx) serves. Never returns a village outside the working area.
 */
export async function searchVillages(actor: Actor, search: VillageSearch, limit = 25): Promise<VillageOption[]> {
  const { regency, district, q } = villageSearchSchema.parse(search);
  const area = workingArea(actor);
  if (area !== null && area.length === 0) return [];
  if (!q && !district && !regency) return [];
  const regencies = regency ? (area === null || area.includes(regency) ? [regency] : []) : area;
  if (regencies !== null && regencies.length === 0) return [];
  const conditions: Prisma.Sql[] = [];
  if (regencies !== null) conditions.push(Prisma.sql`d."regencyCode" = ANY(${regencies}::text[])`);
  if (district) conditions.push(Prisma.sql`v."districtCode" = ${district}`);
  if (q) conditions.push(Prisma.sql`v.name ILIKE ${`%${likeEscape(q)}%`}`);
  const prefix = q ? `${likeEscape(q)}%` : "";
  return db.$queryRaw<VillageOption[]>`
    SELECT v.code, v.name, d.name AS district, r.name AS regency,
           EXISTS (SELECT 1 FROM "Designation" g WHERE g."villageCode" = v.code AND g.status = 'ACTIVE') AS designated
      FROM "Village" v
      JOIN "District" d ON d.code = v."districtCode"
      JOIN "Regency" r ON r.code = d."regencyCode"
     WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY (v.name ILIKE ${prefix || "%"}) DESC, v.name, v.code
     LIMIT ${limit}`;
}

export type DesignationFilters = { status?: DesignationStatus; regency?: string; q?: string; page?: number };

export const DESIGNATIONS_PER_PAGE = 25;

export async function listDesignations(actor: Actor, filters: DesignationFilters = {}) {
  // AND, so a filter on villageCode never replaces a scope that is itself on villageCode.
  const where: Prisma.DesignationWhereInput = {
    AND: [
      officeScope(actor, "designation:read"),
      filters.status ? { status: filters.status } : {},
      filters.regency ? { villageCode: { startsWith: `${filters.regency}.` } } : {},
      filters.q ? { village: { name: { contains: filters.q, mode: "insensitive" } } } : {},
    ],
  };
  const page = Math.max(1, filters.page ?? 1);
  const [total, rows] = await Promise.all([
    db.designation.count({ where }),
    db.designation.findMany({
      where,
      orderBy: [{ status: "asc" }, { decreeDate: "desc" }, { villageCode: "asc" }],
      skip: (page - 1) * DESIGNATIONS_PER_PAGE,
      take: DESIGNATIONS_PER_PAGE,
      select: {
        id: true,
        villageCode: true,
        decreeNumber: true,
        decreeDate: true,
        year: true,
        status: true,
        village: { select: { name: true, district: { select: { name: true, regency: { select: { name: true } } } } } },
        officers: { select: { officer: { select: { id: true, name: true } } } },
      },
    }),
  ]);
  return {
    total,
    page,
    pages: Math.max(1, Math.ceil(total / DESIGNATIONS_PER_PAGE)),
    rows: rows.map(({ village, officers, ...d }) => ({
      ...d,
      villageName: village.name,
      districtName: village.district.name,
      regencyName: village.district.regency.name,
      officers: officers.map((o) => o.officer),
    })),
  };
}

export async function getDesignation(actor: Actor, designationId: string) {
  recordIdOrNotFound(designationId, "designation");
  const d = await db.designation.findFirst({
    where: { id: designationId, ...officeScope(actor, "designation:read") },
    select: {
      id: true,
      officeId: true,
      villageCode: true,
      decreeNumber: true,
      decreeDate: true,
      year: true,
      status: true,
      deactivatedAt: true,
      deactivatedReason: true,
      liaisonName: true,
      liaisonPosition: true,
      liaisonPhone: true,
      createdAt: true,
      village: { select: { name: true, district: { select: { name: true, regency: { select: { name: true } } } } } },
      officers: { select: { officer: { select: { id: true, name: true, nip: true, rank: true } } } },
      events: { orderBy: { startsAt: "desc" }, take: 10, select: { id: true, title: true, startsAt: true, status: true } },
    },
  });
  if (!d) throw new NotFoundError("designation");
  const { village, officers, ...rest } = d;
  return {
    ...rest,
    villageName: village.name,
    districtName: village.district.name,
    regencyName: village.district.regency.name,
    officers: officers.map((o) => o.officer),
  };
}

/** One village of the working area, for the picker's chosen value; null outside the area. */
export async function getAreaVillage(actor: Actor, villageCode: string): Promise<VillageOption | null> {
  if (!/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(villageCode)) return null;
  const rows = await searchVillages(actor, { district: villageCode.slice(0, 8) }, 1000);
  return rows.find((v) => v.code === villageCode) ?? null;
}
