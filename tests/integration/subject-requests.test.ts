import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db/client";
import type { Actor } from "@/lib/platform/auth/policy";
import { isAppError } from "@/lib/platform/errors";
import { keyedHash } from "@/lib/platform/crypto/fields";
import { nikLookupHashes } from "@/lib/identity/seal";
import {
  completeCopyRequest,
  correctSubjectData,
  eraseSubjectData,
  liftRestriction,
  recordSubjectRequest,
  rejectSubjectRequest,
  restrictProcessing,
  stopProcessing,
} from "@/lib/privacy/subject-requests/commands";
import { getSubjectRequest, listSubjectRequests } from "@/lib/privacy/subject-requests/queries";
import { getSubjectCopy } from "@/lib/privacy/subject-requests/copy";
import { requestFiltersSchema, type SubjectRequestType } from "@/lib/privacy/subject-requests/schema";
import { recordCandidateAccess } from "@/lib/privacy/access-records";
import { BULUH_KUNING, GENDANG_TIMBURU, MADIUN_VILLAGE, createActor, createOffice } from "../support/factories/base";
import { createCandidateRecord, fakeNik } from "../support/factories/privacy";
import { findClearIdentifiers } from "../support/privacy-scan";
import { notFoundResult, valueOf } from "../support/results";
import { createCandidate } from "../support/factories/candidates";
import { getCandidateForEdit } from "@/lib/candidates/queries";
import { updateCandidate } from "@/lib/candidates/commands";

// Real-database tests on two shared cores (and PGlite without DATABASE_URL) need more than the 5 s default.
vi.setConfig({ testTimeout: 30_000 });

let staff: Actor;
let official: Actor;
let admin: Actor;
let outsiderStaff: Actor;
let otherVillageOfficial: Actor;

beforeAll(async () => {
  const office = await createOffice(["63.02"]);
  const madiun = await createOffice(["35.19"]);
  staff = await createActor("OFFICE_STAFF", { officeId: office.id });
  official = await createActor("VILLAGE_OFFICIAL", { villageCode: GENDANG_TIMBURU });
  admin = await createActor("ADMIN");
  outsiderStaff = await createActor("OFFICE_STAFF", { officeId: madiun.id });
  otherVillageOfficial = await createActor("VILLAGE_OFFICIAL", { villageCode: BULUH_KUNING });
});

const filters = (input: Record<string, unknown> = {}) => requestFiltersSchema.parse(input);
const notFound = (error: unknown) => isAppError(error, "NOT_FOUND");

async function requestFor(type: SubjectRequestType, actor: Actor = official, options: { receivedAt?: string } = {}) {
  const person = await createCandidateRecord({ name: `Subjek ${type}` });
  const request = valueOf(
    await recordSubjectRequest(actor, {
      nik: person.nik,
      type,
      channel: "VILLAGE_IN_PERSON",
      receivedAt: options.receivedAt ?? "2026-11-20T09:00",
      details: "Diajukan langsung di kantor desa",
    }),
  );
  return { ...person, request };
}

describe("recording a request", () => {
  it("reads the time in the office's zone and sets the 3×24 h due date where the law sets one", async () => {
    const { request } = await requestFor("RESTRICTION");
    // 09:00 WITA (the Batulicin office's zone) is 01:00 UTC.
    expect(request.receivedAt.toISOString()).toBe("2026-11-20T01:00:00.000Z");
    expect(request.dueAt?.toISOString()).toBe("2026-11-23T01:00:00.000Z");
    for (const type of ["ACCESS", "CORRECTION", "STOP_PROCESSING"] as const) {
      expect((await requestFor(type)).request.dueAt?.toISOString()).toBe("2026-11-23T01:00:00.000Z");
    }
    expect((await requestFor("ERASURE")).request.dueAt).toBeNull();
    expect((await requestFor("COPY")).request.dueAt).toBeNull();
    const audit = await db.auditLog.findFirst({ where: { entityId: request.id, action: "SUBJECT_REQUEST_RECORDED" } });
    expect(JSON.stringify(audit?.changes)).not.toContain("Diajukan");
  });

  it("refuses a future receipt time and a person outside the actor's scope, writing nothing", async () => {
    const { nik } = await createCandidateRecord();
    const before = await db.dataSubjectRequest.count();
    const future = await recordSubjectRequest(official, {
      nik,
      type: "ACCESS",
      channel: "LETTER",
      receivedAt: "2099-01-01T08:00",
    });
    expect(future).toEqual({ ok: false, reason: "invalid", fieldErrors: { receivedAt: { key: "privacy.request.receivedAt.future" } } });
    for (const actor of [outsiderStaff, otherVillageOfficial]) {
      const refused = await recordSubjectRequest(actor, { nik, type: "ACCESS", channel: "LETTER", receivedAt: "2026-11-20T08:00" });
      expect(refused).toEqual({ ok: false, reason: "invalid", fieldErrors: { nik: { key: "privacy.request.nik.notFound" } } });
    }
    expect(await recordSubjectRequest(official, { nik: "123", type: "ACCESS", channel: "LETTER", receivedAt: "2026-11-20T08:00" })).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { nik: { key: "identity.nik.length" } },
    });
    expect(await db.dataSubjectRequest.count()).toBe(before);
  });
});

describe("the queue", () => {
  it("puts overdue requests first and flags them, within the actor's scope only", async () => {
    const overdue = await requestFor("ACCESS", staff, { receivedAt: "2026-11-01T08:00" });
    const now = new Date("2026-11-10T00:00:00Z");
    const list = await listSubjectRequests(staff, filters(), now);
    expect(list.overdue).toBeGreaterThanOrEqual(1);
    expect(list.rows[0]).toMatchObject({ id: overdue.request.id, overdue: true, villageName: "Gendang Timburu" });
    expect(list.rows[0].subject?.nikMasked).toMatch(/^\d{4}•{8}\d{4}$/);
    expect(JSON.stringify(list)).not.toContain(overdue.nik);
    expect(list.rows.some((r) => r.dueAt === null)).toBe(true);
    expect(list.rows.findIndex((r) => r.dueAt === null)).toBeGreaterThan(list.rows.findLastIndex((r) => r.dueAt !== null));

    expect((await listSubjectRequests(admin, filters(), now)).total).toBe(list.total);
    expect((await listSubjectRequests(outsiderStaff, filters(), now)).total).toBe(0);
    expect((await listSubjectRequests(otherVillageOfficial, filters(), now)).total).toBe(0);
    await expect(getSubjectRequest(outsiderStaff, overdue.request.id)).rejects.toSatisfy(notFound);
    await expect(getSubjectRequest(staff, "not-a-uuid")).rejects.toSatisfy(notFound);
    const madiunOfficial = await createActor("VILLAGE_OFFICIAL", { villageCode: MADIUN_VILLAGE });
    expect((await listSubjectRequests(madiunOfficial, filters({ status: "ALL" }), now)).rows).toEqual([]);
  });

  it("records each view of a request's record as an access for a data-subject request", async () => {
    const { request, candidate } = await requestFor("CORRECTION");
    await getSubjectRequest(staff, request.id);
    const records = await db.accessRecord.findMany({ where: { candidateId: candidate.id } });
    expect(records).toMatchObject([{ actorId: staff.id, kind: "VIEW_DETAIL", purpose: "DATA_SUBJECT_REQUEST" }]);
  });
});

describe("fulfilling each request type", () => {
  it("ACCESS: gives the full record with its processing history and no other person's data", async () => {
    const { request, candidate, nik, phone } = await requestFor("ACCESS");
    await recordCandidateAccess(staff, candidate.id, "VIEW_FULL_NIK", "VERIFICATION");
    await db.guidanceRecord.create({
      data: { candidateId: candidate.id, sessionDate: new Date("2026-10-01"), topics: ["M_PASPOR"], notes: "Paham alur M-Paspor", givenByUserId: official.id },
    });
    const { copy } = await getSubjectCopy(staff, request.id);
    expect(copy.person).toMatchObject({ name: "Subjek ACCESS", nik, phone });
    expect(copy.guidanceSessions).toMatchObject([{ sessionDate: "2026-10-01", notes: "Paham alur M-Paspor" }]);
    expect(copy.accessHistory.map((a) => [a.kind, a.purpose, a.actorRole])).toEqual([
      ["VIEW_FULL_NIK", "VERIFICATION", "OFFICE_STAFF"],
      ["EXPORT_FULL_NIK", "DATA_SUBJECT_REQUEST", "OFFICE_STAFF"],
    ]);
    expect(copy.requests).toMatchObject([{ type: "ACCESS", status: "OPEN" }]);
    const text = JSON.stringify(copy);
    for (const other of [staff, official]) {
      expect(text).not.toContain(other.name);
      expect(text).not.toContain(other.email);
      expect(text).not.toContain(other.id);
    }
    valueOf(await completeCopyRequest(staff, request.id, { resolution: "Salinan cetak diserahkan di kantor desa" }));
    expect(await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "FULFILLED",
      resolvedById: staff.id,
    });
    expect(await completeCopyRequest(staff, request.id, { resolution: "lagi" })).toMatchObject({ ok: false, reason: "conflict" });
  });

  it("COPY: is JSON-serialisable and round-trips", async () => {
    const { request, nik } = await requestFor("COPY");
    const { copy } = await getSubjectCopy(official, request.id);
    expect(JSON.parse(JSON.stringify(copy))).toEqual(copy);
    expect(copy.person.nik).toBe(nik);
    await expect(getSubjectCopy(outsiderStaff, request.id)).rejects.toSatisfy(notFound);
    valueOf(await completeCopyRequest(official, request.id, { resolution: "Berkas JSON dan cetakan diserahkan" }));
    // A copy request's fulfilment is audited without personal values.
    const audit = await db.auditLog.findMany({ where: { entityId: request.id } });
    expect(audit.map((a) => a.action)).toEqual(["SUBJECT_REQUEST_RECORDED", "SUBJECT_REQUEST_FULFILLED"]);
  });

  it("CORRECTION: corrects name, NIK and phone; the new NIK is found by hash and a taken one is refused", async () => {
    const { request, candidate, nik } = await requestFor("CORRECTION");
    const taken = await createCandidateRecord();
    const before = await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } });
    const duplicate = await correctSubjectData(staff, request.id, { nik: taken.nik, resolution: "NIK sesuai KTP" });
    expect(duplicate).toEqual({ ok: false, reason: "invalid", fieldErrors: { nik: { key: "privacy.nik.duplicate" } } });
    expect(await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).toEqual(before);
    expect((await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("OPEN");

    const newNik = fakeNik(GENDANG_TIMBURU, "1998-02-03");
    valueOf(
      await correctSubjectData(staff, request.id, {
        name: "Siti Aminah Binti Ahmad",
        nik: newNik,
        birthDate: "1998-02-03",
        phone: "+62 812-3456-7890",
        resolution: "Dikoreksi sesuai e-KTP",
      }),
    );
    const after = await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } });
    expect(after.name).toBe("Siti Aminah Binti Ahmad");
    expect(after.birthDate.toISOString().slice(0, 10)).toBe("1998-02-03");
    expect(after.phoneMasked).toBe("+62812•••••890");
    expect(await db.candidate.findFirst({ where: { nikHash: { in: nikLookupHashes(newNik) } } })).toMatchObject({ id: candidate.id });
    expect(await db.candidate.findFirst({ where: { nikHash: keyedHash("nik", nik) } })).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: candidate.id, action: "SUBJECT_DATA_CORRECTED" } });
    expect(audit.changes).toMatchObject({ fields: ["name", "nik", "birthDate", "phone"] });
    expect(JSON.stringify(audit.changes)).not.toContain("Siti");
    expect(await findClearIdentifiers([nik, newNik, "081234567890"])).toEqual([]);
    expect(after.riskFlags).not.toContain("UNDER_18");

    // A corrected birth date that makes the person a minor raises the risk indicator at once.
    const minor = await requestFor("CORRECTION");
    valueOf(await correctSubjectData(official, minor.request.id, { birthDate: "2012-01-01", resolution: "Tanggal lahir sesuai akta" }));
    const corrected = await db.candidate.findUniqueOrThrow({ where: { id: minor.candidate.id } });
    expect(corrected.riskFlags).toContain("UNDER_18");
    expect(corrected.riskCount).toBe(corrected.riskFlags.length);
  });

  it("RESTRICTION: freezes and hides the record until the restriction is lifted", async () => {
    const { request, candidate } = await requestFor("RESTRICTION");
    valueOf(await restrictProcessing(official, request.id, { resolution: "Dibatasi selama data disengketakan" }));
    const restricted = await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } });
    expect(restricted.restrictedAt).not.toBeNull();
    // What every candidate list filters on.
    expect(await db.candidate.count({ where: { id: candidate.id, restrictedAt: null } })).toBe(0);
    expect(await liftRestriction(outsiderStaff, request.id, { resolution: "x" })).toEqual(notFoundResult);
    valueOf(await liftRestriction(official, request.id, { resolution: "Data sudah dikoreksi; pembatasan dicabut" }));
    expect((await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).restrictedAt).toBeNull();
    const actions = (await db.auditLog.findMany({ where: { entityId: candidate.id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["PROCESSING_RESTRICTED", "RESTRICTION_LIFTED"]);
  });

  it("STOP_PROCESSING: freezes the record for good; a restriction on it can no longer be lifted", async () => {
    const { request, candidate, nik } = await requestFor("STOP_PROCESSING");
    const restriction = valueOf(
      await recordSubjectRequest(official, {
        nik,
        type: "RESTRICTION",
        channel: "LETTER",
        receivedAt: "2026-11-19T10:00",
      }),
    );
    valueOf(await restrictProcessing(official, restriction.id, { resolution: "Dibatasi" }));
    valueOf(await stopProcessing(staff, request.id, { resolution: "Pemrosesan dihentikan atas permintaan" }));
    expect((await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).restrictedAt).not.toBeNull();
    expect(await liftRestriction(official, restriction.id, { resolution: "Cabut" })).toMatchObject({ ok: false, reason: "conflict" });
    expect((await getSubjectRequest(official, request.id)).processingStopped).toBe(true);
  });

  it("ERASURE: destroys every personal field, keeps the dashboard counts and an audit without personal data", async () => {
    const { request, candidate, nik, phone } = await requestFor("ERASURE");
    await db.candidateNote.create({ data: { candidateId: candidate.id, body: "Ibu Siti mengaku diajak calo" } });
    await db.guidanceRecord.create({
      data: { candidateId: candidate.id, sessionDate: new Date("2026-10-02"), topics: ["TRAFFICKING_SIGNS"], notes: "Tinggal di Dusun Harapan" },
    });
    const counts = () =>
      db.candidate.groupBy({ by: ["passportStatus", "destinationCountry", "villageCode", "sex"], _count: { _all: true }, orderBy: { passportStatus: "asc" } });
    const before = await counts();

    expect(await eraseSubjectData(outsiderStaff, request.id, { resolution: "x" })).toEqual(notFoundResult);
    valueOf(await eraseSubjectData(staff, request.id, { resolution: "Data pribadi dihapus" }));

    const erased = await db.candidate.findUniqueOrThrow({ where: { id: candidate.id }, include: { notes: true, guidance: true } });
    expect(erased).toMatchObject({
      name: "[dihapus]",
      nikMasked: "••••",
      phoneEncrypted: null,
      phoneMasked: null,
      hamlet: null,
      rt: null,
      rw: null,
      addressLine: null,
      consentGuardianName: null,
    });
    expect(erased.birthDate.toISOString()).toBe("1999-01-01T00:00:00.000Z");
    expect(erased.anonymisedAt).not.toBeNull();
    expect(erased.notes.map((n) => n.body)).toEqual(["[dihapus]"]);
    expect(erased.guidance.map((g) => g.notes)).toEqual([null]);
    expect(erased.nikHash).not.toBe(keyedHash("nik", nik));
    expect(await db.candidate.findFirst({ where: { nikHash: { in: nikLookupHashes(nik) } } })).toBeNull();
    expect((await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id } })).details).toBeNull();
    expect(await findClearIdentifiers([nik, phone!, "Siti mengaku"])).toEqual([]);
    expect(JSON.stringify(erased)).not.toMatch(/Subjek|Harapan|Pelabuhan|calo|\d{16}/);
    expect(await counts()).toEqual(before);

    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: candidate.id, action: "ERASED" } });
    expect(audit.actorId).toBe(staff.id);
    expect(JSON.stringify(audit.changes)).not.toMatch(/Subjek|Harapan|\d{6,}/);
    // The same person may now register again: uniqueness holds without the old NIK.
    expect((await createCandidateRecord({ nik })).candidate.id).not.toBe(candidate.id);
  });

  it("rejects a request with a reason, and refuses actions of the wrong type", async () => {
    const { request } = await requestFor("ERASURE");
    expect(await restrictProcessing(official, request.id, { resolution: "x" })).toMatchObject({ ok: false, reason: "conflict" });
    expect(await rejectSubjectRequest(official, request.id, { resolution: "" })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { resolution: { key: "privacy.request.resolution.required" } },
    });
    valueOf(await rejectSubjectRequest(official, request.id, { resolution: "Identitas pemohon tidak dapat diverifikasi" }));
    expect(await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "REJECTED" });
    expect((await db.candidate.findFirstOrThrow({ where: { subjectRequests: { some: { id: request.id } } } })).anonymisedAt).toBeNull();
  });

  it("ERASURE of a record registered and edited through the CPMI register leaves no trace of the person", async () => {
    const registered = await createCandidate(official, { name: "Nurhayati Lestari", addressLine: "Jl. Kenanga Lestari 12" });
    const values = (await getCandidateForEdit(official, registered.id)).values;
    const updated = await updateCandidate(official, registered.id, { ...values, name: "Nurhayati Lestari Putri", phone: "0813-9999-1234" });
    expect(updated.ok).toBe(true);
    const nik = (await getCandidateForEdit(official, registered.id)).values.nik as string | undefined;
    const request = await db.dataSubjectRequest.create({
      data: { candidateId: registered.id, villageCode: GENDANG_TIMBURU, type: "ERASURE", channel: "LETTER", receivedAt: new Date() },
    });
    valueOf(await eraseSubjectData(official, request.id, { resolution: "Dihapus atas permintaan" }));
    const trail = await db.auditLog.findMany({ where: { entityId: registered.id } });
    expect(trail.map((a) => a.action)).toEqual(["candidate.create", "candidate.update", "ERASED"]);
    expect(JSON.stringify(trail.map((a) => a.changes))).not.toMatch(/Nurhayati|Kenanga|9999/);
    expect(await findClearIdentifiers(["Nurhayati", "Kenanga", "081399991234", ...(nik ? [nik] : [])])).toEqual([]);
  });
});
