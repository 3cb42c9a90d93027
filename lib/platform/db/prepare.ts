import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/platform/db/generated/client";
import { migrate } from "@/lib/platform/db/migrate";
import { loadRegions, packagedVillageCount, type RegionCounts } from "@/lib/regions/load";
import { seedReferenceData, type ReferenceCounts } from "@/lib/reference-data/defaults";
import { seedDemoData, type DemoSeedResult } from "@/lib/demo/seed";
import { seedGuides } from "@/lib/guides/seed";
import { renormaliseStoredPhones } from "@/lib/identity/phone-migration";

// Brings any database, embedded or real, to a usable state in one call: the dev launcher, `npm run db:seed`,
// the e2e server and the tests all use it. Every part is idempotent, so it runs on every start.

export type PrepareOptions = {
  url: string;
  schema?: string;
  /** Seed the demo offices, accounts and records, when the database has no user yet. */
  demo: boolean;
  /** Reload the regions even when the Village table looks complete (db:seed, to measure). */
  forceRegions?: boolean;
  /** Only these provinces (tests); all when omitted. */
  provinces?: string[];
  now?: Date;
  log?: (line: string) => void;
};

export type PrepareResult = {
  migrations: string[];
  regions: { loaded: boolean; ms: number; counts?: RegionCounts };
  reference: ReferenceCounts;
  demo: DemoSeedResult | null;
};

function schemaOption(schema: string) {
  return schema === "public" ? undefined : `-c search_path=${schema},public`;
}

export async function prepareDatabase(options: PrepareOptions): Promise<PrepareResult> {
  const schema = options.schema ?? "public";
  const log = options.log ?? (() => {});

  const { applied } = await migrate(options.url, { schema, log });
  if (!applied.length) log("migrations: up to date");

  const pool = new pg.Pool({ connectionString: options.url, max: 2, options: schemaOption(schema) });
  pool.on("error", () => {});
  try {
    const regions: PrepareResult["regions"] = { loaded: false, ms: 0 };
    const [{ count }] = (await pool.query<{ count: string }>(`SELECT count(*) FROM "Village"`)).rows;
    const expected = options.provinces ? Infinity : await packagedVillageCount();
    if (options.forceRegions || Number(count) < expected) {
      const started = Date.now();
      regions.counts = await loadRegions(pool, { provinces: options.provinces });
      regions.ms = Date.now() - started;
      regions.loaded = true;
      const c = regions.counts;
      log(`regions: ${c.provinces} provinces, ${c.regencies} regencies, ${c.districts} districts, ${c.villages} villages in ${(regions.ms / 1000).toFixed(1)} s`);
    }

    const phones = await renormaliseStoredPhones(pool);
    if (phones) log(`phones: ${phones} stored numbers rewritten to the +62 form`);

    const reference = await seedReferenceData(pool);
    if (reference.passportFees || reference.moratoriumCountries) {
      log(`reference: ${reference.passportFees} passport fees, ${reference.moratoriumCountries} moratorium countries, ${reference.zeroCostJobs} zero-cost jobs added`);
    }
    // The public guides ship with the portal: a new deployment has them; edits made since are kept.
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { schema }) });
    try {
      await seedGuides(prisma, { onlyMissing: true });
    } finally {
      await prisma.$disconnect();
    }

    let demo: DemoSeedResult | null = null;
    if (options.demo) {
      const [{ users }] = (await pool.query<{ users: string }>(`SELECT count(*) AS users FROM "User"`)).rows;
      if (Number(users) === 0) {
        const db = new PrismaClient({ adapter: new PrismaPg(pool, { schema }) });
        try {
          demo = await seedDemoData(db, { now: options.now, log });
        } finally {
          await db.$disconnect();
        }
        log(`demo data seeded in ${(demo.ms / 1000).toFixed(1)} s`);
      } else {
        log("demo data: skipped, the database already has accounts");
      }
    }
    return { migrations: applied, regions, reference, demo };
  } finally {
    await pool.end();
  }
}
