import { db } from "@/lib/platform/db/client";
import { encryptField } from "@/lib/platform/crypto/fields";
import { createCandidateRow } from "./kanim";

// Journeys and cases written directly, for tests that need a record at a given stage without going through
// every command before it (the commands themselves are tested in tests/integration/journeys.test.ts).

/** A CPMI registered on `registeredAt` (so stage dates can be checked against the registration). */
export async function createRegisteredCandidate(villageCode: string, registeredAt = new Date("2026-01-05T02:00:00Z")) {
  const row = await createCandidateRow(villageCode);
  return db.candidate.update({ where: { id: row.id }, data: { createdAt: registeredAt } });
}

/** A CPMI abroad since `departedOn`, with an encrypted employer and contact abroad. */
export async function createDepartedCandidate(
  villageCode: string,
  options: { departedOn?: Date; lastContactOn?: Date | null; channel?: "P3MI" | "G2G" | "MANDIRI" | "SPSK" | "UNKNOWN"; country?: string } = {},
) {
  const candidate = await createRegisteredCandidate(villageCode);
  const departedOn = options.departedOn ?? new Date("2026-03-01");
  await db.journeyEvent.create({
    data: {
      candidateId: candidate.id,
      stage: "DEPARTED",
      effectiveOn: departedOn,
      channel: options.channel ?? "P3MI",
      destinationCountry: options.country ?? "MY",
      jobSector: "PLANTATION",
      agencyName: "PT Maju Sejahtera",
      employerEncrypted: encryptField("Ladang Sawit Tawau Sdn Bhd"),
      employerMasked: "La••••••••hd",
      contactAbroadEncrypted: encryptField("Siti +60 12 345 6789"),
      contactAbroadMasked: "Si••••••••89",
    },
  });
  return db.candidate.update({
    where: { id: candidate.id },
    data: {
      journeyStage: "DEPARTED",
      journeyStageOn: departedOn,
      lastContactOn: options.lastContactOn === undefined ? departedOn : options.lastContactOn,
    },
  });
}

/** An open case on a candidate. */
export async function createCaseRow(candidateId: string, options: { openedOn?: Date; type?: "WAGES_UNPAID" | "ABUSE" | "NO_CONTACT" } = {}) {
  const { villageCode } = await db.candidate.findUniqueOrThrow({ where: { id: candidateId }, select: { villageCode: true } });
  return db.workerCase.create({
    data: {
      candidateId,
      villageCode,
      type: options.type ?? "WAGES_UNPAID",
      source: "FAMILY",
      urgency: "URGENT",
      description: "Gaji tiga bulan belum dibayar, kata keluarga.",
      openedOn: options.openedOn ?? new Date("2026-06-01"),
    },
  });
}
