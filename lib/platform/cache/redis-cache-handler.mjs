// Next's server cache (`cacheHandler` in next.config.ts): cached public pages (route handlers with `revalidate`)
// and the data cache (`unstable_cache`). Decision 018.
//
// Without REDIS_URL every call goes to Next's own cache (memory and .next on disk), exactly as before.
// With REDIS_URL the entries live in Redis, shared by every instance, and each tag invalidation (revalidatePath,
// revalidateTag) is written to a log in Redis that every instance reads before it serves from the cache; Next's
// own cache stays underneath as this instance's last copy. When Redis is unreachable the instance serves from
// that copy (or renders afresh), keeps its invalidations and writes them to Redis when it is back; it says so
// once per outage in the log.
//
// Plain JavaScript: Next loads this file at run time with import(), outside its TypeScript build.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Redis } from "ioredis";

const require = createRequire(import.meta.url);
/** Next's default handler, and the tag state its IncrementalCache checks every entry against. */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");

/** Longest an entry stays in Redis: pages re-render at most hourly, so a day bounds the store without misses. */
export const MAX_ENTRY_SECONDS = 24 * 60 * 60;

// Writes a batch of tag states and appends them to the log under one new sequence number, atomically, so a
// reader that has seen sequence N never misses a change numbered below N.
const WRITE_TAGS = `
local seq = redis.call('INCR', KEYS[1])
for i = 1, #ARGV, 2 do
  redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1])
  redis.call('ZADD', KEYS[3], seq, ARGV[i])
end
return seq`;

/**
 * One connection per process, shared by every handler instance (Next creates one per request).
 * @param {string} url
 * @param {string} prefix
 */
function createShared(url, prefix) {
  const client = new Redis(url, {
    // A command while disconnected fails at once instead of queueing: the page is served without Redis.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 500,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 250, 2_000),
  });
  const { hostname, port } = new URL(url);
  const shared = {
    client,
    where: `${hostname || "localhost"}:${port || 6379}`,
    keys: { entry: `${prefix}entry:`, tags: `${prefix}tags`, log: `${prefix}tags:log`, seq: `${prefix}tags:seq` },
    /** The highest log sequence this process has applied. */
    seen: 0,
    /** Tag states written locally while Redis was away, replayed when it is back. */
    pending: new Map(),
    outage: false,
    recovering: false,
    reportOutage(error) {
      if (shared.outage) return;
      shared.outage = true;
      const reason = error instanceof Error ? error.message : String(error);
      console.warn(
        `[cache] Redis at ${shared.where} is unavailable (${reason}): this instance serves pages from its own cache ` +
          "and keeps its revalidations until Redis is back",
      );
    },
  };
  // ioredis emits an error on every failed reconnect; one line per outage is enough.
  client.on("error", (error) => shared.reportOutage(error));
  client.on("close", () => shared.reportOutage("connection closed"));
  // Back after an outage: on reconnecting, or on the first command that succeeds after a timeout.
  shared.recovered = () => {
    if (!shared.outage || shared.recovering) return;
    shared.recovering = true;
    const replay = shared.pending.size;
    writeTags(shared, new Map(shared.pending))
      .then(() => {
        shared.outage = false;
        console.warn(`[cache] Redis at ${shared.where} is back: the shared cache is in use again (${replay} revalidations replayed)`);
      })
      .catch(() => {})
      .finally(() => (shared.recovering = false));
  };
  client.on("ready", () => shared.recovered());
  return shared;
}

/** @param {Map<string, object>} states */
async function writeTags(shared, states) {
  if (states.size === 0) return;
  const args = [...states].flatMap(([tag, state]) => [tag, JSON.stringify(state)]);
  await shared.client.eval(WRITE_TAGS, 3, shared.keys.seq, shared.keys.tags, shared.keys.log, ...args);
  for (const [tag, state] of states) if (shared.pending.get(tag) === state) shared.pending.delete(tag);
}

/** Merges tag states from another instance into Next's tag state: the later time wins. */
function applyTagState(tag, state) {
  const current = tagsManifest.get(tag) ?? {};
  const merged = { ...current };
  for (const field of ["stale", "expired"]) {
    if (typeof state[field] === "number" && !(current[field] >= state[field])) merged[field] = state[field];
  }
  tagsManifest.set(tag, merged);
}

// Entries hold Buffers (route bodies, RSC data) and Maps (segment data), which JSON alone does not restore.
function replacer(key, value) {
  const raw = this[key];
  if (Buffer.isBuffer(raw)) return { $buffer: raw.toString("base64") };
  if (raw instanceof Map) return { $map: [...raw] };
  return value;
}
function reviver(_key, value) {
  if (value && typeof value === "object") {
    if (typeof value.$buffer === "string") return Buffer.from(value.$buffer, "base64");
    if (Array.isArray(value.$map)) return new Map(value.$map);
  }
  return value;
}

export function serializeEntry(entry) {
  return JSON.stringify(entry, replacer);
}
export function deserializeEntry(text) {
  return JSON.parse(text, reviver);
}

/** Seconds to keep an entry: its own expiry when it has one, at most MAX_ENTRY_SECONDS. */
function entrySeconds(ctx) {
  const expire = ctx?.cacheControl?.expire;
  return typeof expire === "number" && expire > 0 ? Math.min(Math.ceil(expire), MAX_ENTRY_SECONDS) : MAX_ENTRY_SECONDS;
}

/** The build's id, read once per process (Next constructs a handler for every request). */
const buildIds = new Map();
function buildIdOf(ctx) {
  const dir = ctx.serverDistDir ?? "";
  if (!buildIds.has(dir)) {
    let id = "dev";
    try {
      if (dir) id = readFileSync(path.join(dir, "..", "BUILD_ID"), "utf8").trim();
    } catch {
      // No BUILD_ID (development): one namespace.
    }
    buildIds.set(dir, id);
  }
  return buildIds.get(dir);
}

const processState = globalThis;
const SHARED = Symbol.for("desa-binaan.redis-cache");

export default class RedisCacheHandler {
  constructor(ctx) {
    this.local = new FileSystemCache(ctx);
    const url = process.env.REDIS_URL;
    if (!url) return;
    const prefix = process.env.REDIS_KEY_PREFIX ?? "desa-binaan:";
    processState[SHARED] ??= new Map();
    const byUrl = processState[SHARED];
    const id = `${url} ${prefix}`;
    if (!byUrl.has(id)) byUrl.set(id, createShared(url, prefix));
    this.shared = byUrl.get(id);
    // Entries belong to one build (its pages and payloads); tag invalidations apply across builds.
    this.entryPrefix = `${this.shared.keys.entry}${buildIdOf(ctx)}:`;
  }

  get connected() {
    return this.shared?.client.status === "ready";
  }

  async get(key, ctx) {
    if (!this.connected) return this.local.get(key, ctx);
    const { client, keys } = this.shared;
    try {
      const [[seqError, sequence], [logError, changes], [entryError, stored]] = await client
        .pipeline()
        .get(keys.seq)
        .zrangebyscore(keys.log, `(${this.shared.seen}`, "+inf", "WITHSCORES")
        .get(this.entryPrefix + key)
        .exec();
      if (seqError || logError || entryError) throw seqError ?? logError ?? entryError;
      this.shared.recovered();
      // A Redis that lost its data (restarted without persistence) numbers its log from 1 again: read it all.
      if (Number(sequence ?? 0) < this.shared.seen) {
        this.shared.seen = 0;
        return this.get(key, ctx);
      }
      await this.applyLog(changes);
      // Not in Redis yet: this instance's own copy (a build-time page, or one it rendered), which Next checks
      // against the tag state just brought up to date.
      if (!stored) return this.local.get(key, ctx);
      return deserializeEntry(stored);
    } catch (error) {
      this.shared.reportOutage(error);
      return this.local.get(key, ctx);
    }
  }

  /** Applies the tag changes other instances logged since this process last looked. */
  async applyLog(changes) {
    if (!changes || changes.length === 0) return;
    const tags = [];
    let highest = this.shared.seen;
    for (let i = 0; i < changes.length; i += 2) {
      tags.push(changes[i]);
      highest = Math.max(highest, Number(changes[i + 1]));
    }
    const states = await this.shared.client.hmget(this.shared.keys.tags, ...tags);
    tags.forEach((tag, i) => states[i] && applyTagState(tag, JSON.parse(states[i])));
    this.shared.seen = highest;
  }

  async set(key, data, ctx) {
    await this.local.set(key, data, ctx);
    if (!this.connected) return;
    try {
      if (!data) await this.shared.client.del(this.entryPrefix + key);
      else {
        const entry = { lastModified: Date.now(), value: data, cacheControl: ctx?.cacheControl };
        await this.shared.client.set(this.entryPrefix + key, serializeEntry(entry), "EX", entrySeconds(ctx));
      }
    } catch (error) {
      this.shared.reportOutage(error);
    }
  }

  async revalidateTag(tags, durations) {
    // Next's handler computes the new tag state into this process's tag state; that state is what is shared.
    await this.local.revalidateTag(tags, durations);
    if (!this.shared) return;
    const states = new Map();
    for (const tag of typeof tags === "string" ? [tags] : tags) {
      const state = tagsManifest.get(tag);
      if (state) states.set(tag, state);
    }
    for (const [tag, state] of states) this.shared.pending.set(tag, state);
    if (!this.connected) {
      this.shared.reportOutage("not connected");
      return;
    }
    try {
      await writeTags(this.shared, states);
    } catch (error) {
      this.shared.reportOutage(error);
    }
  }

  resetRequestCache() {
    this.local.resetRequestCache?.();
  }
}
