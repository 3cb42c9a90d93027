import "server-only";
import { db } from "@/lib/platform/db/client";
import { currentKeyId, decryptField, encryptField } from "@/lib/platform/crypto/fields";
import { lookupHash } from "@/lib/identity/seal";
import { recordAudit } from "@/lib/platform/audit/log";

// Re-encrypts every sealed field whose key id is not the current (first) key of DATA_ENCRYPTION_KEYS. Safe
// while the app runs: the app reads with every listed key and writes with the current one, and each row is
// updated only if it still holds the ciphertext read (a concurrent edit already used the new key). Raw SQL
// keeps `updatedAt` as it was, so rotation never resets the retention clock.
//
// With `rehash`, NIK hashes are recomputed under the current DATA_HASH_KEY from the decrypted NIK; lookups
// try DATA_HASH_KEY_PREVIOUS meanwhile (lib/identity/seal.ts lookupHashes).

const FIRST_UUID = "00000000-0000-0000-0000-000000000000";

export type RotationResult = { candidates: number; users: number; rehashed: number; journeyEvents: number };

type CandidateRow = { id: string; nikEncrypted: string; phoneEncrypted: string | null; anonymised: boolean; nikHash: string };

export async function rotateEncryptionKeys(
  options: { batchSize?: number; rehash?: boolean; log?: (line: string) => void } = {},
): Promise<RotationResult> {
  const batchSize = options.batchSize ?? 200;
  const rehash = options.rehash ?? false;
  const log = options.log ?? (() => {});
  const keyId = currentKeyId();
  const result: RotationResult = { candidates: 0, users: 0, rehashed: 0, journeyEvents: 0 };
  const stale = (sealed: string | null) => sealed != null && sealed.slice(0, sealed.indexOf(":")) !== keyId;

  let after = FIRST_UUID;
  for (;;) {
    const rows = await db.$queryRaw<CandidateRow[]>`
      SELECT id::text AS id, "nikEncrypted", "phoneEncrypted", "nikHash", ("anonymisedAt" IS NOT NULL) AS anonymised
        FROM "Candidate"
       WHERE id > ${after}::uuid
         AND (${rehash}
              OR split_part("nikEncrypted", ':', 1) <> ${keyId}
              OR ("phoneEncrypted" IS NOT NULL AND split_part("phoneEncrypted", ':', 1) <> ${keyId}))
       ORDER BY id
       LIMIT ${batchSize}`;
    if (!rows.length) break;
    await db.$transaction(async (tx) => {
      for (const row of rows) {
        const nik = decryptField(row.nikEncrypted);
        const nikEncrypted = stale(row.nikEncrypted) ? encryptField(nik) : row.nikEncrypted;
        const phoneEncrypted = stale(row.phoneEncrypted) ? encryptField(decryptField(row.phoneEncrypted!)) : row.phoneEncrypted;
        // An anonymised record's hash is random on purpose; it is never recomputed.
        const nikHash = rehash && !row.anonymised ? lookupHash("nik", nik) : row.nikHash;
        if (nikEncrypted === row.nikEncrypted && phoneEncrypted === row.phoneEncrypted && nikHash === row.nikHash) continue;
        const updated = await tx.$executeRaw`
          UPDATE "Candidate" SET "nikEncrypted" = ${nikEncrypted}, "phoneEncrypted" = ${phoneEncrypted}, "nikHash" = ${nikHash}
           WHERE id = ${row.id}::uuid AND "nikEncrypted" = ${row.nikEncrypted}
             AND "phoneEncrypted" IS NOT DISTINCT FROM ${row.phoneEncrypted} AND "nikHash" = ${row.nikHash}`;
        if (!updated) continue;
        if (nikEncrypted !== row.nikEncrypted || phoneEncrypted !== row.phoneEncrypted) result.candidates += 1;
        if (nikHash !== row.nikHash) result.rehashed += 1;
      }
    });
    after = rows[rows.length - 1].id;
    log(`candidates: ${result.candidates} re-encrypted, ${result.rehashed} re-hashed so far`);
  }

  after = FIRST_UUID;
  for (;;) {
    const rows = await db.$queryRaw<{ id: string; totpSecret: string }[]>`
      SELECT id::text AS id, "totpSecret" FROM "User"
       WHERE id > ${after}::uuid AND "totpSecret" IS NOT NULL AND split_part("totpSecret", ':', 1) <> ${keyId}
       ORDER BY id
       LIMIT ${batchSize}`;
    if (!rows.length) break;
    await db.$transaction(async (tx) => {
      for (const row of rows) {
        const updated = await tx.$executeRaw`
          UPDATE "User" SET "totpSecret" = ${encryptField(decryptField(row.totpSecret))}
           WHERE id = ${row.id}::uuid AND "totpSecret" = ${row.totpSecret}`;
        result.users += updated;
      }
    });
    after = rows[rows.length - 1].id;
    log(`accounts: ${result.users} two-factor secrets re-encrypted so far`);
  }

  // The journey's sealed fields: the employer and the contact abroad of each departure.
  after = FIRST_UUID;
  for (;;) {
    const rows = await db.$queryRaw<{ id: string; employerEncrypted: string | null; contactAbroadEncrypted: string | null }[]>`
      SELECT id::text AS id, "employerEncrypted", "contactAbroadEncrypted" FROM "JourneyEvent"
       WHERE id > ${after}::uuid
         AND (("employerEncrypted" IS NOT NULL AND split_part("employerEncrypted", ':', 1) <> ${keyId})
              OR ("contactAbroadEncrypted" IS NOT NULL AND split_part("contactAbroadEncrypted", ':', 1) <> ${keyId}))
       ORDER BY id
       LIMIT ${batchSize}`;
    if (!rows.length) break;
    await db.$transaction(async (tx) => {
      for (const row of rows) {
        const reseal = (sealed: string | null) => (stale(sealed) ? encryptField(decryptField(sealed!)) : sealed);
        const updated = await tx.$executeRaw`
          UPDATE "JourneyEvent" SET "employerEncrypted" = ${reseal(row.employerEncrypted)}, "contactAbroadEncrypted" = ${reseal(row.contactAbroadEncrypted)}
           WHERE id = ${row.id}::uuid AND "employerEncrypted" IS NOT DISTINCT FROM ${row.employerEncrypted}
             AND "contactAbroadEncrypted" IS NOT DISTINCT FROM ${row.contactAbroadEncrypted}`;
        result.journeyEvents += updated;
      }
    });
    after = rows[rows.length - 1].id;
    log(`journeys: ${result.journeyEvents} departures re-encrypted so far`);
  }

  if (result.candidates || result.users || result.rehashed || result.journeyEvents) {
    await recordAudit({ actor: null, action: "KEYS_ROTATED", entity: "System", changes: { keyId, ...result } });
  }
  return result;
}
