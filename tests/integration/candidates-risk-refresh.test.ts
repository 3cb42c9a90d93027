import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { refreshRiskFlagsFor, refreshTimeSensitiveRiskFlags } from "@/lib/candidates/commands";
import { composeNik } from "@/lib/identity/nik";
import { RISK_RULES_VERSION } from "@/lib/candidates/risk";
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

  it("re-flags records computed with older rules, one audit entry per record whose flags change", async () => {
    // A domestic worker promised "all costs covered" (the old rules flagged it; in a zero-cost job it is the
    // norm), one with a salary-deduction loan (the old rules missed it), and one whose flags stay the same.
    const covered = await createCandidate(official, { jobSector: "DOMESTIC_WORKER", feeArrangement: "ALL_COSTS_COVERED" }, registeredAt);
    const loan = await createCandidate(official, { jobSector: "DOMESTIC_WORKER", feeArrangement: "SALARY_DEDUCTION" }, registeredAt);
    const unchanged = await createCandidate(official, { recruitmentSource: "BROKER" }, registeredAt);
    expect(covered.riskFlags).toEqual([]);
    expect(loan.riskFlags).toEqual(["SALARY_DEDUCTION_LOAN"]);
    expect((await db.candidate.findUniqueOrThrow({ where: { id: covered.id } })).riskRulesVersion).toBe(RISK_RULES_VERSION);
    // As the migration leaves the records stored before it: version 1, the old rules' flags.
    await db.candidate.update({ where: { id: covered.id }, data: { riskRulesVersion: 1, riskFlags: ["ALL_COSTS_COVERED"], riskCount: 1 } });
    await db.candidate.update({ where: { id: loan.id }, data: { riskRulesVersion: 1, riskFlags: [], riskCount: 0 } });
    await db.candidate.update({ where: { id: unchanged.id }, data: { riskRulesVersion: 1 } });

    const auditsBefore = await db.auditLog.count({ where: { action: "candidate.riskRefresh" } });
    expect(await refreshTimeSensitiveRiskFlags({ id: { in: [covered.id, loan.id, unchanged.id] } }, registeredAt)).toBe(2);
    const after = Object.fromEntries(
      (await db.candidate.findMany({ where: { id: { in: [covered.id, loan.id, unchanged.id] } } })).map((c) => [c.id, c]),
    );
    expect(after[covered.id].riskFlags).toEqual([]);
    expect(after[covered.id].riskCount).toBe(0);
    expect(after[loan.id].riskFlags).toEqual(["SALARY_DEDUCTION_LOAN"]);
    expect(after[unchanged.id].riskFlags).toEqual(["INFORMAL_RECRUITER"]);
    for (const c of Object.values(after)) expect(c.riskRulesVersion).toBe(RISK_RULES_VERSION);
    expect(await db.auditLog.count({ where: { action: "candidate.riskRefresh" } })).toBe(auditsBefore + 2);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "candidate.riskRefresh", entityId: covered.id } });
    expect(entry.changes).toEqual({ riskFlags: { from: ["ALL_COSTS_COVERED"], to: [] } });
    expect(await db.auditLog.count({ where: { action: "candidate.riskRefresh", entityId: unchanged.id } })).toBe(0);
    // A second run finds nothing left to do.
    expect(await refreshTimeSensitiveRiskFlags({ id: { in: [covered.id, loan.id, unchanged.id] } }, registeredAt)).toBe(0);
  });
});
