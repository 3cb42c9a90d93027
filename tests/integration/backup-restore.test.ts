import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { createDesignation, createOffice, createUser, GENDANG_TIMBURU } from "../support/factories/base";
import { isEmbeddedDatabase } from "../support/database-kind";
import { backupDatabase, restoreDatabase, tableFingerprints } from "@/scripts/lib/backup";

// Backup → restore into a fresh database → every table has the same row count and checksum. pg_dump needs a
// PostgreSQL server, so this runs against DATABASE_URL only (the embedded database is backed up as a folder).

const embedded = await isEmbeddedDatabase();
const sourceUrl = process.env.DATABASE_URL!;
const schema = process.env.DATABASE_SCHEMA!;
const freshName = `desa_hardening_restore_${randomBytes(4).toString("hex")}`;
const freshUrl = (() => {
  const url = new URL(sourceUrl);
  url.pathname = `/${freshName}`;
  return url.toString();
})();
let dir = "";

async function admin<T>(work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: sourceUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe.skipIf(embedded)("db:backup and db:restore (real PostgreSQL only)", { timeout: 60_000 }, () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "desa-backup-"));
    const office = await createOffice(["63.02"]);
    await createDesignation(office.id, GENDANG_TIMBURU);
    // Text that dump formats get wrong when escaping is broken: quotes, tabs, newlines, non-Latin script.
    await createUser({ role: "OFFICE_STAFF", officeId: office.id, name: "Siti 'Nur'\tAisyah\n\"Ṡ\" 田中 \\N" });
    await admin((client) => client.query(`CREATE DATABASE ${freshName}`));
  }, 60_000);

  afterAll(async () => {
    await admin((client) => client.query(`DROP DATABASE IF EXISTS ${freshName} WITH (FORCE)`));
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 60_000);

  it("restores into a fresh database with identical row counts and checksums for every table", async () => {
    const file = path.join(dir, "backup.dump");
    const manifest = await backupDatabase({ url: sourceUrl, schema, file });
    expect(manifest.tables.User.rows).toBeGreaterThan(0);
    expect(manifest.tables.Village.rows).toBeGreaterThan(1000);

    const result = await restoreDatabase({ url: freshUrl, file });
    expect(result.mismatches).toEqual([]);
    expect(Object.keys(result.restored).sort()).toEqual(Object.keys(manifest.tables).sort());

    // Independent check, not through the manifest: fingerprints of the live source now.
    const live = await admin((client) => tableFingerprints(client, schema));
    expect(result.restored).toEqual(live);
  });

  it("reports a restore that lost or changed rows", async () => {
    const client = new pg.Client({ connectionString: freshUrl });
    await client.connect();
    try {
      await client.query(`DELETE FROM "${schema}"."Designation"`);
      await client.query(`UPDATE "${schema}"."User" SET name = name || '!'`);
      const tampered = await tableFingerprints(client, schema);
      const live = await admin((source) => tableFingerprints(source, schema));
      expect(tampered.Designation.rows).toBe(live.Designation.rows - 1);
      expect(tampered.User.md5).not.toBe(live.User.md5);
      expect(tampered.User.rows).toBe(live.User.rows);
    } finally {
      await client.end();
    }
  });

  it("refuses to restore over a database that already holds the tables", async () => {
    const file = path.join(dir, "again.dump");
    await backupDatabase({ url: sourceUrl, schema, file });
    await expect(restoreDatabase({ url: freshUrl, file })).rejects.toThrow(/fresh database/);
  });

  it("takes the manifest from the same snapshot pg_dump reads, even with writes arriving", async () => {
    const file = path.join(dir, "busy.dump");
    const office = await createOffice([]);
    const writes = Promise.all(Array.from({ length: 10 }, () => createUser({ role: "OFFICE_STAFF", officeId: office.id })));
    const manifest = await backupDatabase({ url: sourceUrl, schema, file });
    await writes;
    const second = `${freshName}_b`;
    await admin((client) => client.query(`CREATE DATABASE ${second}`));
    try {
      const url = new URL(freshUrl);
      url.pathname = `/${second}`;
      const result = await restoreDatabase({ url: url.toString(), file });
      expect(result.mismatches).toEqual([]);
      expect(result.restored.User.rows).toBe(manifest.tables.User.rows);
    } finally {
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${second} WITH (FORCE)`));
    }
    expect(await db.user.count()).toBeGreaterThanOrEqual(manifest.tables.User.rows);
  });
});
