import pg from "pg";
import { redact } from "./cli";

/**
 * Drops and creates "<name>_<suffix>" on the server of `serverUrl` (a database of one run's own) and returns its
 * URL. `drop` removes it again.
 */
export async function freshDatabase(serverUrl: string, suffix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const target = new URL(serverUrl);
  const name = `${target.pathname.slice(1) || "postgres"}_${suffix}`;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Cannot derive a "${suffix}" database name from ${redact(serverUrl)}`);
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
  target.pathname = `/${name}`;
  return { url: target.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
