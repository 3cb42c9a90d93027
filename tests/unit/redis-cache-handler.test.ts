import { afterEach, describe, expect, it, vi } from "vitest";
import { createServer } from "node:net";

// The cache handler without a Redis server (decision 018): without REDIS_URL it is Next's own cache; with a
// REDIS_URL that does not answer it still serves, keeps its invalidations and says so once. The shared case is
// proven against a real Redis by scripts/scale/run.sh.

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const routeEntry = (text: string) => ({
  kind: "APP_ROUTE",
  status: 200,
  body: Buffer.from(text),
  headers: { "content-type": "text/html; charset=utf-8", "x-next-cache-tags": "_N_T_/layout,_N_T_/id/panduan" },
});
const ctx = { kind: "APP_ROUTE", isRoutePPREnabled: false, isFallback: false };

async function loadHandler() {
  vi.resetModules();
  return import("@/lib/platform/cache/redis-cache-handler.mjs");
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("cache handler", () => {
  it("round-trips an entry with Buffers and Maps through its serialization", async () => {
    const { serializeEntry, deserializeEntry } = await loadHandler();
    const entry = { lastModified: 1, value: { kind: "APP_PAGE", rscData: Buffer.from([0, 1, 2]), segmentData: new Map([["/a", Buffer.from("x")]]) } };
    const back = deserializeEntry(serializeEntry(entry)) as typeof entry;
    expect(Buffer.isBuffer(back.value.rscData)).toBe(true);
    expect([...back.value.rscData]).toEqual([0, 1, 2]);
    expect(back.value.segmentData).toBeInstanceOf(Map);
    expect(back.value.segmentData.get("/a")?.toString()).toBe("x");
  });

  it("without REDIS_URL is this instance's own cache", async () => {
    vi.stubEnv("REDIS_URL", "");
    const { default: Handler } = await loadHandler();
    const handler = new Handler({ revalidatedTags: [], maxMemoryCacheSize: 1_000_000 });
    await handler.set("/id/panduan", routeEntry("guide v1"), { cacheControl: { revalidate: 3600 } });
    const got = await new Handler({ revalidatedTags: [], maxMemoryCacheSize: 1_000_000 }).get("/id/panduan", ctx);
    expect(got?.value?.body?.toString()).toBe("guide v1");
  });

  it("with Redis unreachable serves from its own copy, never throws, and logs the outage once", async () => {
    vi.stubEnv("REDIS_URL", `redis://127.0.0.1:${await closedPort()}`);
    vi.stubEnv("REDIS_KEY_PREFIX", `unit-${process.pid}:`);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { default: Handler } = await loadHandler();
    const handler = new Handler({ revalidatedTags: [], maxMemoryCacheSize: 1_000_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(handler.connected).toBe(false);
    await handler.set("/id/panduan/m-paspor", routeEntry("guide v2"), { cacheControl: { revalidate: 3600 } });
    expect((await handler.get("/id/panduan/m-paspor", ctx))?.value?.body?.toString()).toBe("guide v2");
    expect(await handler.get("/id/panduan/tidak-ada", ctx)).toBeNull();
    await handler.revalidateTag(["_N_T_/id/panduan"]);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const outage = warn.mock.calls.filter(([message]) => String(message).includes("is unavailable"));
    expect(outage).toHaveLength(1);
    expect(String(outage[0][0])).toContain("serves pages from its own cache");
  });
});
