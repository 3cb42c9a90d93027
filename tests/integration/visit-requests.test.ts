import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { createVisitRequest } from "@/lib/visit-requests/commands";
import { listVisitRequests } from "@/lib/visit-requests/queries";
import type { Actor } from "@/lib/platform/auth/policy";
import { createActor, createOffice, pickVillage } from "../support/factories/base";
import { notFoundResult } from "../support/results";

const now = new Date("2026-11-28T02:00:00Z");
const options = { now };
const valid = { topic: "Sosialisasi M-Paspor dan bahaya calo", preferredFrom: "2026-12-08", preferredTo: "2026-12-12", expectedParticipants: "40" };

let official: Actor;
let neighbour: Actor;
let officeId: string;

beforeAll(async () => {
  officeId = (await createOffice(["63.02"])).id;
  official = await createActor("VILLAGE_OFFICIAL", { villageCode: await pickVillage("63.02") });
  neighbour = await createActor("VILLAGE_OFFICIAL", { villageCode: await pickVillage("63.02") });
});

const counts = async () => ({ requests: await db.visitRequest.count(), audits: await db.auditLog.count() });

describe("createVisitRequest", () => {
  it("sends the request to the office whose working area holds the village, pending", async () => {
    const result = await createVisitRequest(official, valid, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await db.visitRequest.findUniqueOrThrow({ where: { id: result.value.id } });
    expect(stored).toMatchObject({ officeId, villageCode: official.villageCode, status: "PENDING", expectedParticipants: 40, requestedById: official.id });
    const list = await listVisitRequests(official);
    expect(list.map((r) => r.id)).toContain(stored.id);
    expect((await listVisitRequests(neighbour)).map((r) => r.id)).not.toContain(stored.id);
    expect(await db.auditLog.count({ where: { entity: "VisitRequest", entityId: stored.id } })).toBe(1);
  });

  it.each([
    [{ topic: "" }, "topic", "visit.topic.required"],
    [{ preferredFrom: "2026-11-27" }, "preferredFrom", "visit.preferredFrom.past"],
    [{ preferredTo: "2026-12-01" }, "preferredTo", "visit.preferredTo.beforeFrom"],
    [{ preferredFrom: "besok" }, "preferredFrom", "visit.preferredFrom.invalid"],
    [{ expectedParticipants: "0" }, "expectedParticipants", "visit.expectedParticipants.invalid"],
    [{ expectedParticipants: "banyak" }, "expectedParticipants", "visit.expectedParticipants.invalid"],
  ])("refuses %o and writes nothing", async (overrides, field, key) => {
    const before = await counts();
    const result = await createVisitRequest(official, { ...valid, ...overrides }, options);
    expect(result).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { [field]: { key } } });
    expect(await counts()).toEqual(before);
  });

  it("refuses when no office covers the village", async () => {
    const lonely = await createActor("VILLAGE_OFFICIAL", { villageCode: await pickVillage("35.19") });
    await db.regency.update({ where: { code: "35.19" }, data: { officeId: null } });
    const before = await counts();
    expect(await createVisitRequest(lonely, valid, options)).toEqual({ ok: false, reason: "conflict", message: { key: "visit.noOffice" } });
    expect(await counts()).toEqual(before);
  });

  it("is not for office staff", async () => {
    const staff = await createActor("OFFICE_STAFF", { officeId });
    expect(await createVisitRequest(staff, valid, options)).toEqual(notFoundResult);
  });
});
