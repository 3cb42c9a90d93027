import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { refreshRiskFlagsFor, refreshTimeSensitiveRiskFlags } from "@/lib/candidates/commands";
import { composeNik } from "@/lib/identity/nik";
import type { Actor } from "@/lib/platform/auth/policy";
import { createActor, createOffice, pickVillage } from "../support/factories/base";
import { createCandidate } from "../support/factories/candidates";

const registeredAt = { now: new Date("2026-11-28T02:00:00Z") };
let official: Actor;
let neighbour: Actor;

beforeAll(async () => {
  await createOffice(["63.02"]);
  official = await createActor("VILLAGE_OFFICIAL", { villageCode: await pickVillage("63.02") });
  neighbour = await createActor("VILLAGE_OFFICIAL", { villageCode: await pickVillage("63.02") });
});

describe("refreshTimeSensitiveRiskFlags", () => {
  it("raises missing documents as departure nears and clears under-18 on the birthday, keeping a data mismatch", async () => {
    const nearing = await createCandidate(official, { plannedDeparture: "2027-01-20" }, registeredAt);
    const minor = await createCandidate(
      official,
      { birthDate: "2008-12-10", consentMethod: "PARENTAL_WRITTEN", consentGuardianName: "Ibu Halimah" },
      registeredAt,
    );
    const mismatched = await createCandidate(
      official,
      { nik: composeNik("630215", new Date("1990-01-01T00:00:00Z"), "FEMALE", 4321), birthDate: "1990-01-02", plannedDeparture: "2027-06-01" },
      registeredAt,
    );
    expect(nearing.riskFlags).toEqual([]);
    expect(minor.riskFlags).toEqual(["UNDER_18"]);
    expect(mismatched.riskFlags).toEqual(["DATA_MISMATCH"]);

    // 25 December 2026, morning in Kotabaru: 26 days before departure, 15 days after the 18th birthday.
    const later = { now: new Date("2026-12-25T01:00:00Z") };
    expect(await refreshRiskFlagsFor(neighbour, later)).toBe(0);
    expect(await refreshRiskFlagsFor(official, later)).toBe(2);
    const after = await db.candidate.findMany({ where: { id: { in: [nearing.id, minor.id, mismatched.id] } } });
    const flags = Object.fromEntries(after.map((c) => [c.id, c.riskFlags]));
    expect(flags[nearing.id]).toEqual(["MISSING_DOCUMENTS"]);
    expect(flags[minor.id]).toEqual([]);
    expect(flags[mismatched.id]).toEqual(["DATA_MISMATCH"]);
    expect(after.find((c) => c.id === nearing.id)?.version).toBe(1);
    expect(await db.auditLog.count({ where: { action: "candidate.riskRefresh", entityId: nearing.id } })).toBe(1);
    expect(await refreshTimeSensitiveRiskFlags({}, later)).toBe(0);
  });
});
