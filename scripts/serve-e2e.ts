import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/platform/db/embedded";
import { prepareDatabase } from "@/lib/platform/db/prepare";
import { checkedEnv, logLine, redact } from "./lib/cli";
import { freshDatabase } from "./lib/databases";
import { bin, exitCode, forwardSignals, freePort, run } from "./lib/processes";

// Playwright's web server: the BUILT app (`next start`) on E2E_PORT over a database made for the run, with demo data.
//   E2E_DATABASE_URL set (scripts/test.ts): that database, prepared as it is.
//   DATABASE_URL set: a dedicated database "<name>_e2e" on the same server, dropped and created afresh.
//   neither: an in-memory embedded PostgreSQL that lives as long as this process.

// `next start` runs in production mode, which refuses the development keys: give the run its own.
for (const name of ["AUTH_SECRET", "DATA_HASH_KEY"]) process.env[name] ??= randomBytes(32).toString("base64");
process.env.DATA_ENCRYPTION_KEYS ??= `e2e:${randomBytes(32).toString("base64")}`;

const config = checkedEnv();
const log = logLine("e2e");
const port = Number(process.env.E2E_PORT ?? 3001);

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build found: run `npm run build` first (npm test does it for you).");
  process.exit(1);
}

let embedded: EmbeddedDatabase | undefined;
let url: string;
if (process.env.E2E_DATABASE_URL) url = process.env.E2E_DATABASE_URL;
else if (config.DATABASE_URL) url = (await freshDatabase(config.DATABASE_URL, "e2e")).url;
else {
  embedded = await startEmbeddedDatabase({ port: await freePort() });
  url = embedded.url;
}
const schema = process.env.E2E_DATABASE_URL ? config.DATABASE_SCHEMA : "public";
log(`database ${redact(url)}${embedded ? " (embedded, in memory)" : ""}`);
await prepareDatabase({ url, schema, demo: true, log });

// Instances behind one load balancer share the server-action key, so a form rendered by one can be posted to
// another (docs/scaling.md).
process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
const startInstance = (instancePort: number) =>
  run(bin("next"), ["start", "--port", String(instancePort), "--hostname", "127.0.0.1"], {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: url,
    DATABASE_SCHEMA: schema,
    APP_URL: `http://127.0.0.1:${port}`,
  });
const server = startInstance(port);
forwardSignals(server);
// A second, stateless instance over the same database: tests/e2e/multi-instance.spec.ts alternates between them.
const secondPort = Number(process.env.E2E_SECOND_PORT ?? 0);
const second = secondPort ? startInstance(secondPort) : undefined;
if (second) forwardSignals(second);
const code = await exitCode(server);
second?.kill("SIGTERM");
await embedded?.stop();
process.exit(code);
