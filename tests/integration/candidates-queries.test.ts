import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { candidateFiltersSchema } from "@/lib/candidates/schema";
import {
  getCandidateDetail,
  getCandidateForEdit,
  getCandidateTimeline,
  getVillageSummary,
  findCandidateIdByNik,
  isFullNik,
  listCandidates,
  listFollowUpsDue,
} from "@/lib/candidates/queries";
import { changePassportStatus, recordGuidance, updateCandidate } from "@/lib/candidates/commands";
import type { Actor } from "@/lib/platform/auth/policy";
import { NotFoundError } from "@/lib/platform/errors";
import { MADIUN_VILLAGE, createActor, createOffice, pickVillage } from "../support/factories/base";
import { candidateInput, createCandidate } from "../support/factories/candidates";

const now = new Date("2026-11-28T02:00:00Z");
const options = { now };
const filters = (raw: Record<string, string> = {}) => candidateFiltersSchema.parse(raw);

let official: Actor;
let stranger: Actor;
let staff: Actor;
let otherStaff: Actor;

beforeAll(async () => {
  const office = await createOffice(["63.02"]);
  const other = await createOffice(["35.19"]);
  official = await createActor("VILLAGE_OFFICIAL", { villageCode: await pickVillage("63.02") });
  stranger = await createActor("VILLAGE_OFFICIAL", { villageCode: await pickVillage("63.02") });
  staff = await createActor("OFFICE_STAFF", { officeId: office.id });
  otherStaff = await createActor("OFFICE_STAFF", { officeId: other.id });
});

describe("listCandidates", () => {
  it("pages, filters and keeps to the actor's village, showing the NIK masked", async () => {
    const mine = [];
    for (let i = 0; i < 21; i++) mine.push(await createCandidate(official, { name: `Calon Nomor ${i}` }, options));
    const flagged = await createCandidate(official, { name: "Dewi Lestari", destinationCountry: "SG", placementChannel: "UNKNOWN", agencyName: "", plannedDeparture: "2027-02-10" }, options);
    const foreign = await createCandidate(stranger, { name: "Dewi Lestari" }, options);

    const first = await listCandidates(official, filters());
    expect(first.total).toBe(22);
    expect(first.items).toHaveLength(20);
    expect(first.pages).toBe(2);
    expect((await listCandidates(official, filters({ page: "2" }))).items).toHaveLength(2);
    expect(first.items.map((c) => c.id)).not.toContain(foreign.id);
    expect(first.items[0].nikMasked).toMatch(/^\d{4}•{8}\d{4}$/);
    expect(Object.keys(first.items[0])).not.toContain("nikEncrypted");

    expect((await listCandidates(official, filters({ flagged: "1" }))).items.map((c) => c.id)).toEqual([flagged.id]);
    expect((await listCandidates(official, filters({ destination: "SG" }))).items.map((c) => c.id)).toEqual([flagged.id]);
    expect((await listCandidates(official, filters({ channel: "UNKNOWN" }))).items.map((c) => c.id)).toEqual([flagged.id]);
    expect((await listCandidates(official, filters({ departureMonth: "2027-02" }))).items.map((c) => c.id)).toEqual([flagged.id]);
    expect((await listCandidates(official, filters({ departureMonth: "2027-03" }))).total).toBe(0);
    await changePassportStatus(official, mine[0].id, { toStatus: "PLANNED", effectiveOn: "2026-11-20", version: "1" }, options);
    expect((await listCandidates(official, filters({ passportStatus: "PLANNED" }))).items.map((c) => c.id)).toEqual([mine[0].id]);
  }, 120_000);

  it("finds a misspelt name, and takes % and _ literally", async () => {
    const rahma = await createCandidate(official, { name: "Rahmawati Nurhaliza" }, options);
    await createCandidate(official, { name: "Budi Santoso" }, options);
    const found = await listCandidates(official, filters({ q: "Rahmawaty Nurhaliza" }));
    expect(found.items[0]?.id).toBe(rahma.id);
    expect((await listCandidates(official, filters({ q: "rahmawti" }))).items.map((c) => c.id)).toContain(rahma.id);
    expect((await listCandidates(official, filters({ q: "%" }))).total).toBe(0);
    expect((await listCandidates(official, filters({ q: "_____" }))).total).toBe(0);
    expect((await listCandidates(stranger, filters({ q: "Rahmawati Nurhaliza" }))).total).toBe(0);
  });

  it("finds a full NIK exactly through the posted NIK search, never a partial one, and never from the register's GET query", async () => {
    const input = candidateInput({ name: "Yuliana" });
    const { registerCandidate } = await import("@/lib/candidates/commands");
    const result = await registerCandidate(official, input, options);
    if (!result.ok) throw new Error("setup");
    const nik = input.nik as string;
    expect(await findCandidateIdByNik(official, nik)).toBe(result.value.id);
    expect(await findCandidateIdByNik(official, `${nik.slice(0, 4)} ${nik.slice(4, 8)} ${nik.slice(8, 12)} ${nik.slice(12)}`)).toBe(result.value.id);
    expect(await findCandidateIdByNik(official, nik.slice(0, 10))).toBeNull();
    expect(await findCandidateIdByNik(stranger, nik)).toBeNull();
    // The register's search is a GET form: a NIK typed there is not searched (it would sit in the URL).
    expect((await listCandidates(official, filters({ q: nik }))).total).toBe(0);
    expect(isFullNik(nik)).toBe(true);
  });

  it("gives office staff the villages of their area only", async () => {
    const candidate = await createCandidate(official, { name: "Kartini Area" }, options);
    expect((await listCandidates(staff, filters({ q: "Kartini Area" }))).items.map((c) => c.id)).toEqual([candidate.id]);
    expect((await listCandidates(otherStaff, filters({ q: "Kartini Area" }))).total).toBe(0);
    const madiun = await createActor("VILLAGE_OFFICIAL", { villageCode: MADIUN_VILLAGE });
    expect((await listCandidates(madiun, filters())).total).toBe(0);
  });
});

describe("detail, edit values and timeline", () => {
  it("decrypts the full NIK only when asked and allowed", async () => {
    const input = candidateInput({ name: "Nur Aini" });
    const { registerCandidate } = await import("@/lib/candidates/commands");
    const result = await registerCandidate(official, input, options);
    if (!result.ok) throw new Error("setup");
    const plain = await getCandidateDetail(official, result.value.id);
    expect(plain.fullNik).toBeNull();
    expect(JSON.stringify(plain)).not.toContain(input.nik as string);
    expect((await getCandidateDetail(official, result.value.id, { revealNik: true })).fullNik).toBe(input.nik);
    await expect(getCandidateDetail(stranger, result.value.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCandidateDetail(otherStaff, result.value.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCandidateForEdit(staff, result.value.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("gives edit values that save back unchanged", async () => {
    const candidate = await createCandidate(official, {}, options);
    const edit = await getCandidateForEdit(official, candidate.id);
    const result = await updateCandidate(official, candidate.id, edit.values, options);
    expect(result).toEqual({ ok: true, value: { id: candidate.id, version: 2 } });
    const after = await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } });
    expect({ ...after, version: 1, updatedAt: null }).toEqual({ ...candidate, updatedAt: null });
  });

  it("tells the story: guidance, status changes and risk flags", async () => {
    const candidate = await createCandidate(official, {}, options);
    await recordGuidance(official, candidate.id, { sessionDate: "2026-11-25", topics: ["M_PASPOR"], followUpDate: "2026-11-30" }, options);
    await changePassportStatus(official, candidate.id, { toStatus: "APPLIED_M_PASPOR", effectiveOn: "2026-11-26", version: "1" }, options);
    const values = (await getCandidateForEdit(official, candidate.id)).values;
    await updateCandidate(official, candidate.id, { ...values, plannedVisa: "TOURIST" }, options);
    const timeline = await getCandidateTimeline(official, candidate.id);
    expect(timeline.map((e) => e.kind)).toEqual(["risk", "status", "guidance"]);
    expect(timeline[0]).toMatchObject({ kind: "risk", added: ["NON_WORK_VISA"], removed: [] });
    await expect(getCandidateTimeline(stranger, candidate.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("workspace home", () => {
  it("counts by passport status, flagged, follow-ups due and the next visit", async () => {
    const village = await pickVillage("63.02");
    const me = await createActor("VILLAGE_OFFICIAL", { villageCode: village });
    const a = await createCandidate(me, {}, options);
    await createCandidate(me, { feeArrangement: "UPFRONT_FEE" }, options);
    await changePassportStatus(me, a.id, { toStatus: "PLANNED", effectiveOn: "2026-11-20", version: "1" }, options);
    await recordGuidance(me, a.id, { sessionDate: "2026-11-20", topics: ["DOCUMENTS"], followUpDate: "2026-11-27" }, options);
    await recordGuidance(me, a.id, { sessionDate: "2026-11-20", topics: ["DOCUMENTS"], followUpDate: "2026-12-31" }, options);
    const office = await db.regency.findUniqueOrThrow({ where: { code: "63.02" }, select: { officeId: true } });
    await db.outreachEvent.create({
      data: {
        officeId: office.officeId!,
        villageCode: village,
        type: "OUTREACH",
        title: "Sosialisasi paspor",
        startsAt: new Date("2026-12-03T01:00:00Z"),
        endsAt: new Date("2026-12-03T04:00:00Z"),
        location: "Balai desa",
      },
    });
    const summary = await getVillageSummary(me, options);
    expect(summary.total).toBe(2);
    expect(summary.byStatus).toEqual({ NONE: 1, PLANNED: 1 });
    expect(summary.flagged).toBe(1);
    expect(summary.followUpsDue).toBe(1);
    expect(summary.followUps[0]).toMatchObject({ candidateId: a.id, overdue: true });
    expect(summary.nextVisit?.title).toBe("Sosialisasi paspor");
    expect((await listFollowUpsDue(stranger, options)).map((f) => f.candidateId)).not.toContain(a.id);
  });
});
