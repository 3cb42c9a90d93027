import pg from "pg";
import { startEmbeddedDatabase } from "../lib/platform/db/embedded";

// The benchmark's own database, never the development or test one: BENCH_DATABASE_URL, else a database
// `desa_bench` on the server of DATABASE_URL, else an embedded PGlite kept in .data/bench-pglite.

/**
 * Secrets of the benchmark data set only: the seed encrypts with them and the benchmarked production server
 * reads with them (production refuses the development defaults). Never use them for real data.
 */
export const BENCH_SECRETS = {
  AUTH_SECRET: "bench-only-auth-secret-0123456789abcdef0123456789",
  DATA_ENCRYPTION_KEYS: "bench1:YmVuY2gtb25seS1kYXRhLWtleS0zMi1ieXRlcy1sZyE=",
  DATA_HASH_KEY: "YmVuY2gtb25seS1oYXNoLWtleS0zMi1ieXRlcy1sZyE=",
} as const;

/** Every bench account's password, and the TOTP secret of the accounts that need two-factor sign-in. */
export const BENCH_PASSWORD = "bench-password-desa-binaan-2026";
export const BENCH_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

export type BenchDatabase = { url: string; label: string; stop: () => Promise<void> };

export function parseArgs(argv: string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([\w-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match) continue;
    args[match[1]] = match[2] ?? (argv[i + 1] && !argv[i + 1].startsWith("--") ? argv[++i] : "true");
  }
  return args;
}

export async function benchDatabase(options: { recreate: boolean }): Promise<BenchDatabase> {
  const explicit = process.env.BENCH_DATABASE_URL;
  const base = process.env.DATABASE_URL;
  if (explicit || base) {
    const url = new URL(explicit ?? base!);
    if (!explicit) url.pathname = "/desa_bench";
    const name = url.pathname.slice(1);
    if (options.recreate) {
      const admin = new URL(url);
      admin.pathname = "/postgres";
      const client = new pg.Client({ connectionString: admin.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${name}"`);
      await client.end();
    }
    return { url: url.toString(), label: `PostgreSQL ${url.host}/${name}`, stop: async () => {} };
  }
  const dataDir = ".data/bench-pglite";
  if (options.recreate) {
    const { rm } = await import("node:fs/promises");
    await rm(dataDir, { recursive: true, force: true });
  }
  const embedded = await startEmbeddedDatabase({ dataDir, port: Number(process.env.BENCH_EMBEDDED_PORT ?? 5434) });
  return { url: embedded.url, label: `embedded PGlite (${dataDir})`, stop: embedded.stop };
}
