import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db/client";
import { decryptField } from "@/lib/platform/crypto/fields";
import type { Actor } from "@/lib/platform/auth/policy";
import { openCase, recordContact, recordDeparture, referCase } from "@/lib/journeys/commands";
import { runRetention } from "@/lib/privacy/retention";
import { correctSubjectData, eraseSubjectData, recordSubjectRequest } from "@/lib/privacy/subject-requests/commands";
import { getSubjectCopy } from "@/lib/privacy/subject-requests/copy";
import { GENDANG_TIMBURU, createActor, createOffice } from "../support/factories/base";
import { createCandidateRecord } from "../support/factories/privacy";
import { valueOf } from "../support/results";

// The journey's personal fields (employer abroad, contact abroad) and the case texts follow the NIK's rules:
// in the subject's copy, correctable, destroyed by erasure and retention; the return restarts retention.
vi.setConfig({ testTimeout: 30_000 });

const now = new Date("2026-11-28T02:00:00Z");
const options = { now };
let official: Actor;
let staff: Actor;

beforeAll(async () => {
  const office = await createOffice(["63.02"]);
  official = await createActor("VILLAGE_OFFICIAL", { villageCode: GENDANG_TIMBURU });
  staff = await createActor("OFFICE_STAFF", { officeId: office.id });
});

/** A person who left, was contacted, had a case referred to BP3MI. */
async function workerAbroad() {
  const person = await createCandidateRecord({ createdAt: new Date("2026-01-05T02:00:00Z"), updatedAt: new Date("2026-01-05T02:00:00Z") });
  const id = person.candidate.id;
  const departed = await recordDeparture(
    official,
    id,
    {
      stageOn: "2026-03-10",
      channel: "P3MI",
      destinationCountry: "MY",
      jobSector: "PLANTATION",
      agencyName: "PT Maju Sejahtera",
      employer: "Ladang Sawit Tawau Sdn Bhd",
      contactAbroad: "Rahmawati +60 12 987 6543",
      stageNote: "Berangkat dari Batulicin",
    },
    options,
  );
  if (!departed.ok) throw new Error(JSON.stringify(departed));
  await recordContact(official, id, { contactedOn: "2026-06-01", method: "PHONE", outcome: "PROBLEM", contactNote: "Gaji terlambat dua bulan" }, options);
  const opened = await openCase(official, id, { openedOn: "2026-06-02", type: "WAGES_UNPAID", source: "CONTACT", urgency: "URGENT", description: "Gaji terlambat dua bulan" }, options);
  if (!opened.ok) throw new Error(JSON.stringify(opened));
  await referCase(staff, opened.value.id, { agency: "BP3MI", referredOn: "2026-06-03", contactPerson: "Ibu Kartini, BP3MI Kalsel", request: "Mediasi gaji dengan agensi" }, options);
  return { ...person, id, caseId: opened.value.id };
}

describe("the journey under UU PDP", () => {
  it("the subject's copy holds the journey with the employer and contact abroad in clear, the contacts and the cases, and no agency staff name", async () => {
    const worker = await workerAbroad();
    const request = valueOf(await recordSubjectRequest(official, { nik: worker.nik, type: "COPY", channel: "VILLAGE_IN_PERSON", receivedAt: "2026-11-20T09:00" }));
    const { copy } = await getSubjectCopy(official, request.id);
    expect(copy.journey.stage).toBe("DEPARTED");
    expect(copy.journey.stages).toEqual([
      expect.objectContaining({ stage: "DEPARTED", effectiveOn: "2026-03-10", employer: "Ladang Sawit Tawau Sdn Bhd", contactAbroad: "Rahmawati +60 12 987 6543", agencyName: "PT Maju Sejahtera" }),
    ]);
    expect(copy.journey.contacts).toEqual([expect.objectContaining({ on: "2026-06-01", outcome: "PROBLEM", note: "Gaji terlambat dua bulan" })]);
    expect(copy.journey.cases).toEqual([
      expect.objectContaining({ type: "WAGES_UNPAID", status: "OPEN", referrals: [{ agency: "BP3MI", referredOn: "2026-06-03", request: "Mediasi gaji dengan agensi" }] }),
    ]);
    expect(JSON.stringify(copy)).not.toContain("Kartini");
  });

  it("a correction request corrects the employer and the contact abroad of the latest departure", async () => {
    const worker = await workerAbroad();
    const request = valueOf(await recordSubjectRequest(official, { nik: worker.nik, type: "CORRECTION", channel: "VILLAGE_IN_PERSON", receivedAt: "2026-11-20T09:00" }));
    valueOf(await correctSubjectData(official, request.id, { employer: "Tawau Estate Sdn Bhd", contactAbroad: "Rahmawati +60 13 111 2222", resolution: "Dikoreksi sesuai kontrak" }));
    const event = await db.journeyEvent.findFirstOrThrow({ where: { candidateId: worker.id, stage: "DEPARTED" } });
    expect(decryptField(event.employerEncrypted!)).toBe("Tawau Estate Sdn Bhd");
    expect(decryptField(event.contactAbroadEncrypted!)).toBe("Rahmawati +60 13 111 2222");
    expect(event.employerMasked).toBe("Ta••••••••hd");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: worker.id, action: "SUBJECT_DATA_CORRECTED" } });
    expect(audit.changes).toMatchObject({ fields: ["employer", "contactAbroad"] });
    expect(JSON.stringify(audit.changes)).not.toContain("Tawau");
  });

  it("erasure destroys the employer, the contact abroad and the case texts, and keeps what the dashboards count", async () => {
    const worker = await workerAbroad();
    const request = valueOf(await recordSubjectRequest(staff, { nik: worker.nik, type: "ERASURE", channel: "LETTER", receivedAt: "2026-11-20T09:00" }));
    valueOf(await eraseSubjectData(staff, request.id, { resolution: "Data pribadi dihapus" }));
    const event = await db.journeyEvent.findFirstOrThrow({ where: { candidateId: worker.id } });
    expect(event).toMatchObject({ employerEncrypted: null, employerMasked: null, contactAbroadEncrypted: null, contactAbroadMasked: null, note: null });
    expect(event).toMatchObject({ stage: "DEPARTED", channel: "P3MI", destinationCountry: "MY" });
    expect((await db.abroadContact.findFirstOrThrow({ where: { candidateId: worker.id } })).note).toBeNull();
    const workerCase = await db.workerCase.findUniqueOrThrow({ where: { id: worker.caseId }, include: { referrals: true } });
    expect(workerCase).toMatchObject({ type: "WAGES_UNPAID", description: "[dihapus]" });
    expect(workerCase.referrals[0]).toMatchObject({ agency: "BP3MI", contactPerson: "[dihapus]", request: "[dihapus]" });
    const rows = JSON.stringify(await db.$queryRaw`SELECT * FROM "JourneyEvent" WHERE "candidateId" = ${worker.id}::uuid`);
    expect(rows).not.toMatch(/Tawau|Rahmawati|Batulicin/);
  });

  it("retention: the return restarts the clock, and a worker abroad is not anonymised for a departure long ago", async () => {
    const long = (months: number) => new Date(Date.UTC(2026, 10 - months, 28));
    // Planned departure 30 months ago, still abroad and contacted last month: kept.
    const abroad = await createCandidateRecord({ plannedDeparture: long(30), createdAt: long(31), updatedAt: long(1) });
    await db.candidate.update({ where: { id: abroad.candidate.id }, data: { journeyStage: "DEPARTED", journeyStageOn: long(30), updatedAt: long(1) } });
    // Left 30 months ago, came home 2 months ago: the clock restarted at the return, kept.
    const back = await createCandidateRecord({ plannedDeparture: long(30), createdAt: long(31), updatedAt: long(1) });
    await db.candidate.update({ where: { id: back.candidate.id }, data: { journeyStage: "RETURNED", returnedOn: long(2), updatedAt: long(1) } });
    // Came home 25 months ago (over the 24-month default): due.
    const longBack = await createCandidateRecord({ plannedDeparture: long(60), createdAt: long(61), updatedAt: long(1) });
    await db.candidate.update({ where: { id: longBack.candidate.id }, data: { journeyStage: "RETURNED", returnedOn: long(25), updatedAt: long(1) } });
    await runRetention({ now });
    const anonymised = async (id: string) => (await db.candidate.findUniqueOrThrow({ where: { id } })).anonymisedAt != null;
    expect(await anonymised(abroad.candidate.id)).toBe(false);
    expect(await anonymised(back.candidate.id)).toBe(false);
    expect(await anonymised(longBack.candidate.id)).toBe(true);
  });
});
