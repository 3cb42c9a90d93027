import "server-only";
import { decryptField, encryptField, keyedHash, previousKeyedHash } from "@/lib/platform/crypto/fields";
import { maskNik, maskPhone, normalisePhone } from "./nik";

// How NIK and phone numbers are written to and looked up in the Candidate table: ciphertext for the one page
// that shows them in full, a keyed hash for exact lookup and uniqueness, a mask for lists.

export function sealNik(nik: string) {
  return { nikEncrypted: encryptField(nik), nikHash: keyedHash("nik", nik), nikMasked: maskNik(nik) };
}

export function sealPhone(phone: string | null | undefined) {
  if (!phone?.trim()) return { phoneEncrypted: null, phoneMasked: null };
  const normalised = normalisePhone(phone);
  return { phoneEncrypted: encryptField(normalised), phoneMasked: maskPhone(normalised) };
}

/** The hashes a NIK may be stored under: the current one, and the previous one while a re-hash runs. */
export function nikLookupHashes(nik: string): string[] {
  const previous = previousKeyedHash("nik", nik);
  return previous ? [keyedHash("nik", nik), previous] : [keyedHash("nik", nik)];
}

export function openField(sealed: string | null): string | null {
  return sealed == null ? null : decryptField(sealed);
}
