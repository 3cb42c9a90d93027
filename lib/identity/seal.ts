import "server-only";
import { decryptField, encryptField, keyedHash, previousKeyedHash } from "@/lib/platform/crypto/fields";
import { cleanNik, maskNik } from "./nik";
import { maskPhone, normalisePhone } from "./phone";
import { normaliseEmail } from "./email";
import { maskText } from "./text";

// How NIK, phone and e-mail are written and looked up: ciphertext for the one page that shows them in full,
// a keyed hash for exact lookup and uniqueness, a mask for lists. Every writer seals through here, so a value
// is stored in one normal form and hashed the same way wherever it came from.

type Kind = "nik" | "phone" | "email";

const normalise: Record<Kind, (value: string) => string> = {
  nik: cleanNik,
  phone: (value) => normalisePhone(value) ?? value,
  email: normaliseEmail,
};

/** The hash a value is written under (the current DATA_HASH_KEY). */
export function lookupHash(kind: Kind, value: string): string {
  return keyedHash(kind, normalise[kind](value));
}

/** Every hash a value may be stored under: the current key's, and the previous key's while a re-hash runs. */
export function lookupHashes(kind: Kind, value: string): string[] {
  const normalised = normalise[kind](value);
  const previous = previousKeyedHash(kind, normalised);
  return previous ? [keyedHash(kind, normalised), previous] : [keyedHash(kind, normalised)];
}

export const nikLookupHashes = (nik: string) => lookupHashes("nik", nik);

export function sealNik(input: string) {
  const nik = cleanNik(input);
  return { nikEncrypted: encryptField(nik), nikHash: lookupHash("nik", nik), nikMasked: maskNik(nik) };
}

/** The phone in its normal form, encrypted and masked; both null when there is none. */
export function sealPhone(input: string | null | undefined) {
  if (!input?.trim()) return { phoneEncrypted: null, phoneMasked: null };
  const phone = normalisePhone(input) ?? input.trim();
  return { phoneEncrypted: encryptField(phone), phoneMasked: maskPhone(phone) };
}

/** A free-text personal field (an employer, a contact abroad), trimmed, encrypted and masked. */
export function sealText(input: string) {
  const text = input.trim();
  return { encrypted: encryptField(text), masked: maskText(text) };
}

export function openField(sealed: string | null): string | null {
  return sealed == null ? null : decryptField(sealed);
}

/** True when the stored phone is the same number as `phone` (in whatever form either was written). */
export function samePhone(sealed: string | null, phone: string | null): boolean {
  const stored = openField(sealed);
  if (stored === null || phone === null) return stored === phone;
  return (normalisePhone(stored) ?? stored) === (normalisePhone(phone) ?? phone);
}
