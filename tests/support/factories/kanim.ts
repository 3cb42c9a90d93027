import { randomInt, randomUUID } from "node:crypto";
import { db } from "@/lib/platform/db/client";
import { sealNik } from "@/lib/identity/seal";
import type { EventStatus } from "@/lib/platform/db/generated/enums";
import { createActor, createOffice } from "./base";

// Kanim workspace data: officers with valid NIPs, events at fixed instants, visit requests.

const usedNips = new Set<string>();

/**
 * A valid NIP: born 1990-05 (day varied), appointed in 2015, man, random serial; never one this process made
 * before (the NIP is unique, and a file like the authorization matrix makes hundreds).
 */
export function makeNip(): string {
  for (;;) {
    const day = String(randomInt(1, 29)).padStart(2, "0");
    const month = String(randomInt(1, 13)).padStart(2, "0");
    const nip = `199005${day}2015${month}1${String(randomInt(0, 1000)).padStart(3, "0")}`;
    if (!usedNips.has(nip)) {
      usedNips.add(nip);
      return nip;
    }
  }
}

export async function createOfficer(officeId: string, overrides: { name?: string; active?: boolean } = {}) {
  return db.officer.create({
    data: {
      nip: makeNip(),
      name: overrides.name ?? `Petugas ${randomUUID().slice(0, 6)}`,
      rank: "Penata Muda (III/a)",
      position: "Analis Keimigrasian",
      officeId,
      active: overrides.active ?? true,
    },
  });
}

/** An office of the Batulicin kind (WITA) with a staff actor. */
export async function createKanim(regencyCodes: string[] = ["63.02", "63.10"]) {
  const office = await createOffice(regencyCodes);
  const staff = await createActor("OFFICE_STAFF", { officeId: office.id });
  return { office, staff };
}

export async function createEvent(
  officeId: string,
  villageCode: string,
  options: { startsAt?: Date; hours?: number; status?: EventStatus; officerIds?: string[]; isPublic?: boolean } = {},
) {
  const startsAt = options.startsAt ?? new Date("2024-05-03T01:00:00Z");
  return db.outreachEvent.create({
    data: {
      officeId,
      villageCode,
      type: "OUTREACH",
      title: "Sosialisasi keimigrasian",
      location: "Balai Desa",
      startsAt,
      endsAt: new Date(startsAt.getTime() + (options.hours ?? 3) * 3_600_000),
      status: options.status ?? "PLANNED",
      statusReason: options.status === "CANCELLED" || options.status === "POSTPONED" ? "Cuaca buruk" : null,
      isPublic: options.isPublic ?? true,
      officers: { create: (options.officerIds ?? []).map((officerId) => ({ officerId })) },
    },
  });
}

export async function createVisitRequest(officeId: string, villageCode: string) {
  return db.visitRequest.create({
    data: {
      officeId,
      villageCode,
      topic: "Sosialisasi paspor untuk calon PMI",
      preferredFrom: new Date("2026-12-01"),
      preferredTo: new Date("2026-12-15"),
      expectedParticipants: 40,
    },
  });
}

/** A CPMI record written directly (the village workspace's register command lives on its own branch). */
export async function createCandidateRow(
  villageCode: string,
  overrides: Partial<{
    name: string;
    nik: string;
    passportStatus: "NONE" | "PLANNED" | "APPLIED_M_PASPOR" | "ISSUED" | "DELAYED_OR_REFUSED";
    destinationCountry: string;
    placementChannel: "P3MI" | "G2G" | "MANDIRI" | "UNKNOWN" | "COMPANY_OWN_WORKERS" | "SPSK";
    riskFlags: string[];
    plannedDeparture: Date | null;
  }> = {},
) {
  const nik = overrides.nik ?? `${villageCode.replace(/\./g, "").slice(0, 6)}${String(randomInt(0, 10 ** 10)).padStart(10, "0")}`;
  const riskFlags = overrides.riskFlags ?? [];
  const channel = overrides.placementChannel ?? "P3MI";
  return db.candidate.create({
    data: {
      villageCode,
      ...sealNik(nik),
      name: overrides.name ?? `Calon ${randomUUID().slice(0, 6)}`,
      sex: "FEMALE",
      birthDate: new Date("1998-04-12"),
      education: "SMA",
      destinationCountry: overrides.destinationCountry ?? "MY",
      jobSector: "PLANTATION",
      placementChannel: channel,
      agencyName: channel === "P3MI" ? "PT Maju Sejahtera" : null,
      passportStatus: overrides.passportStatus ?? "NONE",
      plannedDeparture: overrides.plannedDeparture ?? null,
      riskFlags,
      riskCount: riskFlags.length,
      consentMethod: "WRITTEN",
      consentRecordedAt: new Date(),
    },
  });
}
