import { randomInt, randomUUID } from "node:crypto";
import { db } from "@/lib/platform/db/client";
import type { Actor } from "@/lib/platform/auth/policy";
import { registerCandidate, type CommandOptions } from "@/lib/candidates/commands";
import { composeNik } from "@/lib/identity/nik";
import { dayString } from "@/lib/candidates/dates";

// CPMI test data. NIKs are valid and agree with the birth date and sex unless a test says otherwise;
// every call makes a NIK no other call of this process made (the NIK is unique across all villages).

const usedNiks = new Set<string>();

/** A valid NIK for the birth date and sex, with a random Kotabaru district code and serial. */
export function validNik(birthDate: Date | string = "1998-03-04", sex: "MALE" | "FEMALE" = "FEMALE"): string {
  const date = typeof birthDate === "string" ? new Date(`${birthDate}T00:00:00Z`) : birthDate;
  for (;;) {
    const region = `6302${String(randomInt(1, 100)).padStart(2, "0")}`;
    const nik = composeNik(region, date, sex, randomInt(1, 10_000));
    if (!usedNiks.has(nik)) {
      usedNiks.add(nik);
      return nik;
    }
  }
}

/** A random adult birth date (1970–2000). */
export function randomBirthDate(): string {
  return dayString(new Date(Date.UTC(1970 + randomInt(0, 31), randomInt(0, 12), randomInt(1, 29))));
}

/** Form input (strings, as a browser posts them) for a procedural CPMI with no warning sign. */
export function candidateInput(overrides: Record<string, string | string[] | undefined> = {}) {
  const birthDate = (overrides.birthDate as string | undefined) ?? randomBirthDate();
  const sex = ((overrides.sex as string | undefined) ?? "FEMALE") as "MALE" | "FEMALE";
  const input: Record<string, string | string[]> = {
    nik: validNik(birthDate, sex),
    name: "Siti Aminah",
    sex,
    birthDate,
    phone: "0812-3456-7890",
    hamlet: "Dusun I",
    rt: "003",
    rw: "001",
    addressLine: "",
    education: "SMA",
    destinationCountry: "MY",
    jobSector: "PLANTATION",
    placementChannel: "P3MI",
    agencyName: "PT Mitra Kerja Sejahtera",
    employerType: "COMPANY",
    plannedVisa: "WORK",
    recruitmentSource: "P3MI_OFFICE",
    feeArrangement: "NONE_ASKED",
    plannedDeparture: "",
    consentMethod: "WRITTEN",
    consentGuardianName: "",
    consentConfirmed: "on",
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete input[key];
    else input[key] = value;
  }
  return input;
}

/** Registers a CPMI through the domain command (so risk flags, audit and encryption are real). */
export async function createCandidate(
  actor: Actor,
  overrides: Record<string, string | string[] | undefined> = {},
  options: CommandOptions = {},
) {
  const result = await registerCandidate(actor, candidateInput(overrides), options);
  if (!result.ok) throw new Error(`createCandidate failed: ${JSON.stringify(result)}`);
  return db.candidate.findUniqueOrThrow({ where: { id: result.value.id } });
}

/** Puts countries on the moratorium list (idempotent). */
export async function seedMoratorium(codes: string[] = ["SA", "AE", "QA", "KW", "JO"]) {
  for (const countryCode of codes) {
    await db.moratoriumCountry.upsert({ where: { countryCode }, create: { countryCode }, update: {} });
  }
}

export const uniqueKey = () => randomUUID();
