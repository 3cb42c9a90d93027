import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import type { Actor } from "@/lib/platform/auth/policy";
import { recordGuidance, registerCandidate } from "@/lib/candidates/commands";
import { scheduleEvent } from "@/lib/events/commands";
import { newIdempotencyKey } from "@/lib/platform/idempotency";
import { createActor, createOffice, pickVillage } from "../support/factories/base";
import { candidateInput, createCandidate } from "../support/factories/candidates";
import { createKanim, createOfficer } from "../support/factories/kanim";
import { valueOf } from "../support/results";

// A double click sends the same form twice at the same moment; a retry or the back button sends it again
// later. Either way: one record, and every submission answers with that record.

const now = new Date("2026-11-28T02:00:00Z");
let official: Actor;

beforeAll(async () => {
  const village = await pickVillage("63.02");
  await createOffice(["63.02"]);
  official = await createActor("VILLAGE_OFFICIAL", { villageCode: village });
});

async function rowCounts() {
  const [candidates, guidance, audit] = await Promise.all([db.candidate.count(), db.guidanceRecord.count(), db.auditLog.count()]);
  return { candidates, guidance, audit };
}

describe("double submit", () => {
  it("registers one CPMI when the same form arrives three times at once", async () => {
    const input = candidateInput({ idempotencyKey: newIdempotencyKey() });
    const before = await rowCounts();
    const results = await Promise.all([1, 2, 3].map(() => registerCandidate(official, input, { now })));
    const ids = results.map((result) => (result.ok ? result.value.id : JSON.stringify(result)));
    expect(new Set(ids).size, `answers: ${ids.join(", ")}`).toBe(1);
    expect(results.every((result) => result.ok)).toBe(true);
    const after = await rowCounts();
    expect(after.candidates - before.candidates).toBe(1);
    expect(after.audit - before.audit).toBe(1);
  });

  it("records one guidance session for a double click and a later retry", async () => {
    const candidate = await createCandidate(official, {}, { now });
    const input = { sessionDate: "2026-11-27", topics: ["M_PASPOR"], idempotencyKey: newIdempotencyKey() };
    const before = await rowCounts();
    const results = await Promise.all([1, 2].map(() => recordGuidance(official, candidate.id, input, { now })));
    const retry = await recordGuidance(official, candidate.id, input, { now });
    const ids = [...results, retry].map((result) => (result.ok ? result.value.id : JSON.stringify(result)));
    expect(new Set(ids).size, `answers: ${ids.join(", ")}`).toBe(1);
    expect((await rowCounts()).guidance - before.guidance).toBe(1);
  });

  it("schedules one outreach event when the same form arrives three times at once", async () => {
    const { office, staff } = await createKanim(["63.10"]);
    const officer = await createOfficer(office.id);
    const input = {
      villageCode: await pickVillage("63.10"),
      type: "OUTREACH",
      title: "Sosialisasi TPPO dan paspor",
      startsAt: "2026-12-03T09:00",
      endsAt: "2026-12-03T12:00",
      location: "Balai Desa",
      officerIds: [officer.id],
      isPublic: "on",
      idempotencyKey: newIdempotencyKey(),
    } as const;
    const events = await Promise.all([1, 2, 3].map(() => scheduleEvent(staff, { ...input, officerIds: [...input.officerIds] })));
    expect(new Set(events.map((event) => valueOf(event).id)).size).toBe(1);
    expect(await db.outreachEvent.count({ where: { officeId: office.id } })).toBe(1);
  });

  it("still creates separate records for separate forms", async () => {
    const before = await rowCounts();
    await registerCandidate(official, candidateInput({ idempotencyKey: newIdempotencyKey() }), { now });
    await registerCandidate(official, candidateInput({ idempotencyKey: newIdempotencyKey() }), { now });
    expect((await rowCounts()).candidates - before.candidates).toBe(2);
  });
});
