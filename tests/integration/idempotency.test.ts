import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { idempotencyKeySchema, newIdempotencyKey } from "@/lib/platform/idempotency";
import { scheduleEvent } from "@/lib/events/commands";
import { recordGuidance, registerCandidate } from "@/lib/candidates/commands";
import { GENDANG_TIMBURU, createActor, pickVillage } from "../support/factories/base";
import { createKanim, createOfficer } from "../support/factories/kanim";
import { candidateInput, createCandidate } from "../support/factories/candidates";
import { valueOf } from "../support/results";

// Idempotency keys through the real commands and the real unique constraints (decision 014): a key is unique
// per user, so the same key from two users makes two records, and a repeat by the same user (at once or later)
// answers with the first record and writes nothing more.

const now = new Date("2026-11-28T02:00:00Z");

function eventForm(villageCode: string, officerId: string, key: string) {
  return {
    villageCode,
    type: "OUTREACH",
    title: "Sosialisasi prosedur paspor",
    startsAt: "2026-12-01T09:00",
    endsAt: "2026-12-01T11:00",
    location: "Balai Desa",
    officerIds: [officerId],
    isPublic: "on",
    idempotencyKey: key,
  };
}

describe("idempotency keys", () => {
  it("one user: the same key submitted concurrently and again later makes one event, and every answer is it", async () => {
    const { office, staff } = await createKanim(["63.02"]);
    const officer = await createOfficer(office.id);
    const village = await pickVillage("63.02");
    const key = newIdempotencyKey();
    const results = await Promise.all(Array.from({ length: 4 }, () => scheduleEvent(staff, eventForm(village, officer.id, key))));
    const later = await scheduleEvent(staff, eventForm(village, officer.id, key));
    const ids = new Set([...results, later].map((result) => valueOf(result).id));
    expect(ids.size).toBe(1);
    expect(later).toMatchObject({ ok: true, replayed: true });
    expect(await db.outreachEvent.count({ where: { officeId: office.id } })).toBe(1);
    // The losing transactions rolled back their audit rows too: nothing half-written.
    expect(await db.auditLog.count({ where: { entity: "OutreachEvent", entityId: { in: [...ids] } } })).toBe(1);
  });

  it("two users: the same key makes two events, each user's own, and neither gets the other's", async () => {
    const { office, staff } = await createKanim(["63.10"]);
    const colleague = await createActor("OFFICE_STAFF", { officeId: office.id });
    const first = await createOfficer(office.id);
    const second = await createOfficer(office.id);
    const village = await pickVillage("63.10");
    const key = newIdempotencyKey();
    const [mine, theirs] = await Promise.all([
      scheduleEvent(staff, eventForm(village, first.id, key)),
      scheduleEvent(colleague, eventForm(village, second.id, key)),
    ]);
    expect(valueOf(mine).id).not.toBe(valueOf(theirs).id);
    expect(valueOf(mine).createdById).toBe(staff.id);
    expect(valueOf(theirs).createdById).toBe(colleague.id);
    expect(await db.outreachEvent.count({ where: { idempotencyKey: key } })).toBe(2);
  });

  it("two users: the same key registers two CPMI and records two guidance sessions; a repeat of one returns its first", async () => {
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: GENDANG_TIMBURU });
    const colleague = await createActor("VILLAGE_OFFICIAL", { villageCode: GENDANG_TIMBURU });
    const key = newIdempotencyKey();
    const a = valueOf(await registerCandidate(official, candidateInput({ idempotencyKey: key }), { now }));
    const b = valueOf(await registerCandidate(colleague, candidateInput({ idempotencyKey: key }), { now }));
    expect(a.id).not.toBe(b.id);
    expect(await registerCandidate(official, candidateInput({ idempotencyKey: key }), { now })).toEqual({ ok: true, value: a, replayed: true });

    const candidate = await createCandidate(official, {}, { now });
    const session = { sessionDate: "2026-11-27", topics: ["M_PASPOR"], idempotencyKey: newIdempotencyKey() };
    const mine = valueOf(await recordGuidance(official, candidate.id, session, { now }));
    const theirs = valueOf(await recordGuidance(colleague, candidate.id, session, { now }));
    expect(mine.id).not.toBe(theirs.id);
    expect(await recordGuidance(colleague, candidate.id, session, { now })).toEqual({ ok: true, value: theirs, replayed: true });
    expect(await db.guidanceRecord.count({ where: { candidateId: candidate.id } })).toBe(2);
  });

  it("drops malformed keys instead of failing the form", () => {
    expect(idempotencyKeySchema.parse(newIdempotencyKey())).toMatch(/^[0-9a-f]{32}$/);
    for (const bad of ["", "short", "x".repeat(65), "'; DROP TABLE x;--____", 42, null, ["a"]]) {
      expect(idempotencyKeySchema.parse(bad)).toBeUndefined();
    }
  });
});
