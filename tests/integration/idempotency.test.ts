import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { idempotencyKeySchema, newIdempotencyKey, once } from "@/lib/platform/idempotency";
import { createActor, createOffice, GENDANG_TIMBURU } from "../support/factories/base";

// The helper against the real unique constraint, through a write shaped like the domain's (record + audit in
// one transaction). The domain commands' own double-submit tests live beside them once wired.

async function scheduleTestEvent(key: string | undefined, officeId: string, actorId: string) {
  const actor = await db.user.findUniqueOrThrow({ where: { id: actorId } });
  return once(
    key,
    () =>
      db.$transaction(async (tx) => {
        const event = await tx.outreachEvent.create({
          data: {
            officeId,
            villageCode: GENDANG_TIMBURU,
            type: "OUTREACH",
            title: "Sosialisasi prosedur paspor",
            startsAt: new Date("2026-12-01T01:00:00Z"),
            endsAt: new Date("2026-12-01T03:00:00Z"),
            location: "Balai Desa Gendang Timburu",
            idempotencyKey: key,
          },
        });
        // Slow the transaction so concurrent submissions really overlap.
        await tx.$executeRaw`SELECT pg_sleep(0.05)`;
        await tx.auditLog.create({
          data: { actorId: actor.id, action: "event.create", entity: "OutreachEvent", entityId: event.id },
        });
        return event;
      }),
    (existing) => db.outreachEvent.findFirst({ where: { idempotencyKey: existing, officeId } }),
  );
}

describe("idempotency keys", () => {
  it("creates one record for the same key submitted concurrently and returns it to every submission", async () => {
    const office = await createOffice(["63.02"]);
    const actor = await createActor("OFFICE_STAFF", { officeId: office.id });
    const key = newIdempotencyKey();
    const results = await Promise.all(Array.from({ length: 6 }, () => scheduleTestEvent(key, office.id, actor.id)));
    const ids = new Set(results.map((result) => result.record.id));
    expect(ids.size).toBe(1);
    expect(results.filter((result) => !result.replayed)).toHaveLength(1);
    expect(await db.outreachEvent.count({ where: { officeId: office.id } })).toBe(1);
    // The losing transactions rolled back their audit rows too: nothing half-written.
    expect(await db.auditLog.count({ where: { entity: "OutreachEvent", entityId: { in: [...ids] } } })).toBe(1);
  });

  it("replays a sequential retry and keeps different keys apart", async () => {
    const office = await createOffice(["63.02"]);
    const actor = await createActor("OFFICE_STAFF", { officeId: office.id });
    const key = newIdempotencyKey();
    const first = await scheduleTestEvent(key, office.id, actor.id);
    const retry = await scheduleTestEvent(key, office.id, actor.id);
    expect(retry).toEqual({ record: first.record, replayed: true });
    await scheduleTestEvent(newIdempotencyKey(), office.id, actor.id);
    await scheduleTestEvent(undefined, office.id, actor.id);
    await scheduleTestEvent(undefined, office.id, actor.id);
    expect(await db.outreachEvent.count({ where: { officeId: office.id } })).toBe(4);
  });

  it("does not hand out another office's record for its key: the conflict stays an error", async () => {
    const mine = await createOffice(["63.02"]);
    const theirs = await createOffice(["63.10"]);
    const me = await createActor("OFFICE_STAFF", { officeId: mine.id });
    const them = await createActor("OFFICE_STAFF", { officeId: theirs.id });
    const key = newIdempotencyKey();
    await scheduleTestEvent(key, theirs.id, them.id);
    await expect(scheduleTestEvent(key, mine.id, me.id)).rejects.toMatchObject({ code: "P2002" });
    expect(await db.outreachEvent.count({ where: { officeId: mine.id } })).toBe(0);
  });

  it("drops malformed keys instead of failing the form", () => {
    expect(idempotencyKeySchema.parse(newIdempotencyKey())).toMatch(/^[0-9a-f]{32}$/);
    for (const bad of ["", "short", "x".repeat(65), "'; DROP TABLE x;--____", 42, null, ["a"]]) {
      expect(idempotencyKeySchema.parse(bad)).toBeUndefined();
    }
  });
});
