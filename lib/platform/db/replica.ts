import "server-only";
import { readReplicas } from "@prisma/extension-read-replicas";
import { env } from "@/lib/platform/env";
import { isDatabaseUnavailable } from "@/lib/platform/http/errors";
import { createClientOn, createPool, db, type Db } from "./client";

// Reads that tolerate a few seconds of lag (dashboards, exports) go to a streaming replica when
// DATABASE_REPLICA_URLS is set (decision 019). Everything else, and every page that shows a user's own write,
// reads the primary through `db`. Routing is opt-in: the extension would send every plain read to a replica.

/** How long the primary takes over after a replica stopped answering, before the replica is tried again. */
export const REPLICA_RETRY_AFTER_MS = 5_000;

type Router = { replica: () => Db; downUntil: number; pools: { end(): Promise<void> }[] };
const globalForReplica = globalThis as unknown as { desaBinaanReplicas?: Router | null };

function router(): Router | null {
  if (globalForReplica.desaBinaanReplicas !== undefined) return globalForReplica.desaBinaanReplicas;
  const urls = env().DATABASE_REPLICA_URLS;
  if (urls.length === 0) return (globalForReplica.desaBinaanReplicas = null);
  const pools = urls.map((url) => createPool(url));
  const routed = db.$extends(readReplicas({ replicas: pools.map((pool) => createClientOn(pool)) }));
  // $replica() picks one of the replicas at random per call.
  const replica = () => routed.$replica() as unknown as Db;
  return (globalForReplica.desaBinaanReplicas = { replica, downUntil: 0, pools });
}

/**
 * Runs a read on a replica, or on the primary when none is configured. When the replica is unreachable the read
 * runs on the primary instead (logged once per outage) and the primary keeps these reads for
 * REPLICA_RETRY_AFTER_MS, so a replica outage costs the primary load, never a failed page.
 */
export async function readOnReplica<T>(read: (client: Db) => Promise<T>): Promise<T> {
  const replicas = router();
  if (!replicas || Date.now() < replicas.downUntil) return read(db);
  try {
    const result = await read(replicas.replica());
    if (replicas.downUntil) {
      replicas.downUntil = 0;
      console.warn("[replica] the read replica answers again: dashboards and exports read it");
    }
    return result;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    if (!replicas.downUntil) {
      console.warn("[replica] the read replica is unreachable: dashboards and exports read the primary until it answers");
    }
    replicas.downUntil = Date.now() + REPLICA_RETRY_AFTER_MS;
    return read(db);
  }
}

/** Closes the replica pools (tests, scripts). */
export async function closeReplicas() {
  const replicas = globalForReplica.desaBinaanReplicas;
  globalForReplica.desaBinaanReplicas = undefined;
  await Promise.all(replicas?.pools.map((pool) => pool.end()) ?? []);
}
