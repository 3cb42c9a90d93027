import { afterEach, describe, expect, it, vi } from "vitest";
import { env, resetEnvCache } from "@/lib/platform/env";

// The two optional scaling variables (decisions 018, 019): unset means one machine as before; a bad value stops
// the app with a message naming the variable.

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
});

describe("scaling variables", () => {
  it("leave the replica list empty and Redis unset by default", () => {
    vi.stubEnv("DATABASE_REPLICA_URLS", undefined);
    vi.stubEnv("REDIS_URL", undefined);
    expect(env().DATABASE_REPLICA_URLS).toEqual([]);
    expect(env().REDIS_URL).toBeUndefined();
    expect(env().REDIS_KEY_PREFIX).toBe("desa-binaan:");
  });

  it("split the replica list on commas", () => {
    vi.stubEnv("DATABASE_REPLICA_URLS", "postgresql://app@replica-1:5432/desa, postgresql://app@replica-2:5432/desa");
    expect(env().DATABASE_REPLICA_URLS).toEqual(["postgresql://app@replica-1:5432/desa", "postgresql://app@replica-2:5432/desa"]);
  });

  it("name the variable when a value is wrong", () => {
    vi.stubEnv("DATABASE_REPLICA_URLS", "postgresql://app@replica-1/desa,mysql://replica-2/desa");
    expect(() => env()).toThrow(/DATABASE_REPLICA_URLS/);
    resetEnvCache();
    vi.stubEnv("DATABASE_REPLICA_URLS", "");
    vi.stubEnv("REDIS_URL", "127.0.0.1:6379");
    expect(() => env()).toThrow(/REDIS_URL must start with redis:\/\//);
  });
});
