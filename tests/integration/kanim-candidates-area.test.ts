import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { addCandidateNote, listCandidateNotes, listFlaggedQueue } from "@/lib/candidates/area";
import { listCandidates } from "@/lib/candidates/queries";
import { MADIUN_VILLAGE, createActor, pickVillage } from "../support/factories/base";
import { createCandidateRow, createKanim } from "../support/factories/kanim";
import { notFoundResult, valueOf } from "../support/results";

const today = new Date("2026-11-28");

describe("CPMI across the working area", () => {
  it("queues flagged CPMI of the area by departure date, soonest first, unknown last, past left out", async () => {
    const { staff } = await createKanim(["63.02"]);
    const village = await pickVillage("63.02");
    const late = await createCandidateRow(village, { riskFlags: ["UPFRONT_FEE"], plannedDeparture: new Date("2027-03-01") });
    const soon = await createCandidateRow(village, { riskFlags: ["NON_WORK_VISA", "BOGUS"], plannedDeparture: new Date("2026-12-05") });
    const unknown = await createCandidateRow(village, { riskFlags: ["UNDER_18"] });
    await createCandidateRow(village, { riskFlags: ["UPFRONT_FEE"], plannedDeparture: new Date("2026-10-01") });
    await createCandidateRow(village, { plannedDeparture: new Date("2026-12-01") });
    await createCandidateRow(MADIUN_VILLAGE, { riskFlags: ["UPFRONT_FEE"], plannedDeparture: new Date("2026-12-02") });
    const restricted = await createCandidateRow(village, { riskFlags: ["UPFRONT_FEE"], plannedDeparture: new Date("2026-12-03") });
    await db.candidate.update({ where: { id: restricted.id }, data: { restrictedAt: new Date() } });

    const queue = await listFlaggedQueue(staff, { today });
    expect(queue.rows.map((r) => r.id)).toEqual([soon.id, late.id, unknown.id]);
    expect(queue.total).toBe(3);
    expect(queue.rows[0].riskFlags).toEqual(["NON_WORK_VISA"]);

    const { staff: other } = await createKanim(["35.19"]);
    expect((await listFlaggedQueue(other, { today })).rows.map((r) => r.villageCode)).toEqual([MADIUN_VILLAGE]);
    // The village engineer's register serves the office its whole area too.
    const list = await listCandidates(staff, { page: 1, flagged: true });
    expect(list.items.every((c) => c.villageCode.startsWith("63.02."))).toBe(true);
  });

  it("adds status notes on a CPMI of the area only, audited", async () => {
    const { staff } = await createKanim(["63.02"]);
    const candidate = await createCandidateRow(await pickVillage("63.02"));
    const note = valueOf(await addCandidateNote(staff, candidate.id, { body: "Sudah dihubungi, akan datang ke kantor Senin." }));
    const notes = await listCandidateNotes(staff, candidate.id);
    expect(notes).toEqual([expect.objectContaining({ id: note.id, authorName: staff.name })]);
    expect(await db.auditLog.count({ where: { action: "candidateNote.create", entityId: note.id } })).toBe(1);

    expect(await addCandidateNote(staff, candidate.id, { body: " " })).toEqual({ ok: false, reason: "invalid", fieldErrors: { body: { key: "candidateNote.note.required" } } });
    const { staff: other } = await createKanim(["35.19"]);
    expect(await addCandidateNote(other, candidate.id, { body: "bukan wilayah kami" })).toEqual(notFoundResult);
    await expect(listCandidateNotes(other, candidate.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: candidate.villageCode });
    expect(await addCandidateNote(official, candidate.id, { body: "catatan desa" })).toEqual(notFoundResult);
    expect(await db.candidateNote.count({ where: { candidateId: candidate.id } })).toBe(1);
  });
});
