import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { closeReplicas, readOnReplica } from "@/lib/platform/db/replica";
import { getDashboard } from "@/lib/dashboard/queries";
import { listCandidates } from "@/lib/candidates/queries";
import { GENDANG_TIMBURU, createActor, createDesignation } from "../support/factories/base";
import { createCandidateRow, createKanim } from "../support/factories/kanim";

// Runs with DATABASE_REPLICA_URLS naming a streaming replica of DATABASE_URL's server (scripts/scale/run.sh).
// Routing is shown with the replica's replay paused: the user's own list has the new record at once (primary),
// the dashboard does not until replay resumes (replica), and then catches up within the stated time.

/** The stated bound for the replica to show a committed write once it replays (docs/scaling.md). */
const CATCH_UP_LIMIT_MS = 2_000;

const replicaUrl = (process.env.DATABASE_REPLICA_URLS ?? "").split(",")[0];

async function onReplicaServer<T>(sql: string): Promise<T> {
  const client = new pg.Client({ connectionString: replicaUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0] as T;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  await onReplicaServer("SELECT pg_wal_replay_resume()");
  await closeReplicas();
});

describe("read replica routing", () => {
  it("has a replica to test against", () => {
    expect(replicaUrl).toMatch(/^postgres(ql)?:\/\//);
  });

  it("sends replica reads to a server in recovery and everything else to the primary", async () => {
    const [onReplica] = await readOnReplica((client) => client.$queryRaw<{ recovery: boolean }[]>`SELECT pg_is_in_recovery() AS recovery`);
    const [onPrimary] = await db.$queryRaw<{ recovery: boolean }[]>`SELECT pg_is_in_recovery() AS recovery`;
    expect(onReplica.recovery).toBe(true);
    expect(onPrimary.recovery).toBe(false);
  });

  it("shows the user's own write at once from the primary; the dashboard shows it when the replica has replayed it", async () => {
    const { office, staff } = await createKanim(["63.02"]);
    await createDesignation(office.id, GENDANG_TIMBURU);
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: GENDANG_TIMBURU });
    const year = Number(new Date().toLocaleString("en-US", { timeZone: "Asia/Jakarta", year: "numeric" }));
    // Everything so far is on the replica before the pause.
    await expect.poll(async () => (await getDashboard(staff, { year })).designations.total, { timeout: CATCH_UP_LIMIT_MS }).toBe(1);
    const before = (await getDashboard(staff, { year })).candidates.total;

    await onReplicaServer("SELECT pg_wal_replay_pause()");
    const written = await createCandidateRow(GENDANG_TIMBURU, { name: "Rahmawati Replika" });
    const committedAt = Date.now();

    const own = await listCandidates(official, { page: 1, flagged: false });
    expect(own.items.map((c) => c.id)).toContain(written.id);
    expect((await getDashboard(staff, { year })).candidates.total).toBe(before);

    await onReplicaServer("SELECT pg_wal_replay_resume()");
    let caughtUpAt = 0;
    while (Date.now() - committedAt < CATCH_UP_LIMIT_MS * 2) {
      if ((await getDashboard(staff, { year })).candidates.total === before + 1) {
        caughtUpAt = Date.now();
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(caughtUpAt).toBeGreaterThan(0);
    console.log(`[replica] dashboard showed the write ${caughtUpAt - committedAt} ms after its commit (replay resumed in between)`);
  });

  it("catches up with a write while replaying normally within the stated time", async () => {
    const lags: number[] = [];
    for (let i = 0; i < 20; i++) {
      const written = await createCandidateRow(GENDANG_TIMBURU);
      const committedAt = performance.now();
      for (;;) {
        const found = await readOnReplica((client) => client.candidate.count({ where: { id: written.id } }));
        if (found === 1) break;
        expect(performance.now() - committedAt).toBeLessThan(CATCH_UP_LIMIT_MS);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      lags.push(performance.now() - committedAt);
    }
    lags.sort((a, b) => a - b);
    const replay = await onReplicaServer<{ lag: string | null }>(
      "SELECT (now() - pg_last_xact_replay_timestamp())::text AS lag",
    );
    console.log(
      `[replica] write → visible on the replica over 20 writes: median ${lags[10].toFixed(1)} ms, max ${lags[19].toFixed(1)} ms (limit ${CATCH_UP_LIMIT_MS} ms); replay timestamp age ${replay.lag}`,
    );
    expect(lags[19]).toBeLessThan(CATCH_UP_LIMIT_MS);
  });
});
