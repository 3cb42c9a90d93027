import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { env } from "@/lib/platform/env";

// One client per process (Next's dev server reloads modules, so it lives on globalThis).
const globalForDb = globalThis as unknown as { desaBinaanDb?: PrismaClient; desaBinaanPool?: pg.Pool };

/** A pool with the app's limits, on the primary (DATABASE_URL) or on another server of the same database. */
export function createPool(connectionString?: string) {
  const config = env();
  if (!connectionString && !config.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the app with `npm run dev` (embedded database) or set it.");
  }
  return new pg.Pool({
    connectionString: connectionString ?? config.DATABASE_URL,
    max: config.DB_POOL_MAX,
    // pg waits forever for a free connection by default; a bounded wait turns pool exhaustion into a clear error.
    connectionTimeoutMillis: config.DB_POOL_ACQUIRE_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    statement_timeout: config.DB_STATEMENT_TIMEOUT_MS,
    options: config.DATABASE_SCHEMA === "public" ? undefined : `-c search_path=${config.DATABASE_SCHEMA},public`,
  });
}

/** A Prisma client over its own pool. */
export function createClientOn(pool: pg.Pool): PrismaClient {
  // A dropped connection (server restart) must not crash the process; the pool replaces it on the next query.
  pool.on("error", () => {});
  return new PrismaClient({ adapter: new PrismaPg(pool, { schema: env().DATABASE_SCHEMA }) });
}

function createClient() {
  const pool = createPool();
  globalForDb.desaBinaanPool = pool;
  return createClientOn(pool);
}

function client(): PrismaClient {
  globalForDb.desaBinaanDb ??= createClient();
  return globalForDb.desaBinaanDb;
}

// Created on first use, not on import: `next build` imports route modules to collect their configuration
// and must not need a database.
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_, property) {
    const real = client();
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

/** The pg pool behind `db`, for the few places that need COPY or raw SQL outside Prisma. */
export function dbPool(): pg.Pool {
  client();
  return globalForDb.desaBinaanPool!;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
