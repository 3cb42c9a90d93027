import { randomUUID } from "node:crypto";
import { db } from "@/lib/platform/db/client";
import type { EventStatus, EventType } from "@/lib/platform/db/generated/enums";
import { PASSPORT_FEES } from "@/lib/reference-data/defaults";

// Public-portal test data: fees and moratorium rows as the reference seed writes them, events and PIMPASA.

export const MORATORIUM_SAMPLE = ["SA", "AE", "KW", "QA", "OM", "JO"];

export async function seedPassportFees() {
  for (const [i, fee] of PASSPORT_FEES.entries()) {
    const row = { ...fee, sortOrder: i + 1 };
    await db.passportFee.upsert({ where: { code: fee.code }, create: row, update: row });
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
