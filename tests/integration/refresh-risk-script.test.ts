import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { GENDANG_TIMBURU, createActor } from "../support/factories/base";
import { createCandidate, seedMoratorium } from "../support/factories/candidates";

// The daily job: a departure that has come within 30 days raises MISSING_DOCUMENTS without anyone editing.
describe("npm run candidates:refresh-risk", () => {
  it("recomputes the time-sensitive flags of every village, and a second run changes nothing", { timeout: 90_000 }, async () => {
    await seedMoratorium([]);
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: GENDANG_TIMBURU });
    const candidate = await createCandidate(official, { placementChannel: "P3MI", agencyName: "PT Resmi" });
    const soon = new Date(Date.now() + 5 * 86_400_000);
    await db.candidate.update({
      where: { id: candidate.id },
      data: { plannedDeparture: new Date(Date.UTC(soon.getUTCFullYear(), soon.getUTCMonth(), soon.getUTCDate())), riskFlags: [], riskCount: 0 },
    });

    const run = () =>
      promisify(execFile)("npx", ["tsx", "--conditions=react-server", "scripts/refresh-risk-flags.ts"], { env: process.env });
    expect((await run()).stdout).toMatch(/1 record\(s\) with changed risk flags/);
    const after = await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } });
    expect(after.riskFlags).toContain("MISSING_DOCUMENTS");
    expect((await run()).stdout).toMatch(/0 record\(s\) with changed risk flags/);
  });
});
