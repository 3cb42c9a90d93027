import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db/client";
import { resetEnvCache } from "@/lib/platform/env";
import { decryptField, encryptField, keyIdOf, keyedHash } from "@/lib/platform/crypto/fields";
import { nikLookupHashes } from "@/lib/identity/seal";
import { rotateEncryptionKeys } from "@/lib/privacy/key-rotation";
import { anonymiseCandidate } from "@/lib/privacy/anonymise";
import { GENDANG_TIMBURU, createActor, createUser } from "../support/factories/base";
import { createCandidateRecord } from "../support/factories/privacy";
import { registerCandidate } from "@/lib/candidates/commands";
import { candidateInput, createCandidate } from "../support/factories/candidates";

// Real-database tests on two shared cores (and PGlite without DATABASE_URL) need more than the 5 s default.
vi.setConfig({ testTimeout: 30_000 });

const key = () => randomBytes(32).toString("base64");
const OLD = `old2025:${key()}`;
const NEW = `new2026:${key()}`;
const original = { keys: process.env.DATA_ENCRYPTION_KEYS, hash: process.env.DATA_HASH_KEY, prev: process.env.DATA_HASH_KEY_PREVIOUS };

function useKeys(keys: string, hashKey?: string, previousHashKey?: string) {
  process.env.DATA_ENCRYPTION_KEYS = keys;
  if (hashKey) process.env.DATA_HASH_KEY = hashKey;
  if (previousHashKey) process.env.DATA_HASH_KEY_PREVIOUS = previousHashKey;
  else delete process.env.DATA_HASH_KEY_PREVIOUS;
  resetEnvCache();
}

afterAll(() => {
  for (const [name, value] of [
    ["DATA_ENCRYPTION_KEYS", original.keys],
    ["DATA_HASH_KEY", original.hash],
    ["DATA_HASH_KEY_PREVIOUS", original.prev],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetEnvCache();
});

describe("key rotation", () => {
  it("re-encrypts every value under the new key, keeps old data readable meanwhile, and is idempotent", async () => {
    useKeys(OLD);
    const people = await Promise.all(Array.from({ length: 7 }, () => createCandidateRecord()));
    const withoutPhone = await createCandidateRecord({ phone: null });
    const totp = "JBSWY3DPEHPK3PXP";
    const user = await createUser({ role: "ADMIN" });
    await db.user.update({ where: { id: user.id }, data: { totpSecret: encryptField(totp) } });
    const before = await db.candidate.findMany({ where: { id: { in: people.map((p) => p.candidate.id) } } });
    expect(before.every((c) => keyIdOf(c.nikEncrypted) === "old2025")).toBe(true);

    // The new key is listed first: the app writes with it and still reads the old values.
    useKeys(`${NEW},${OLD}`);
    expect(decryptField(before[0].nikEncrypted)).toBe(people.find((p) => p.candidate.id === before[0].id)!.nik);
    const fresh = await createCandidateRecord();
    expect(keyIdOf(fresh.candidate.nikEncrypted)).toBe("new2026");

    const result = await rotateEncryptionKeys({ batchSize: 3 });
    expect(result.candidates).toBeGreaterThanOrEqual(8);
    expect(result.users).toBe(1);
    expect(result.rehashed).toBe(0);

    const sealed = await db.candidate.findMany({ select: { nikEncrypted: true, phoneEncrypted: true } });
    for (const c of sealed) {
      expect(keyIdOf(c.nikEncrypted)).toBe("new2026");
      if (c.phoneEncrypted) expect(keyIdOf(c.phoneEncrypted)).toBe("new2026");
    }
    for (const p of [...people, withoutPhone]) {
      const c = await db.candidate.findUniqueOrThrow({ where: { id: p.candidate.id } });
      expect(decryptField(c.nikEncrypted)).toBe(p.nik);
      expect(c.phoneEncrypted ? decryptField(c.phoneEncrypted) : null).toBe(p.phone);
      // Rotation is not activity: the retention clock stays where it was.
      expect(c.updatedAt).toEqual(p.candidate.updatedAt);
    }
    const account = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(keyIdOf(account.totpSecret!)).toBe("new2026");
    expect(decryptField(account.totpSecret!)).toBe(totp);

    // Once done the old key can go: everything reads with the new key alone.
    useKeys(NEW);
    expect(await rotateEncryptionKeys()).toEqual({ candidates: 0, users: 0, rehashed: 0, journeyEvents: 0 });
    expect(await db.auditLog.count({ where: { action: "KEYS_ROTATED" } })).toBe(1);
  });

  it("re-encrypts the journey's employer and contact abroad, and leaves absent ones absent", async () => {
    useKeys(OLD);
    const person = await createCandidateRecord();
    const both = await db.journeyEvent.create({
      data: {
        candidateId: person.candidate.id, stage: "DEPARTED", effectiveOn: new Date("2026-03-01"), channel: "P3MI", destinationCountry: "MY",
        jobSector: "PLANTATION", employerEncrypted: encryptField("Ladang Sawit Tawau Sdn Bhd"), contactAbroadEncrypted: encryptField("Siti +60 12 345 6789"),
      },
    });
    const employerOnly = await db.journeyEvent.create({
      data: { candidateId: person.candidate.id, stage: "DEPARTED", effectiveOn: new Date("2026-05-01"), channel: "G2G", destinationCountry: "KR", jobSector: "MANUFACTURING", employerEncrypted: encryptField("Busan Factory") },
    });
    useKeys(`${NEW},${OLD}`);
    expect((await rotateEncryptionKeys()).journeyEvents).toBe(2);
    useKeys(NEW);
    const a = await db.journeyEvent.findUniqueOrThrow({ where: { id: both.id } });
    const b = await db.journeyEvent.findUniqueOrThrow({ where: { id: employerOnly.id } });
    expect([keyIdOf(a.employerEncrypted!), keyIdOf(a.contactAbroadEncrypted!), keyIdOf(b.employerEncrypted!)]).toEqual(["new2026", "new2026", "new2026"]);
    expect([decryptField(a.employerEncrypted!), decryptField(a.contactAbroadEncrypted!), decryptField(b.employerEncrypted!)]).toEqual([
      "Ladang Sawit Tawau Sdn Bhd", "Siti +60 12 345 6789", "Busan Factory",
    ]);
    expect(b.contactAbroadEncrypted).toBeNull();
    expect((await rotateEncryptionKeys()).journeyEvents).toBe(0);
  });

  it("re-hashes NIKs under a new hash key, with lookups working before, during and after", async () => {
    useKeys(NEW);
    const oldHashKey = process.env.DATA_HASH_KEY ?? "ZGV2LW9ubHktaGFzaC1rZXktMzItYnl0ZXMtbG9uZyEhIQ==";
    const { candidate, nik } = await createCandidateRecord();
    const erased = await createCandidateRecord();
    await db.$transaction((tx) => anonymiseCandidate(tx, erased.candidate.id, "ERASED", null));
    const erasedHash = (await db.candidate.findUniqueOrThrow({ where: { id: erased.candidate.id } })).nikHash;

    const newHashKey = key();
    useKeys(NEW, newHashKey, oldHashKey);
    // Mid-way: the stored hash is still the old one, and lookups try both.
    expect(await db.candidate.findFirst({ where: { nikHash: { in: nikLookupHashes(nik) } } })).toMatchObject({ id: candidate.id });
    const result = await rotateEncryptionKeys({ rehash: true });
    expect(result.rehashed).toBeGreaterThanOrEqual(1);
    const after = await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } });
    expect(after.nikHash).toBe(keyedHash("nik", nik));
    expect((await db.candidate.findUniqueOrThrow({ where: { id: erased.candidate.id } })).nikHash).toBe(erasedHash);

    useKeys(NEW, newHashKey);
    expect(await db.candidate.findFirst({ where: { nikHash: { in: nikLookupHashes(nik) } } })).toMatchObject({ id: candidate.id });
    expect((await rotateEncryptionKeys({ rehash: true })).rehashed).toBe(0);
  });

  it("refuses a NIK stored under the previous hash key as a duplicate, before it is re-hashed", async () => {
    useKeys(NEW);
    const oldHashKey = process.env.DATA_HASH_KEY ?? "ZGV2LW9ubHktaGFzaC1rZXktMzItYnl0ZXMtbG9uZyEhIQ==";
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: GENDANG_TIMBURU });
    const input = candidateInput();
    const first = await createCandidate(official, { nik: input.nik as string, birthDate: input.birthDate as string });
    useKeys(NEW, key(), oldHashKey);
    // The stored hash is under the old key; the new key's hash differs, so only the look-up under both sees it.
    expect(first.nikHash).not.toBe(keyedHash("nik", input.nik as string));
    expect(await registerCandidate(official, { ...input, name: "Nama Lain" })).toEqual({
      ok: false,
      reason: "conflict",
      field: "nik",
      message: { key: "candidate.duplicate.own" },
    });
    expect(await db.candidate.count({ where: { nikHash: { in: nikLookupHashes(input.nik as string) } } })).toBe(1);
  });
});
