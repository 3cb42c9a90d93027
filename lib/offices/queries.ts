import "server-only";
import { isRecordId } from "@/lib/platform/validation/ids";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { db } from "@/lib/platform/db/client";
import { type Actor } from "@/lib/platform/auth/policy";
import { NotFoundError } from "@/lib/platform/errors";

// Reads for the administrators' office pages.

export async function listOffices(actor: Actor) {
  await authorizeAudited(actor, "office:manage");
  const offices = await db.immigrationOffice.findMany({
    orderBy: [{ regionalProvinceCode: "asc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      officeClass: true,
      timeZone: true,
      regionalProvince: { select: { name: true } },
      _count: { select: { regencies: true, designations: true, users: true } },
    },
  });
  return offices.map((o) => ({
    id: o.id,
    slug: o.slug,
    name: o.name,
    officeClass: o.officeClass,
    timeZone: o.timeZone,
    provinceName: o.regionalProvince.name,
    regencyCount: o._count.regencies,
    designationCount: o._count.designations,
    userCount: o._count.users,
  }));
}

export async function getOffice(actor: Actor, id: string) {
  await authorizeAudited(actor, "office:manage");
  const office = isRecordId(id)
    ? await db.immigrationOffice.findUnique({
        where: { id },
        include: { regencies: { select: { code: true, name: true }, orderBy: { code: "asc" } } },
      })
    : null;
  if (!office) throw new NotFoundError("office");
  return office;
}

/** Provinces with their regencies and which office holds each, for the working-area picker. */
export async function regencyChoices(actor: Actor) {
  await authorizeAudited(actor, "office:manage");
  const provinces = await db.province.findMany({
    orderBy: { code: "asc" },
    select: {
      code: true,
      name: true,
      regencies: {
        orderBy: { code: "asc" },
        select: { code: true, name: true, officeId: true, office: { select: { name: true } } },
      },
    },
  });
  return provinces.map((p) => ({
    code: p.code,
    name: p.name,
    regencies: p.regencies.map((r) => ({ code: r.code, name: r.name, officeId: r.officeId, officeName: r.office?.name ?? null })),
  }));
}
