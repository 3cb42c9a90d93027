import { z } from "zod";

// Development and test fall back to fixed keys so a fresh clone runs with no setup; production refuses them.
const DEV_AUTH_SECRET = "dev-only-auth-secret-change-me-0123456789abcdef";
const DEV_ENCRYPTION_KEYS = "dev1:ZGV2LW9ubHktZGF0YS1rZXktMzItYnl0ZXMtbG9uZyE=";
const DEV_HASH_KEY = "ZGV2LW9ubHktaGFzaC1rZXktMzItYnl0ZXMtbG9uZyEhIQ==";

const keyList = z
  .string()
  .regex(
    /^[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+(,[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+)*$/,
    "expected id:base64key[,id:base64key…], newest first",
  );

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    // Optional here so code that needs no database (crypto, unit tests) runs without one; lib/db requires it.
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://")
      .optional(),
    // Streaming replicas for the heavy reads (dashboards, exports): comma-separated URLs; unset = all on the primary.
    DATABASE_REPLICA_URLS: z
      .string()
      .optional()
      .transform((value) => (value ?? "").split(",").map((url) => url.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_REPLICA_URLS: each URL must start with postgresql://"))),
    // Next's page and data cache shared by every instance (lib/platform/cache/redis-cache-handler.mjs); unset =
    // each instance keeps its own cache.
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, "REDIS_URL must start with redis:// or rediss://")
      .optional(),
    /** Prefix of every key the cache writes, so several deployments can share one Redis. */
    REDIS_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9:_-]{1,64}$/, "REDIS_KEY_PREFIX: letters, digits, : _ - only").default("desa-binaan:"),
    DATABASE_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, "DATABASE_SCHEMA must be a lower-case SQL identifier")
      .default("public"),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    DB_POOL_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").default(DEV_AUTH_SECRET),
    DATA_ENCRYPTION_KEYS: keyList.default(DEV_ENCRYPTION_KEYS),
    DATA_HASH_KEY: z.string().min(32, "DATA_HASH_KEY must be at least 32 characters (base64)").default(DEV_HASH_KEY),
    // Set only while `npm run keys:rotate -- --rehash` moves the keyed hashes to a new DATA_HASH_KEY.
    DATA_HASH_KEY_PREVIOUS: z.string().min(32, "DATA_HASH_KEY_PREVIOUS must be at least 32 characters (base64)").optional(),
    /** The port `npm run dev` serves on. */
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    /** The port of the embedded PostgreSQL that `npm run dev` starts when DATABASE_URL is unset. */
    EMBEDDED_DB_PORT: z.coerce.number().int().min(1024).max(65_535).default(5433),
    APP_URL: z.url("APP_URL must be a URL such as https://desabinaan.example.go.id").default("http://localhost:3000"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production" || process.env.NEXT_PHASE === "phase-production-build") return;
    for (const [name, devValue] of [
      ["AUTH_SECRET", DEV_AUTH_SECRET],
      ["DATA_ENCRYPTION_KEYS", DEV_ENCRYPTION_KEYS],
      ["DATA_HASH_KEY", DEV_HASH_KEY],
    ] as const) {
      if (env[name] === devValue) {
        ctx.addIssue({ code: "custom", path: [name], message: `${name} must be set in production` });
      }
    }
  });

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** The validated environment. Throws once, with every bad variable named, on the first call. */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join(".") || "env"}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** For tests that change process.env between cases. */
export function resetEnvCache() {
  cached = undefined;
}
