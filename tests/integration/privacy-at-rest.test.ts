import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db/client";
import { nikLookupHashes, sealNik } from "@/lib/identity/seal";
import { decryptField, keyedHash } from "@/lib/platform/crypto/fields";
import { recordSubjectRequest } from "@/lib/privacy/subject-requests/commands";
import { recordCandidateAccess } from "@/lib/privacy/access-records";
import { GENDANG_TIMBURU, createActor, createOffice } from "../support/factories/base";
import { createCandidateRecord, fakeNik } from "../support/factories/privacy";
import { findClearIdentifiers, textColumns } from "../support/privacy-scan";
import { valueOf } from "../support/results";

// Real-database tests on two shared cores (and PGlite without DATABASE_URL) need more than the 5 s default.
vi.setConfig({ testTimeout: 30_000 });

describe("NIK and phone at rest", () => {
  it("stores no NIK or phone in clear in any personal-data table", async () => {
    const office = await createOffice(["63.02"]);
    const staff = await createActor("OFFICE_STAFF", { officeId: office.id });
    const people = await Promise.all(
      Array.from({ length: 8 }, (_, i) => createCandidateRecord({ name: `Warga ${i}`, birthDate: `199${i}-0${i + 1}-1${i}` })),
    );
    for (const { candidate, nik } of people.slice(0, 3)) {
      await recordCandidateAccess(staff, candidate.id, "VIEW_FULL_NIK", "VERIFICATION");
      valueOf(
        await recordSubjectRequest(staff, {
          nik,
          type: "ACCESS",
          channel: "VILLAGE_IN_PERSON",
          receivedAt: "2026-11-20T09:00",
          details: "Datang bersama kepala dusun",
        }),
      );
    }
    expect((await textColumns()).length).toBeGreaterThan(20);
    const secrets = people.flatMap((p) => [p.nik, p.phone!]);
    expect(await findClearIdentifiers(secrets)).toEqual([]);
    // The sealed values do open to the originals.
    const stored = await db.candidate.findUniqueOrThrow({ where: { id: people[0].candidate.id } });
    expect(decryptField(stored.nikEncrypted)).toBe(people[0].nik);
    expect(decryptField(stored.phoneEncrypted!)).toBe(people[0].phone);
    expect(stored.nikMasked).toBe(`${people[0].nik.slice(0, 4)}••••••••${people[0].nik.slice(12)}`);
  });

  it("finds a person by the keyed hash of the NIK and refuses a second record with the same NIK", async () => {
    const { candidate, nik } = await createCandidateRecord();
    const found = await db.candidate.findFirst({ where: { nikHash: { in: nikLookupHashes(nik) } } });
    expect(found?.id).toBe(candidate.id);
    expect(found?.nikHash).toBe(keyedHash("nik", nik));
    await expect(createCandidateRecord({ nik })).rejects.toMatchObject({ code: "P2002" });
    expect(await db.candidate.count({ where: { nikHash: keyedHash("nik", nik) } })).toBe(1);
    // A fresh IV each time: the same NIK never gives the same ciphertext, so only the hash can match.
    expect(sealNik(nik).nikEncrypted).not.toBe(candidate.nikEncrypted);
    expect(await db.candidate.findFirst({ where: { nikHash: keyedHash("nik", fakeNik(GENDANG_TIMBURU)) } })).toBeNull();
  });

  it("refuses free text that carries a NIK, and writes nothing", async () => {
    const office = await createOffice(["63.02"]);
    const staff = await createActor("OFFICE_STAFF", { officeId: office.id });
    const { nik } = await createCandidateRecord();
    const before = await db.dataSubjectRequest.count();
    expect(
      await recordSubjectRequest(staff, {
        nik,
        type: "COPY",
        channel: "LETTER",
        receivedAt: "2026-11-20T09:00",
        details: `Surat menyebut NIK ${nik}`,
      }),
    ).toEqual({ ok: false, reason: "invalid", fieldErrors: { details: { key: "privacy.text.noNik" } } });
    expect(await db.dataSubjectRequest.count()).toBe(before);
  });

  it("has a scan that does see a NIK written in clear", async () => {
    const { candidate, nik } = await createCandidateRecord();
    const note = await db.candidateNote.create({ data: { candidateId: candidate.id, body: `NIK ${nik}` } });
    expect(await findClearIdentifiers([])).toEqual(["CandidateNote.body"]);
    expect(await findClearIdentifiers([nik.slice(2)])).toEqual(["CandidateNote.body"]);
    await db.candidateNote.delete({ where: { id: note.id } });
    expect(await findClearIdentifiers([nik])).toEqual([]);
  });
});
