import { beforeAll, describe, expect, it } from "vitest";

// A pool of one connection, held by a slow query: the next request must give up after the acquire timeout
// with a clear 503, not queue behind it forever. Set before lib/db reads the environment.
const ACQUIRE_TIMEOUT_MS = 300;
process.env.DB_POOL_MAX = "1";
process.env.DB_POOL_ACQUIRE_TIMEOUT_MS = String(ACQUIRE_TIMEOUT_MS);
process.env.DB_STATEMENT_TIMEOUT_MS = "4000";

const { db, dbPool } = await import("@/lib/platform/db/client");
const { isDatabaseUnavailable } = await import("@/lib/platform/http/errors");
const { GET: health } = await import("@/app/api/health/route");
const { behindPgBouncer, isEmbeddedDatabase } = await import("../support/database-kind");

/** Holds the only pooled connection for `seconds`. Prisma queries are lazy: Promise.resolve starts it. */
async function holdTheConnection(seconds: number) {
  const held = Promise.resolve(db.$queryRaw`SELECT pg_sleep(${seconds})::text`);
  // Wait until the slow query really holds the pool's only connection (a loaded machine can be slow to start it).
  for (let waited = 0; waited < 5_000 && !(dbPool().totalCount === 1 && dbPool().idleCount === 0); waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  // Wrapped: an async function returning a promise would wait for it.
  return { held };
}

describe.skipIf(await isEmbeddedDatabase())("pool exhaustion (real PostgreSQL only)", { timeout: 40_000 }, () => {
  beforeAll(async () => {
    expect((await health()).status).toBe(200);
  });

  it("fails a query waiting for a connection after the bounded acquire timeout", async () => {
    const { held } = await holdTheConnection(2.5);
    const started = Date.now();
    const error = await db.user.count().then(
      () => null,
      (caught: unknown) => caught,
    );
    const waited = Date.now() - started;
    await held;
    expect(error, "the query should not have waited for the slow one").not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(waited).toBeLessThan(ACQUIRE_TIMEOUT_MS + 1_500);
  });

  it("answers 503 with Retry-After from a route handler while saturated, then recovers by itself", async () => {
    const { held } = await holdTheConnection(2.5);
    const started = Date.now();
    const response = await health();
    expect(Date.now() - started).toBeLessThan(ACQUIRE_TIMEOUT_MS + 1_500);
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toMatch(/^\d+$/);
    expect(await response.json()).toMatchObject({ error: "UNAVAILABLE" });
    await held;
    expect((await health()).status).toBe(200);
  });

  it.skipIf(behindPgBouncer)("cancels a runaway statement at the statement timeout instead of holding the connection", async () => {
    const started = Date.now();
    const error = await Promise.resolve(db.$queryRaw`SELECT pg_sleep(20)::text`).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await health()).status).toBe(200);
  });
});
