import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

// Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30 s, as every authenticator app expects) and
// recovery codes. Recovery codes carry 80 random bits, so a SHA-256 of each is enough to store them: unlike
// passwords they cannot be guessed from a list.

const ISSUER = "Desa Binaan Imigrasi";

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label = "") {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/** The QR code of the URI as an SVG document, rendered on the server (no client script). */
export function totpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/** True when the code matches the current 30-second step or the one before or after (clock drift). */
export function verifyTotp(secret: string, code: string, now = Date.now()): boolean {
  return totpStep(secret, code, now) !== null;
}

/** The 30-second step (Unix time / 30 s) the code belongs to, within one step of now; null when it matches none. */
export function totpStep(secret: string, code: string, now = Date.now()): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({ token, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 30_000) + delta;
}

/** The current code of a secret: for tests and the demo seed. */
export function currentTotp(secret: string, now = Date.now()): string {
  return totp(secret).generate({ timestamp: now });
}

const RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** Recovery codes such as "K7QM-2XPA-9DHT-WC4E" (16 symbols of 32 = 80 bits). */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(16);
    const symbols = Array.from(bytes, (b) => RECOVERY_ALPHABET[b & 31]).join("");
    return symbols.match(/.{4}/g)!.join("-");
  });
}

export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(`recovery:${normaliseRecoveryCode(code)}`).digest("hex");
}

/** A typed code looks like a recovery code rather than a 6-digit TOTP. */
export function looksLikeRecoveryCode(code: string): boolean {
  return normaliseRecoveryCode(code).length === 16;
}
