import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/platform/env";

// Personal fields (NIK, phone, TOTP secrets) are stored as AES-256-GCM ciphertext tagged with the id of the
// key that wrote them, so keys rotate without downtime: the first key of DATA_ENCRYPTION_KEYS writes, every
// listed key reads. A keyed hash (HMAC-SHA-256) beside the ciphertext serves exact lookup and uniqueness.

type Key = { id: string; bytes: Buffer };

function keys(): Key[] {
  return env()
    .DATA_ENCRYPTION_KEYS.split(",")
    .map((entry) => {
      const [id, b64] = entry.split(":");
      const bytes = Buffer.from(b64, "base64");
      if (bytes.length !== 32) throw new Error(`Encryption key ${id} must be 32 bytes (base64 of 32 random bytes)`);
      return { id, bytes };
    });
}

export function currentKeyId(): string {
  return keys()[0].id;
}

export function encryptField(plain: string): string {
  const key = keys()[0];
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.bytes, iv);
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [key.id, iv.toString("base64"), cipher.getAuthTag().toString("base64"), ciphertext.toString("base64")].join(
    ":",
  );
}

export function keyIdOf(sealed: string): string {
  return sealed.slice(0, sealed.indexOf(":"));
}

export function decryptField(sealed: string): string {
  const [keyId, iv, tag, ciphertext] = sealed.split(":");
  const key = keys().find((k) => k.id === keyId);
  if (!key) throw new Error(`No decryption key with id ${keyId} in DATA_ENCRYPTION_KEYS`);
  const decipher = createDecipheriv("aes-256-gcm", key.bytes, Buffer.from(iv, "base64"));
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64")), decipher.final()]).toString("utf8");
}

type HashPurpose = "nik" | "phone" | "email";

function hmac(key: string, purpose: HashPurpose, value: string): string {
  return createHmac("sha256", Buffer.from(key, "base64")).update(`${purpose}:${value}`).digest("hex");
}

/** Deterministic keyed hash; `purpose` separates domains so a NIK hash never equals a phone hash. */
export function keyedHash(purpose: HashPurpose, value: string): string {
  return hmac(env().DATA_HASH_KEY, purpose, value);
}

/** The hash under DATA_HASH_KEY_PREVIOUS while a re-hash is under way (lookups try both); null otherwise. */
export function previousKeyedHash(purpose: HashPurpose, value: string): string | null {
  const previous = env().DATA_HASH_KEY_PREVIOUS;
  return previous ? hmac(previous, purpose, value) : null;
}
