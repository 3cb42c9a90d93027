// The demo accounts, one per role, all with one shared password. Development and tests only: the launcher
// seeds them into an empty development database and never prints them in production.
// No `server-only` here: the Playwright helpers sign in with these.

export const DEMO_PASSWORD = "Timburu-Kotabaru-0305";

export const DEMO_ACCOUNTS = {
  admin: { email: "admin@desabinaan.test", role: "ADMIN", scope: "semua kantor / all offices" },
  batulicin: { email: "kanim.batulicin@desabinaan.test", role: "OFFICE_STAFF", scope: "Kanim Kelas II TPI Batulicin" },
  madiun: { email: "kanim.madiun@desabinaan.test", role: "OFFICE_STAFF", scope: "Kanim Kelas II Non TPI Madiun" },
  gendangTimburu: {
    email: "desa.gendangtimburu@desabinaan.test",
    role: "VILLAGE_OFFICIAL",
    scope: "Desa Gendang Timburu (63.02.15.2002)",
  },
} as const;

export type DemoAccountKey = keyof typeof DEMO_ACCOUNTS;

/** The lines the dev launcher prints. */
export function demoLoginLines(): string[] {
  return [
    "Demo accounts (password for all: " + DEMO_PASSWORD + ")",
    ...Object.values(DEMO_ACCOUNTS).map((a) => `  ${a.role.padEnd(17)} ${a.email.padEnd(38)} ${a.scope}`),
  ];
}
