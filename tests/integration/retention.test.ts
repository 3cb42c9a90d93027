import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db/client";
import { countDueForRetention, getRetentionPolicy, runRetention, updateRetentionPolicy } from "@/lib/privacy/retention";
import { DEFAULT_RETENTION } from "@/lib/privacy/retention-schema";
import { recordSubjectRequest } from "@/lib/privacy/subject-requests/commands";
import { createActor, createOffice } from "../support/factories/base";
import { createCandidateRecord } from "../support/factories/privacy";
import { notFoundResult, valueOf } from "../support/results";

// Real-database tests on two shared cores (and PGlite without DATABASE_URL) need more than the 5 s default.
vi.setConfig({ testTimeout: 30_000 });

const NOW = new Date("2026-11-28T03:00:00Z");
const monthsAgo = (months: number, extraDays = 0) =>
  new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth() - months, NOW.getUTCDate() - extraDays));

describe("retention", () => {
  it("anonymises only the records whose period has run out, and a second run changes nothing", async () => {
    expect(await getRetentionPolicy()).toEqual(DEFAULT_RETENTION);
    const recent = { updatedAt: monthsAgo(1), createdAt: monthsAgo(1) };
    const departedLongAgo = await createCandidateRecord({ ...recent, plannedDeparture: monthsAgo(24, 1) });
    const departedRecently = await createCandidateRecord({ ...recent, plannedDeparture: monthsAgo(23) });
    const neverDeparts = await createCandidateRecord(recent);
    const inactive = await createCandidateRecord({ updatedAt: monthsAgo(36, 2), createdAt: monthsAgo(40) });
    const inactiveButGuided = await createCandidateRecord({ updatedAt: monthsAgo(37), createdAt: monthsAgo(40) });
    await db.guidanceRecord.create({
      data: { candidateId: inactiveButGuided.candidate.id, sessionDate: monthsAgo(2), topics: ["DOCUMENTS"], createdAt: monthsAgo(2) },
    });
    const waitingOnRequest = await createCandidateRecord({ updatedAt: monthsAgo(37), createdAt: monthsAgo(40) });
    const office = await createOffice(["63.02"]);
    const staff = await createActor("OFFICE_STAFF", { officeId: office.id });
    valueOf(await recordSubjectRequest(staff, { nik: waitingOnRequest.nik, type: "ACCESS", channel: "LETTER", receivedAt: "2026-11-27T09:00" }, { now: NOW }));
    // recordSubjectRequest does not touch the candidate: its clock still says 37 months.
    expect(await countDueForRetention(NOW)).toBe(2);

    const first = await runRetention({ now: NOW, batchSize: 1 });
    expect(first.anonymised).toBe(2);
    const state = async (p: { candidate: { id: string } }) =>
      (await db.candidate.findUniqueOrThrow({ where: { id: p.candidate.id } })).anonymisedAt != null;
    expect(await state(departedLongAgo)).toBe(true);
    expect(await state(inactive)).toBe(true);
    for (const kept of [departedRecently, neverDeparts, inactiveButGuided, waitingOnRequest]) expect(await state(kept)).toBe(false);
    const erased = await db.candidate.findUniqueOrThrow({ where: { id: inactive.candidate.id } });
    expect(erased).toMatchObject({ name: "[dihapus]", phoneEncrypted: null, addressLine: null, nikMasked: "••••" });

    const auditCount = await db.auditLog.count({ where: { action: "RETENTION_ANONYMISED" } });
    expect(auditCount).toBe(2);
    expect(await runRetention({ now: NOW })).toMatchObject({ anonymised: 0 });
    expect(await db.auditLog.count({ where: { action: "RETENTION_ANONYMISED" } })).toBe(auditCount);
    expect((await db.candidate.findUniqueOrThrow({ where: { id: inactive.candidate.id } })).nikHash).toBe(erased.nikHash);

    // A shorter period, set by an administrator, makes the recently departed record due.
    const admin = await createActor("ADMIN");
    valueOf(await updateRetentionPolicy(admin, { monthsAfterDeparture: 12, monthsOfInactivity: 36 }));
    expect(await runRetention({ now: NOW })).toMatchObject({ anonymised: 1, policy: { monthsAfterDeparture: 12 } });
    expect(await state(departedRecently)).toBe(true);
    expect(await state(neverDeparts)).toBe(false);
  });

  it("lets only administrators change the periods, within sane bounds", async () => {
    const office = await createOffice(["63.02"]);
    const staff = await createActor("OFFICE_STAFF", { officeId: office.id });
    const before = await getRetentionPolicy();
    expect(await updateRetentionPolicy(staff, { monthsAfterDeparture: 1, monthsOfInactivity: 1 })).toEqual(notFoundResult);
    const admin = await createActor("ADMIN");
    expect(await updateRetentionPolicy(admin, { monthsAfterDeparture: 0, monthsOfInactivity: 36 })).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { monthsAfterDeparture: { key: "privacy.retention.months" } },
    });
    expect(await getRetentionPolicy()).toEqual(before);
  });
});
