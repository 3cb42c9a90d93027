import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { EventStatus, EventType } from "@/lib/db/generated/enums";

// Public-portal test data. The fee and moratorium rows mirror what the foundation's seed writes (PP 45/2024,
// Kepmenaker 260/2015); tests upsert them so they run before and after that seed exists.

export const PASSPORT_FEES = [
  { code: "ORDINARY_5Y", labelId: "Paspor biasa 5 tahun", labelEn: "Ordinary passport, 5 years", amount: 350_000, sortOrder: 1 },
  { code: "ORDINARY_10Y", labelId: "Paspor biasa 10 tahun", labelEn: "Ordinary passport, 10 years", amount: 650_000, sortOrder: 2 },
  { code: "E_PASSPORT_5Y", labelId: "Paspor elektronik 5 tahun", labelEn: "E-passport, 5 years", amount: 650_000, sortOrder: 3 },
  { code: "E_PASSPORT_10Y", labelId: "Paspor elektronik 10 tahun", labelEn: "E-passport, 10 years", amount: 950_000, sortOrder: 4 },
  { code: "SAME_DAY_SURCHARGE", labelId: "Layanan percepatan (hari yang sama)", labelEn: "Same-day service", amount: 1_000_000, sortOrder: 5 },
  { code: "PMI_5Y", labelId: "Paspor pekerja migran 5 tahun", labelEn: "Migrant worker passport, 5 years", amount: 0, sortOrder: 6 },
];

export const MORATORIUM_SAMPLE = ["SA", "AE", "KW", "QA", "OM", "JO"];

export async function seedPassportFees() {
  for (const fee of PASSPORT_FEES) {
    await db.passportFee.upsert({ where: { code: fee.code }, create: fee, update: fee });
  }
}

export async function seedMoratorium(codes: string[] = MORATORIUM_SAMPLE) {
  for (const countryCode of codes) {
    await db.moratoriumCountry.upsert({ where: { countryCode }, create: { countryCode }, update: {} });
  }
}

/** An officer assigned as PIMPASA of the designation. */
export async function assignOfficer(designationId: string, officeId: string, name = "Ahmad Fauzi") {
  const nip = String(Date.now()).padEnd(18, "0").slice(0, 14) + String(Math.floor(Math.random() * 10_000)).padStart(4, "0");
  const officer = await db.officer.create({
    data: { nip, name, rank: "Penata Muda (III/a)", position: "Analis Keimigrasian Ahli Pertama", officeId },
  });
  await db.designationOfficer.create({ data: { designationId, officerId: officer.id } });
  return officer;
}

export async function createEvent(options: {
  officeId: string;
  villageCode: string;
  designationId?: string;
  startsAt: Date;
  hours?: number;
  isPublic?: boolean;
  status?: EventStatus;
  type?: EventType;
  title?: string;
}) {
  return db.outreachEvent.create({
    data: {
      officeId: options.officeId,
      villageCode: options.villageCode,
      designationId: options.designationId ?? null,
      type: options.type ?? "OUTREACH",
      title: options.title ?? `Sosialisasi TPPO ${randomUUID().slice(0, 6)}`,
      description: "Sosialisasi prosedur paspor dan cara melapor.",
      startsAt: options.startsAt,
      endsAt: new Date(options.startsAt.getTime() + (options.hours ?? 3) * 3_600_000),
      location: "Balai Desa",
      isPublic: options.isPublic ?? true,
      status: options.status ?? "PLANNED",
      statusReason: options.status === "CANCELLED" || options.status === "POSTPONED" ? "Cuaca buruk" : null,
    },
  });
}

export const days = (n: number) => new Date(Date.now() + n * 86_400_000);
