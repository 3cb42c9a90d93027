import { randomInt } from "node:crypto";
import { db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { sealNik, sealPhone } from "@/lib/identity/seal";
import { normalisePhone } from "@/lib/identity/phone";
import { GENDANG_TIMBURU } from "./base";

// CPMI records written straight through Prisma with the privacy sealing (lib/identity/seal.ts), for the
// privacy tests. Each call makes a new person with a NIK that looks real: the village's district code, a
// birth date (day + 40 for women) and a random serial.

export function fakeNik(villageCode = GENDANG_TIMBURU, birth = "1999-05-15", female = true): string {
  const district = villageCode.replace(/\./g, "").slice(0, 6);
  const [y, m, d] = birth.split("-");
  const day = String(Number(d) + (female ? 40 : 0)).padStart(2, "0");
  return `${district}${day}${m}${y.slice(2)}${String(randomInt(1, 10_000)).padStart(4, "0")}`;
}

export function fakePhone(): string {
  return `0812${String(randomInt(10_000_000, 99_999_999))}`;
}

export type CandidateOptions = {
  villageCode?: string;
  nik?: string;
  phone?: string | null;
  name?: string;
  birthDate?: string;
} & Partial<
  Pick<
    Prisma.CandidateUncheckedCreateInput,
    "destinationCountry" | "passportStatus" | "plannedDeparture" | "updatedAt" | "createdAt" | "restrictedAt"
  >
>;

export async function createCandidateRecord(options: CandidateOptions = {}) {
  const villageCode = options.villageCode ?? GENDANG_TIMBURU;
  const birthDate = options.birthDate ?? "1999-05-15";
  const nik = options.nik ?? fakeNik(villageCode, birthDate);
  const phone = options.phone === undefined ? fakePhone() : options.phone;
  const candidate = await db.candidate.create({
    data: {
      villageCode,
      ...sealNik(nik),
      ...sealPhone(phone),
      name: options.name ?? "Siti Aminah",
      sex: "FEMALE",
      birthDate: new Date(`${birthDate}T00:00:00Z`),
      hamlet: "Dusun Harapan",
      rt: "003",
      rw: "001",
      addressLine: "Jl. Pelabuhan No. 7",
      education: "SMP",
      destinationCountry: options.destinationCountry ?? "MY",
      jobSector: "PLANTATION",
      placementChannel: "P3MI",
      agencyName: "PT Jasa Penempatan Uji",
      passportStatus: options.passportStatus ?? "PLANNED",
      plannedDeparture: options.plannedDeparture ?? null,
      consentMethod: "WRITTEN",
      consentRecordedAt: new Date(),
      restrictedAt: options.restrictedAt ?? null,
      createdAt: options.createdAt,
      updatedAt: options.updatedAt,
    },
  });
  // The phone as stored: the one normal form of lib/identity (+628…).
  return { candidate, nik, phone: phone ? (normalisePhone(phone) ?? phone) : phone };
}
