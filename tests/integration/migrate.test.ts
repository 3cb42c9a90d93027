import pg from "pg";
import { describe, expect, it } from "vitest";
import { migrate, readMigrations } from "@/lib/platform/db/migrate";

// The runner against a schema of its own (beside the one this file's setup migrated).
describe("migration runner", () => {
  it("applies every migration once, records it like Prisma Migrate, and is a no-op the second time", async () => {
    const url = process.env.DATABASE_URL!;
    const schema = `${process.env.DATABASE_SCHEMA === "public" ? "mig" : process.env.DATABASE_SCHEMA}_runner`;
    const migrations = await readMigrations();
    const [first, second] = await Promise.all([migrate(url, { schema }), migrate(url, { schema })]);
    expect(first.applied.length + second.applied.length).toBe(migrations.length);
    expect(first.alreadyApplied + second.alreadyApplied).toBe(migrations.length);

    const again = await migrate(url, { schema });
    expect(again).toEqual({ applied: [], alreadyApplied: migrations.length });

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, applied_steps_count
           FROM "${schema}"."_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows).toEqual(
        migrations.map((m) => ({ migration_name: m.name, checksum: m.checksum, finished: true, applied_steps_count: 1 })),
      );
    } finally {
      await client.query(`DROP SCHEMA "${schema}" CASCADE`);
      await client.end();
    }
  });
});
