import { Secret, TOTP } from "otpauth";

// The demo accounts, one per role, all with one shared password. Development and tests only: the launcher
// seeds them into an empty development database and never prints them in production.
// No `server-only` here: the Playwright helpers sign in with these.

export const DEMO_PASSWORD = "Timburu-Kotabaru-0305";

/**
 * Administrators and office staff must use a second factor, so their demo accounts come enrolled with this
 * published secret: add it to an authenticator app, or run `npm run demo:code` for the current code.
 */
export const DEMO_TOTP_SECRET = "6446IYTIAF7ZEMOPJLFYOAFEWWOAIWPZ";

export const DEMO_ACCOUNTS = {
  admin: { email: "admin@desabinaan.test", role: "ADMIN", scope: "semua kantor / all offices", twoFactor: true },
  batulicin: { email: "kanim.batulicin@desabinaan.test", role: "OFFICE_STAFF", scope: "Kanim Kelas II TPI Batulicin", twoFactor: true },
  madiun: { email: "kanim.madiun@desabinaan.test", role: "OFFICE_STAFF", scope: "Kanim Kelas II Non TPI Madiun", twoFactor: true },
  gendangTimburu: {
    email: "desa.gendangtimburu@desabinaan.test",
    role: "VILLAGE_OFFICIAL",
    scope: "Desa Gendang Timburu (63.02.15.2002)",
    twoFactor: false,
  },
} as const;

export type DemoAccountKey = keyof typeof DEMO_ACCOUNTS;

/** The current six-digit code of the demo secret (RFC 6238, as lib/platform/auth/totp.ts verifies). */
export function demoTotpCode(now = Date.now()): string {
  return new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(DEMO_TOTP_SECRET) }).generate({
    timestamp: now,
  });
}

/** The lines the dev launcher prints. */
export function demoLoginLines(): string[] {
  return [
    `Demo accounts, password for all: ${DEMO_PASSWORD}`,
    ...Object.values(DEMO_ACCOUNTS).map(
      (a) => `  ${a.role.padEnd(17)} ${a.email.padEnd(38)} ${a.scope}${a.twoFactor ? "  [2FA]" : ""}`,
    ),
    `[2FA] accounts ask for a code: run \`npm run demo:code\`, or add the secret ${DEMO_TOTP_SECRET} to an authenticator app.`,
  ];
}
