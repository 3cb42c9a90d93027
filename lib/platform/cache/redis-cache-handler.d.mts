// Types of redis-cache-handler.mjs for the tests that import it.
export type CachedEntry = {
  lastModified?: number;
  value: { kind: string; body?: Buffer; headers?: Record<string, string>; [field: string]: unknown } | null;
  cacheControl?: { revalidate?: number; expire?: number };
};
export declare const MAX_ENTRY_SECONDS: number;
export declare function serializeEntry(entry: unknown): string;
export declare function deserializeEntry(text: string): unknown;
export default class RedisCacheHandler {
  constructor(ctx: { revalidatedTags: string[]; maxMemoryCacheSize?: number; serverDistDir?: string; flushToDisk?: boolean });
  readonly connected: boolean;
  get(key: string, ctx: Record<string, unknown>): Promise<CachedEntry | null>;
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
