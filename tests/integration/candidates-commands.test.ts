import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { decryptField } from "@/lib/platform/crypto/fields";
import { changePassportStatus, completeFollowUp, recordGuidance, registerCandidate, updateCandidate } from "@/lib/candidates/commands";
import { composeNik } from "@/lib/identity/nik";
import { listNikReconciliations } from "@/lib/candidates/area";
import type { Actor } from "@/lib/platform/auth/policy";
import { GENDANG_TIMBURU, createActor, createOffice, pickVillage } from "../support/factories/base";
import { candidateInput, createCandidate, seedMoratorium, uniqueKey, validNik } from "../support/factories/candidates";

// 28 November 2026, 10:00 in Kotabaru (WITA).
const now = new Date("2026-11-28T02:00:00Z");
const options = { now };

let official: Actor;
let colleague: Actor;
let stranger: Actor;
let staff: Actor;
let officeName: string;

beforeAll(async () => {
  const office = await createOffice(["63.02"]);
  officeName = office.name;
  await seedMoratorium(["SA", "AE"]);
  official = await createActor("VILLAGE_OFFICIAL", { villageCode: GENDANG_TIMBURU });
  colleague = await createActor("VILLAGE_OFFICIAL", { villageCode: GENDANG_TIMBURU });
  stranger = await createActor("VILLAGE_OFFICIAL", { villageCode: await pickVillage("63.02") });
  staff = await createActor("OFFICE_STAFF", { officeId: office.id });
});

const notFound = { ok: false, reason: "not-found" };
const ownVillageDuplicate = { ok: false, reason: "conflict", field: "nik", message: { key: "candidate.duplicate.own" } };

/** Row counts a rejected write must leave as they were. */
async function counts() {
  const [candidates, audits, changes, guidance] = await Promise.all([
    db.candidate.count(),
    // Refusals are audited (access.denied) by design; they are no write.
    db.auditLog.count({ where: { action: { not: "access.denied" } } }),
    db.passportStatusChange.count(),
    db.guidanceRecord.count(),
  ]);
  return { candidates, audits, changes, guidance };
}

describe("registerCandidate", () => {
  it("stores a valid CPMI encrypted, masked, flagged and audited without the NIK", async () => {
    const input = candidateInput({ placementChannel: "MANDIRI", agencyName: "", recruitmentSource: "SOCIAL_MEDIA" });
    const result = await registerCandidate(official, input, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await db.candidate.findUniqueOrThrow({ where: { id: result.value.id } });
    expect(stored.villageCode).toBe(GENDANG_TIMBURU);
    expect(decryptField(stored.nikEncrypted)).toBe(input.nik);
    expect(stored.nikMasked).toBe(`${(input.nik as string).slice(0, 4)}••••••••${(input.nik as string).slice(-4)}`);
    expect(stored.phoneMasked).toMatch(/^\+62812•+890$/);
    expect(decryptField(stored.phoneEncrypted!)).toBe("+6281234567890");
    expect(stored.riskFlags).toEqual(["INDIVIDUAL_PLACEMENT", "INFORMAL_RECRUITER"]);
    expect(stored.riskCount).toBe(2);
    expect(stored.consentRecordedById).toBe(official.id);
    expect(stored.consentRecordedAt.toISOString()).toBe(now.toISOString());
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "Candidate", entityId: stored.id } });
    expect(audit.action).toBe("candidate.create");
    expect(JSON.stringify(audit.changes)).not.toContain(input.nik as string);
    expect(JSON.stringify(audit.changes)).not.toContain("6281234567890");
  });

  it("saves a NIK whose date or sex disagrees, with a data-mismatch flag", async () => {
    const nik = composeNik("630215", new Date("1995-07-20T00:00:00Z"), "MALE", 77);
    const result = await registerCandidate(official, candidateInput({ nik, birthDate: "1995-07-21", sex: "FEMALE" }), options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await db.candidate.findUniqueOrThrow({ where: { id: result.value.id } });
    expect(stored.riskFlags).toEqual(["DATA_MISMATCH"]);
  });

  it("flags a minor with parental consent, a moratorium placement and missing papers near departure", async () => {
    const result = await registerCandidate(
      official,
      candidateInput({
        birthDate: "2009-01-15",
        consentMethod: "PARENTAL_WRITTEN",
        consentGuardianName: "Bapak Sulaiman",
        destinationCountry: "SA",
        jobSector: "DOMESTIC_WORKER",
        employerType: "INDIVIDUAL",
        plannedDeparture: "2026-12-20",
      }),
      options,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await db.candidate.findUniqueOrThrow({ where: { id: result.value.id } });
    expect(stored.riskFlags).toEqual(["UNDER_18", "MORATORIUM", "MISSING_DOCUMENTS"]);
  });

  it.each([
    [{ nik: "63021512059600" }, "nik", "identity.nik.length"],
    [{ nik: "6302153205960001" }, "nik", "identity.nik.date"],
    [{ nik: "0002151205960001" }, "nik", "identity.nik.region"],
    [{ name: "" }, "name", "candidate.name.required"],
    [{ birthDate: "2026-11-29" }, "birthDate", "candidate.birthDate.future"],
    [{ birthDate: "1990-02-30" }, "birthDate", "candidate.birthDate.invalid"],
    [{ phone: "12345" }, "phone", "identity.phone.invalid"],
    [{ destinationCountry: "XX" }, "destinationCountry", "candidate.destination.invalid"],
    [{ destinationCountry: "ID" }, "destinationCountry", "candidate.destination.invalid"],
    [{ jobSector: "ASTRONAUT" }, "jobSector", "candidate.jobSector.required"],
    [{ placementChannel: "P3MI", agencyName: "" }, "agencyName", "candidate.agencyName.required"],
    [{ consentConfirmed: undefined }, "consentConfirmed", "candidate.consentConfirmed.required"],
    [{ birthDate: "2010-05-05", consentMethod: "WRITTEN" }, "consentMethod", "candidate.consentMethod.parentalRequired"],
    [{ consentMethod: "PARENTAL_WRITTEN", consentGuardianName: "" }, "consentGuardianName", "candidate.consentGuardianName.required"],
    [{ plannedDeparture: "2027-13-01" }, "plannedDeparture", "candidate.plannedDeparture.invalid"],
    [{ rt: "12a" }, "rt", "candidate.rt.invalid"],
  ])("refuses %o with a message per field and writes nothing", async (overrides, field, key) => {
    const before = await counts();
    const result = await registerCandidate(official, candidateInput(overrides), options);
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    if (result.ok || result.reason !== "invalid") return;
    expect(result.fieldErrors[field]).toEqual({ key });
    expect(await counts()).toEqual(before);
  });

  it("says a NIK is already in the own register, and writes nothing", async () => {
    const input = candidateInput();
    await registerCandidate(official, input, options);
    const before = await counts();
    const again = await registerCandidate(colleague, { ...input, name: "Nama Lain" }, options);
    expect(again).toEqual(ownVillageDuplicate);
    expect(await counts()).toEqual(before);
  });

  it("says only that a NIK is registered elsewhere, audits the hit on the holding record, and names no office", async () => {
    const input = candidateInput();
    const first = await registerCandidate(official, input, options);
    if (!first.ok) throw new Error("first registration failed");
    const before = await counts();
    const again = await registerCandidate(stranger, input, options);
    expect(again).toEqual({ ok: false, reason: "conflict", field: "nik", message: { key: "candidate.duplicate.elsewhere" } });
    expect(JSON.stringify(again)).not.toContain(GENDANG_TIMBURU);
    expect(JSON.stringify(again)).not.toContain(officeName);
    expect(await counts()).toEqual({ ...before, audits: before.audits + 1 });
    const hit = await db.auditLog.findFirstOrThrow({ where: { action: "candidate.nikElsewhere", actorId: stranger.id } });
    expect(hit).toMatchObject({ entity: "Candidate", entityId: first.value.id });
    expect(JSON.stringify(hit.changes)).not.toContain(input.nik as string);
    // The holding office sees the hit on its attention page; an office elsewhere does not.
    expect((await listNikReconciliations(staff)).map((r) => r.candidate.id)).toContain(first.value.id);
    const faraway = await createActor("OFFICE_STAFF", { officeId: (await createOffice(["35.19"])).id });
    expect(await listNikReconciliations(faraway)).toEqual([]);
  });

  it("throttles NIK hits in other villages per account, counted in the database", async () => {
    const prober = await createActor("VILLAGE_OFFICIAL", { villageCode: await pickVillage("63.02") });
    const held = [];
    for (let i = 0; i < 6; i += 1) {
      const input = candidateInput();
      await registerCandidate(official, input, options);
      held.push(input);
    }
    const answers = [];
    for (const input of held) answers.push(await registerCandidate(prober, input, options));
    expect(answers.slice(0, 5).map((a) => !a.ok && a.reason === "conflict" && a.message.key)).toEqual(Array(5).fill("candidate.duplicate.elsewhere"));
    expect(answers[5]).toEqual({ ok: false, reason: "conflict", field: "nik", message: { key: "candidate.duplicate.throttled" } });
    expect(await db.auditLog.count({ where: { action: "candidate.nikElsewhere", actorId: prober.id } })).toBe(6);
    // Another account is not held back by this one's hits.
    const fresh = await createActor("VILLAGE_OFFICIAL", { villageCode: await pickVillage("63.02") });
    expect(await registerCandidate(fresh, held[0], options)).toMatchObject({ message: { key: "candidate.duplicate.elsewhere" } });
  });

  it("creates once when the same form is submitted twice", async () => {
    const input = candidateInput({ idempotencyKey: uniqueKey() });
    const first = await registerCandidate(official, input, options);
    const before = await counts();
    const second = await registerCandidate(official, input, options);
    expect(second).toEqual({ ...first, replayed: true });
    expect(await counts()).toEqual(before);
  });

  it("refuses roles that may not register", async () => {
    expect(await registerCandidate(staff, candidateInput(), options)).toEqual(notFound);
  });
});

describe("updateCandidate", () => {
  it("saves an edit, keeps the NIK when left empty, bumps the version and audits the diff", async () => {
    const candidate = await createCandidate(official, {}, options);
    const result = await updateCandidate(
      official,
      candidate.id,
      candidateInput({ nik: "", name: "Siti Aminah Binti Usman", birthDate: candidate.birthDate.toISOString().slice(0, 10), feeArrangement: "UPFRONT_FEE", version: "1" }),
      options,
    );
    expect(result).toEqual({ ok: true, value: { id: candidate.id, version: 2 } });
    const stored = await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } });
    expect(stored.nikHash).toBe(candidate.nikHash);
    expect(stored.phoneEncrypted).toBe(candidate.phoneEncrypted);
    // Plantation work is a zero-cost job (Perban BP2MI 9/2020): a fee asked there is its own sign.
    expect(stored.riskFlags).toEqual(["ZERO_COST_JOB_FEE"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: candidate.id, action: "candidate.update" } });
    expect(Object.keys(audit.changes as object).sort()).toEqual(["feeArrangement", "name", "riskFlags", "version"]);
  });

  it("gives the second of two officials a conflict naming what changed, never overwriting", async () => {
    const candidate = await createCandidate(official, { name: "Rahmawati" }, options);
    const base = { nik: "", birthDate: candidate.birthDate.toISOString().slice(0, 10), version: "1" };
    const first = await updateCandidate(official, candidate.id, candidateInput({ ...base, name: "Rahmawati Said" }), options);
    expect(first.ok).toBe(true);
    const before = await counts();
    const second = await updateCandidate(colleague, candidate.id, candidateInput({ ...base, name: "Rahma Wati", destinationCountry: "SG" }), options);
    expect(second).toMatchObject({
      ok: false,
      reason: "conflict",
      message: { key: "candidate.conflict.title", params: { who: official.name } },
      lines: [
        { key: "candidate.conflict.line", params: { field: { key: "candidate.field.name" }, from: { key: "candidate.conflict.redacted" }, to: "Rahmawati Said" } },
      ],
      keep: { version: "2" },
    });
    expect(await counts()).toEqual(before);
    expect((await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).name).toBe("Rahmawati Said");
  });

  it("lets only one of two simultaneous saves through", async () => {
    const candidate = await createCandidate(official, {}, options);
    const base = { nik: "", birthDate: candidate.birthDate.toISOString().slice(0, 10), version: "1" };
    const results = await Promise.all([
      updateCandidate(official, candidate.id, candidateInput({ ...base, name: "Pertama" }), options),
      updateCandidate(colleague, candidate.id, candidateInput({ ...base, name: "Kedua" }), options),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "conflict")).toHaveLength(1);
    expect((await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).version).toBe(2);
  });

  it("refuses bad input and leaves the record as it was", async () => {
    const candidate = await createCandidate(official, {}, options);
    const before = await counts();
    const result = await updateCandidate(official, candidate.id, candidateInput({ nik: "123", version: "1" }), options);
    expect(result).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { nik: { key: "identity.nik.length" } } });
    expect(await counts()).toEqual(before);
    expect(await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).toEqual(candidate);
  });

  it("refuses a NIK that belongs to another record", async () => {
    const one = await createCandidate(official, {}, options);
    const other = await createCandidate(official, {}, options);
    const otherNik = decryptField(other.nikEncrypted);
    const result = await updateCandidate(
      official,
      one.id,
      candidateInput({ nik: otherNik, birthDate: other.birthDate.toISOString().slice(0, 10), version: "1" }),
      options,
    );
    expect(result).toEqual(ownVillageDuplicate);
  });

  it("says only \"registered elsewhere\" when an edit takes a NIK held in another village, and audits the hit", async () => {
    const held = await createCandidate(stranger, {}, options);
    const mine = await createCandidate(official, {}, options);
    const heldNik = decryptField(held.nikEncrypted);
    const result = await updateCandidate(
      official,
      mine.id,
      candidateInput({ nik: heldNik, birthDate: held.birthDate.toISOString().slice(0, 10), version: "1" }),
      options,
    );
    expect(result).toEqual({ ok: false, reason: "conflict", field: "nik", message: { key: "candidate.duplicate.elsewhere" } });
    expect(await db.auditLog.count({ where: { action: "candidate.nikElsewhere", actorId: official.id, entityId: held.id } })).toBe(1);
    expect((await db.candidate.findUniqueOrThrow({ where: { id: mine.id } })).version).toBe(1);
  });

  it("treats another village's record as not found", async () => {
    const candidate = await createCandidate(official, {}, options);
    const before = await counts();
    expect(await updateCandidate(stranger, candidate.id, candidateInput({ version: "1" }), options)).toEqual(notFound);
    expect(await updateCandidate(staff, candidate.id, candidateInput({ version: "1" }), options)).toEqual(notFound);
    expect(await updateCandidate(official, "not-a-uuid", candidateInput({ version: "1" }), options)).toEqual(notFound);
    expect(await counts()).toEqual(before);
  });
});

describe("changePassportStatus", () => {
  it("moves along the workflow, recording each change with its date and note", async () => {
    const candidate = await createCandidate(official, {}, options);
    const planned = await changePassportStatus(official, candidate.id, { toStatus: "PLANNED", effectiveOn: "2026-11-20", version: "1" }, options);
    expect(planned).toEqual({ ok: true, value: { version: 2 } });
    const applied = await changePassportStatus(
      official,
      candidate.id,
      { toStatus: "APPLIED_M_PASPOR", effectiveOn: "2026-11-27", note: "Antrean 3 Desember", version: "2" },
      options,
    );
    expect(applied.ok).toBe(true);
    const stored = await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } });
    expect(stored.passportStatus).toBe("APPLIED_M_PASPOR");
    expect(stored.passportAppliedAt?.toISOString()).toBe("2026-11-27T00:00:00.000Z");
    const changes = await db.passportStatusChange.findMany({ where: { candidateId: candidate.id }, orderBy: { createdAt: "asc" } });
    expect(changes.map((c) => [c.fromStatus, c.toStatus, c.note])).toEqual([
      ["NONE", "PLANNED", null],
      ["PLANNED", "APPLIED_M_PASPOR", "Antrean 3 Desember"],
    ]);
  });

  it.each([
    [{ toStatus: "ISSUED", effectiveOn: "2026-11-20", version: "1" }, "toStatus", "candidate.passportStatus.transition"],
    [{ toStatus: "PLANNED", effectiveOn: "2026-11-29", version: "1" }, "effectiveOn", "candidate.effectiveOn.future"],
    [{ toStatus: "PLANNED", effectiveOn: "kemarin", version: "1" }, "effectiveOn", "candidate.effectiveOn.invalid"],
    [{ toStatus: "BOGUS", effectiveOn: "2026-11-20", version: "1" }, "toStatus", "candidate.passportStatus.required"],
  ])("refuses %o and writes nothing", async (input, field, key) => {
    const candidate = await createCandidate(official, {}, options);
    const before = await counts();
    const result = await changePassportStatus(official, candidate.id, input, options);
    expect(result).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { [field]: { key } } });
    expect(await counts()).toEqual(before);
  });

  it("needs a note for a refusal", async () => {
    const candidate = await createCandidate(official, {}, options);
    await changePassportStatus(official, candidate.id, { toStatus: "APPLIED_M_PASPOR", effectiveOn: "2026-11-20", version: "1" }, options);
    const result = await changePassportStatus(official, candidate.id, { toStatus: "DELAYED_OR_REFUSED", effectiveOn: "2026-11-25", version: "2" }, options);
    expect(result).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { note: { key: "candidate.note.requiredForRefusal" } } });
  });

  it("answers a stale version with a conflict", async () => {
    const candidate = await createCandidate(official, {}, options);
    await changePassportStatus(official, candidate.id, { toStatus: "PLANNED", effectiveOn: "2026-11-20", version: "1" }, options);
    const before = await counts();
    const result = await changePassportStatus(colleague, candidate.id, { toStatus: "APPLIED_M_PASPOR", effectiveOn: "2026-11-20", version: "1" }, options);
    expect(result).toMatchObject({
      ok: false,
      reason: "conflict",
      keep: { version: "2" },
      lines: expect.arrayContaining([
        {
          key: "candidate.conflict.line",
          params: { field: { key: "candidate.detail.passport" }, from: { key: "candidate.passportStatus.NONE" }, to: { key: "candidate.passportStatus.PLANNED" } },
        },
      ]),
    });
    expect(await counts()).toEqual(before);
  });

  it("treats another village's record as not found", async () => {
    const candidate = await createCandidate(official, {}, options);
    expect(await changePassportStatus(stranger, candidate.id, { toStatus: "PLANNED", effectiveOn: "2026-11-20", version: "1" }, options)).toEqual(notFound);
  });
});

describe("recordGuidance", () => {
  it("records a session with topics and a follow-up, and marks the follow-up done", async () => {
    const candidate = await createCandidate(official, {}, options);
    const result = await recordGuidance(
      official,
      candidate.id,
      { sessionDate: "2026-11-28", topics: ["M_PASPOR", "TRAFFICKING_SIGNS"], notes: "Dijelaskan cara daftar", followUpDate: "2026-12-05" },
      options,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const record = await db.guidanceRecord.findUniqueOrThrow({ where: { id: result.value.id } });
    expect(record.topics).toEqual(["M_PASPOR", "TRAFFICKING_SIGNS"]);
    expect(record.givenByUserId).toBe(official.id);
    expect(await completeFollowUp(official, record.id, {}, options)).toEqual({ ok: true, value: { id: record.id } });
    expect((await db.guidanceRecord.findUniqueOrThrow({ where: { id: record.id } })).followUpDoneAt).not.toBeNull();
  });

  it("lets the office of the area record guidance too", async () => {
    const candidate = await createCandidate(official, {}, options);
    const result = await recordGuidance(staff, candidate.id, { sessionDate: "2026-11-27", topics: "RIGHTS_ABROAD" }, options);
    expect(result.ok).toBe(true);
  });

  it.each([
    [{ sessionDate: "2026-11-28", topics: [] }, "topics", "candidate.topics.required"],
    [{ sessionDate: "2026-11-28", topics: ["COOKING"] }, "topics", "candidate.topics.required"],
    [{ sessionDate: "2026-11-30", topics: ["M_PASPOR"] }, "sessionDate", "candidate.sessionDate.future"],
    [{ sessionDate: "2026-11-28", topics: ["M_PASPOR"], followUpDate: "2026-11-27" }, "followUpDate", "candidate.followUpDate.beforeSession"],
    [{ sessionDate: "2026-11-28", topics: ["M_PASPOR"], officerId: "00000000-0000-0000-0000-000000000000" }, "officerId", "candidate.officer.invalid"],
  ])("refuses %o and writes nothing", async (input, field, key) => {
    const candidate = await createCandidate(official, {}, options);
    const before = await counts();
    const result = await recordGuidance(official, candidate.id, input, options);
    expect(result).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { [field]: { key } } });
    expect(await counts()).toEqual(before);
  });

  it("treats another village's candidate as not found", async () => {
    const candidate = await createCandidate(official, {}, options);
    expect(await recordGuidance(stranger, candidate.id, { sessionDate: "2026-11-28", topics: ["M_PASPOR"] }, options)).toEqual(notFound);
  });
});

describe("test factory", () => {
  it("makes NIKs that agree with the birth date and sex", () => {
    expect(validNik("1998-03-04", "FEMALE").slice(6, 12)).toBe("440398");
  });
});
