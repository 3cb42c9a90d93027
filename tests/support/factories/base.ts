import { randomUUID } from "node:crypto";
import { db } from "@/lib/platform/db/client";
import type { Role } from "@/lib/platform/db/generated/enums";
import { loadActor } from "@/lib/platform/auth/actor";
import type { Actor } from "@/lib/platform/auth/policy";

// Shared test data: offices with working areas over the real region codes that every test schema holds
// (Kalimantan Selatan "63" and Jawa Timur "35", see tests/support/test-database.ts). Each call makes new,
// unique rows so tests never depend on one another.

/** The seed case: Desa Gendang Timburu, Kecamatan Sungai Durian, Kabupaten Kotabaru. */
export const GENDANG_TIMBURU = "63.02.15.2002";
export const BULUH_KUNING = "63.02.15.2001";
/** A village of Kabupaten Madiun (Jawa Timur), outside the Batulicin office's working area. */
export const MADIUN_VILLAGE = "35.19.01.2001";

const unique = () => randomUUID().slice(0, 8);

/** An office whose working area is the given regencies (taken away from any other test office). */
export async function createOffice(regencyCodes: string[] = ["63.02", "63.10"], name?: string) {
  const suffix = unique();
  const office = await db.immigrationOffice.create({
    data: {
      slug: `kanim-${suffix}`,
      name: name ?? `Kantor Imigrasi Kelas II TPI Uji ${suffix}`,
      officeClass: "KELAS_II_TPI",
      address: "Jl. Raya Batulicin No. 1",
      phone: "0518-70000",
      email: `kanim-${suffix}@imigrasi.go.id`,
      regionalProvinceCode: regencyCodes[0]?.slice(0, 2) ?? "63",
      timeZone: regencyCodes[0]?.startsWith("63") ? "Asia/Makassar" : "Asia/Jakarta",
    },
  });
  if (regencyCodes.length) {
    await db.regency.updateMany({ where: { code: { in: regencyCodes } }, data: { officeId: office.id } });
  }
  return office;
}

export async function createUser(options: {
  role: Role;
  officeId?: string | null;
  villageCode?: string | null;
  name?: string;
  passwordHash?: string;
}) {
  const suffix = unique();
  return db.user.create({
    data: {
      name: options.name ?? `Pengguna ${suffix}`,
      email: `user-${suffix}@example.test`,
      // Tests that sign in set a real argon2 hash; others never verify it.
      passwordHash: options.passwordHash ?? "not-a-password-hash",
      role: options.role,
      officeId: options.officeId ?? null,
      villageCode: options.villageCode ?? null,
    },
  });
}

/** An actor as lib/platform/auth/session.ts would load it for a signed-in user. */
export async function createActor(
  role: Role,
  scope: { officeId?: string; villageCode?: string } = {},
): Promise<Actor> {
  const user = await createUser({ role, officeId: scope.officeId, villageCode: scope.villageCode });
  const actor = await loadActor(user.id, user.sessionVersion);
  if (!actor) throw new Error("actor did not load");
  return actor;
}

export async function createDesignation(officeId: string, villageCode: string = GENDANG_TIMBURU) {
  return db.designation.create({
    data: {
      villageCode,
      officeId,
      decreeNumber: `W.15.IMI.IMI.4-GR.04.01-${unique()}`,
      decreeDate: new Date("2024-05-03"),
      year: 2024,
      liaisonName: "Sekretaris Desa",
      liaisonPosition: "Sekretaris Desa",
    },
  });
}

/** A real village of the regency that no test of this file has designated yet. */
export async function pickVillage(regencyCode = "63.02"): Promise<string> {
  const [village] = await db.$queryRaw<{ code: string }[]>`
    SELECT v.code FROM "Village" v
     WHERE v.code LIKE ${`${regencyCode}.%`}
       AND NOT EXISTS (SELECT 1 FROM "Designation" d WHERE d."villageCode" = v.code)
       AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."villageCode" = v.code)
     ORDER BY random() LIMIT 1`;
  if (!village) throw new Error(`no free village left in ${regencyCode}`);
  return village.code;
}
