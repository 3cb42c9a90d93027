import { describe, expect, it, vi } from "vitest";
import { isAppError } from "@/lib/platform/errors";
import { accessHistoryForSubject, listAccessRecords, recordCandidateAccess } from "@/lib/privacy/access-records";
import { getCandidateDetail } from "@/lib/candidates/queries";
import { db } from "@/lib/platform/db/client";
import { GENDANG_TIMBURU, createActor, createOffice } from "../support/factories/base";
import { createCandidate } from "../support/factories/candidates";
import { createCandidateRecord } from "../support/factories/privacy";

// Real-database tests on two shared cores (and PGlite without DATABASE_URL) need more than the 5 s default.
vi.setConfig({ testTimeout: 30_000 });

describe("access records", () => {
  it("records who saw whose record, when and why; admins read them, nobody else does", async () => {
    const office = await createOffice(["63.02"]);
    const staff = await createActor("OFFICE_STAFF", { officeId: office.id });
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: GENDANG_TIMBURU });
    const admin = await createActor("ADMIN");
    const { candidate, nik } = await createCandidateRecord();
    await recordCandidateAccess(official, candidate.id, "VIEW_DETAIL", "CASE_HANDLING");
    await recordCandidateAccess(staff, candidate.id, "VIEW_FULL_NIK", "VERIFICATION");

    const all = await listAccessRecords(admin, { candidateId: candidate.id });
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => [r.kind, r.purpose, r.actor?.name])).toEqual([
      ["VIEW_FULL_NIK", "VERIFICATION", staff.name],
      ["VIEW_DETAIL", "CASE_HANDLING", official.name],
    ]);
    expect(all.rows[0].candidate?.nikMasked).toBe(candidate.nikMasked);
    expect(JSON.stringify(all.rows, (_, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain(nik);
    expect((await listAccessRecords(admin, { actorId: staff.id })).rows.map((r) => r.kind)).toEqual(["VIEW_FULL_NIK"]);
    expect((await listAccessRecords(admin, { kind: "VIEW_DETAIL", candidateId: candidate.id })).total).toBe(1);

    for (const actor of [staff, official]) {
      await expect(listAccessRecords(actor)).rejects.toSatisfy((e) => isAppError(e, "NOT_FOUND"));
    }

    // What the data subject receives: roles, not names.
    const history = await accessHistoryForSubject(candidate.id);
    expect(history.map((h) => [h.kind, h.purpose, h.actorRole])).toEqual([
      ["VIEW_DETAIL", "CASE_HANDLING", "VILLAGE_OFFICIAL"],
      ["VIEW_FULL_NIK", "VERIFICATION", "OFFICE_STAFF"],
    ]);
    expect(JSON.stringify(history)).not.toContain(staff.id);
  });

  it("is written by the CPMI detail page: a view, or a full-NIK view with its purpose", async () => {
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: GENDANG_TIMBURU });
    const candidate = await createCandidate(official);
    await getCandidateDetail(official, candidate.id);
    const revealed = await getCandidateDetail(official, candidate.id, { revealNik: true, purpose: "VERIFICATION" });
    expect(revealed.fullNik).toMatch(/^\d{16}$/);
    const records = await db.accessRecord.findMany({ where: { candidateId: candidate.id }, orderBy: { id: "asc" } });
    expect(records.map((r) => [r.actorId, r.kind, r.purpose])).toEqual([
      [official.id, "VIEW_DETAIL", "CASE_HANDLING"],
      [official.id, "VIEW_FULL_NIK", "VERIFICATION"],
    ]);
  });
});
