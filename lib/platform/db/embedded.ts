import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

// The embedded default: PGlite (PostgreSQL compiled to WebAssembly) served on a local port, so the app and
// the tests use the very same adapter-pg code path as with a real server. See docs/decisions/001-embedded-postgres.md.

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

export async function startEmbeddedDatabase(options: {
  /** Folder for the data; in memory when omitted. */
  dataDir?: string;
  port?: number;
}): Promise<EmbeddedDatabase> {
  if (options.dataDir) await mkdir(path.dirname(options.dataDir), { recursive: true });
  const db = await PGlite.create({ dataDir: options.dataDir, extensions: { pg_trgm } });
  const port = options.port ?? 5433;
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 16 });
  await server.start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
