import { Secret, TOTP } from "otpauth";

// The demo's two-factor secret, shared by the seeded ADMIN and OFFICE_STAFF accounts (their roles require
// 2FA). Development and tests only, like the demo password: add it to an authenticator app by hand, or let the
// Playwright helper compute the code. No `server-only` here: the Playwright helpers import it.

export const DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPDESABINAANDEMO22";

/** The current 6-digit code of the demo secret. */
export function demoTotpCode(now = Date.now()): string {
  return new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(DEMO_TOTP_SECRET) }).generate({ timestamp: now });
}
