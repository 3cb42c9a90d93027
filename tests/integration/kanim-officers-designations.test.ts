import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { createOfficer, updateOfficer } from "@/lib/officers/commands";
import { getOfficer, listOfficers } from "@/lib/officers/queries";
import { nipProblem } from "@/lib/officers/schema";
import { deactivateDesignation, designateVillage, updateDesignation } from "@/lib/designations/commands";
import {
  getDesignation,
  listDesignations,
  listDistricts,
  listWorkingAreaRegencies,
  searchVillages,
} from "@/lib/designations/queries";
import { GENDANG_TIMBURU, MADIUN_VILLAGE, createActor, pickVillage } from "../support/factories/base";
import { createKanim, createOfficer as officerRow, makeNip } from "../support/factories/kanim";
import { fieldKeysOf, notFoundResult, valueOf } from "../support/results";

const officerInput = (nip = makeNip()) => ({ nip, name: "Rudi Hartono", rank: "Penata (III/c)", position: "Kasi Inteldakim" });

describe("officers", () => {
  it("validates the NIP", () => {
    expect(nipProblem("199005172015031001")).toBeNull();
    expect(nipProblem("19900517201503100")).toBe("officer.nip.format");
    expect(nipProblem("19900517201503100A")).toBe("officer.nip.format");
    expect(nipProblem("199002302015031001")).toBe("officer.nip.birthDate");
    expect(nipProblem("199005172015131001")).toBe("officer.nip.appointment");
    expect(nipProblem("199005172015033001")).toBe("officer.nip.sex");
  });

  it("creates, lists, updates and scopes officers to the office", async () => {
    const { office, staff } = await createKanim();
    const officer = valueOf(await createOfficer(staff, officerInput()));
    expect(officer.officeId).toBe(office.id);
    const rows = await listOfficers(staff);
    expect(rows.map((r) => r.id)).toEqual([officer.id]);

    valueOf(await updateOfficer(staff, officer.id, { ...officerInput(officer.nip), name: "Rudi H.", active: false }));
    expect((await getOfficer(staff, officer.id)).active).toBe(false);
    expect(await listOfficers(staff, { activeOnly: true })).toEqual([]);
    const audit = await db.auditLog.findMany({ where: { entityId: officer.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["officer.create", "officer.update"]);

    const { staff: other } = await createKanim(["35.19"]);
    expect(await listOfficers(other)).toEqual([]);
    await expect(getOfficer(other, officer.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await updateOfficer(other, officer.id, officerInput())).toEqual(notFoundResult);
  });

  it("rejects a bad NIP or a duplicate and writes nothing", async () => {
    const { office, staff } = await createKanim();
    expect(await createOfficer(staff, officerInput("12345"))).toMatchObject({ ok: false, reason: "invalid" });
    const existing = await officerRow(office.id);
    expect(await createOfficer(staff, officerInput(existing.nip))).toMatchObject({ ok: false, reason: "conflict" });
    expect(await db.officer.count({ where: { officeId: office.id } })).toBe(1);
  });

  it("links an officer only to a staff account of the same office", async () => {
    const { office, staff } = await createKanim();
    const { staff: other } = await createKanim(["35.19"]);
    expect(await createOfficer(staff, { ...officerInput(), userId: other.id })).toMatchObject({ ok: false, reason: "invalid" });
    const linked = valueOf(await createOfficer(staff, { ...officerInput(), userId: staff.id }));
    expect(linked.userId).toBe(staff.id);
    expect(office.id).toBe(linked.officeId);
  });

  it("is not for village officials or admins", async () => {
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: await pickVillage("63.02") });
    const admin = await createActor("ADMIN");
    expect(await createOfficer(official, officerInput())).toEqual(notFoundResult);
    expect(await createOfficer(admin, officerInput())).toEqual(notFoundResult);
  });
});

describe("designations", () => {
  it("finds villages of the working area only, by name, regency and district", async () => {
    const { staff } = await createKanim(["63.02"]);
    const regencies = await listWorkingAreaRegencies(staff);
    expect(regencies.map((r) => r.code)).toEqual(["63.02"]);
    const districts = await listDistricts(staff, "63.02");
    expect(districts.map((d) => d.code)).toContain("63.02.15");
    expect(await listDistricts(staff, "35.19")).toEqual([]);

    const byName = await searchVillages(staff, { q: "gendang tim" });
    expect(byName.map((v) => v.code)).toEqual([GENDANG_TIMBURU]);
    expect(byName[0]).toMatchObject({ district: "Sungai Durian", regency: expect.stringMatching(/Kotabaru/i) });
    const byDistrict = await searchVillages(staff, { district: "63.02.15" });
    expect(byDistrict.length).toBeGreaterThan(3);
    expect(byDistrict.every((v) => v.code.startsWith("63.02.15."))).toBe(true);
    // Outside the working area: nothing, whatever the filter.
    expect(await searchVillages(staff, { regency: "35.19" })).toEqual([]);
    expect(await searchVillages(staff, { q: "a", regency: "35.19" })).toEqual([]);
    const wide = await searchVillages(staff, { q: "sungai" });
    expect(wide.length).toBeGreaterThan(0);
    expect(wide.every((v) => v.code.startsWith("63.02."))).toBe(true);
    expect(await searchVillages(staff, { q: "100%_" })).toEqual([]);
  });

  it("designates a village with PIMPASA, lists it, updates it and deactivates it with a reason", async () => {
    const { office, staff } = await createKanim();
    const pimpasa = await officerRow(office.id);
    const village = await pickVillage("63.02");
    const designation = valueOf(await designateVillage(staff, {
      villageCode: village,
      decreeNumber: "W.15.IMI.IMI.4-GR.04.01-100",
      decreeDate: "2024-05-03",
      year: "2024",
      officerIds: [pimpasa.id],
      liaisonName: "Ahmad",
      liaisonPosition: "Sekretaris Desa",
      liaisonPhone: "0812-5555-1234",
    }));
    expect(designation).toMatchObject({ officeId: office.id, status: "ACTIVE", year: 2024, liaisonPhone: "081255551234" });
    expect(designation.decreeDate.toISOString()).toBe("2024-05-03T00:00:00.000Z");

    const list = await listDesignations(staff, { status: "ACTIVE" });
    expect(list.rows.map((r) => r.id)).toEqual([designation.id]);
    expect(list.rows[0].officers.map((o) => o.id)).toEqual([pimpasa.id]);
    expect((await searchVillages(staff, { district: village.slice(0, 8) })).find((v) => v.code === village)?.designated).toBe(true);

    const second = await officerRow(office.id);
    valueOf(await updateDesignation(staff, designation.id, {
      villageCode: village,
      decreeNumber: "W.15.IMI.IMI.4-GR.04.01-101",
      decreeDate: "2024-05-04",
      year: 2024,
      officerIds: [second.id],
    }));
    const detail = await getDesignation(staff, designation.id);
    expect(detail.decreeNumber).toBe("W.15.IMI.IMI.4-GR.04.01-101");
    expect(detail.officers.map((o) => o.id)).toEqual([second.id]);

    valueOf(await deactivateDesignation(staff, designation.id, { reason: "Desa digabung dengan desa tetangga" }));
    const inactive = await getDesignation(staff, designation.id);
    expect(inactive.status).toBe("INACTIVE");
    expect(inactive.deactivatedAt).toBeInstanceOf(Date);
    expect(inactive.deactivatedReason).toBe("Desa digabung dengan desa tetangga");
    expect(await deactivateDesignation(staff, designation.id, { reason: "lagi dan lagi" })).toMatchObject({ ok: false, reason: "conflict" });
    // Once inactive, the village can be designated again.
    const again = valueOf(await designateVillage(staff, {
      villageCode: village,
      decreeNumber: "SK-2025-1",
      decreeDate: "2025-01-10",
      year: 2025,
    }));
    expect(again.status).toBe("ACTIVE");
    const actions = await db.auditLog.findMany({ where: { entity: "Designation", entityId: designation.id } });
    expect(actions.map((a) => a.action).sort()).toEqual(["designation.create", "designation.deactivate", "designation.update"]);
  });

  it("refuses a village outside the working area, a second active designation and bad input", async () => {
    const { office, staff } = await createKanim(["63.02"]);
    const base = { decreeNumber: "SK-1", decreeDate: "2024-05-03", year: 2024 };
    expect(await designateVillage(staff, { ...base, villageCode: MADIUN_VILLAGE })).toEqual(notFoundResult);
    expect(await designateVillage(staff, { ...base, villageCode: "63.02.99.9999" })).toEqual(notFoundResult);
    const village = await pickVillage("63.02");
    valueOf(await designateVillage(staff, { ...base, villageCode: village }));
    const duplicate = await designateVillage(staff, { ...base, villageCode: village });
    expect(duplicate).toEqual({ ok: false, reason: "conflict", field: "villageCode", message: { key: "designation.duplicateVillage" } });

    const parsed = await designateVillage(staff, {
      ...base,
      villageCode: await pickVillage("63.02"),
      decreeDate: "2024-02-30",
      year: 1999,
      liaisonPhone: "12",
    });
    expect(fieldKeysOf(parsed)).toEqual({
      decreeDate: "designation.date.invalid",
      liaisonPhone: "designation.phone.invalid",
      year: "designation.year.invalid",
    });

    const { office: otherOffice } = await createKanim(["35.19"]);
    const foreignOfficer = await officerRow(otherOffice.id);
    expect(await designateVillage(staff, { ...base, villageCode: await pickVillage("63.02"), officerIds: [foreignOfficer.id] })).toMatchObject({ ok: false, reason: "invalid" });
    expect(await db.designation.count({ where: { officeId: office.id } })).toBe(1);
  });

  it("hides another office's designation: not found, absent from lists", async () => {
    const { office } = await createKanim(["63.02"]);
    const { staff: other } = await createKanim(["35.19"]);
    const owner = await createActor("OFFICE_STAFF", { officeId: office.id });
    const d = valueOf(await designateVillage(owner, { villageCode: await pickVillage("63.02"), decreeNumber: "SK-9", decreeDate: "2024-01-02", year: 2024 }));
    await expect(getDesignation(other, d.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await deactivateDesignation(other, d.id, { reason: "bukan milik kami" })).toEqual(notFoundResult);
    expect((await listDesignations(other)).rows.map((r) => r.id)).not.toContain(d.id);
    const admin = await createActor("ADMIN");
    expect((await getDesignation(admin, d.id)).id).toBe(d.id);
  });
});

describe("designation filters never widen a village scope", () => {
  // The office's designation records (decree, officers' NIPs, liaison) are not the village's (issue #16).
  it("gives a village official none of the office's designations, whatever the regency filter says", async () => {
    const { office } = await createKanim(["63.02"]);
    const own = await pickVillage("63.02");
    const owner = await createActor("OFFICE_STAFF", { officeId: office.id });
    valueOf(await designateVillage(owner, { villageCode: own, decreeNumber: "SK-own", decreeDate: "2024-01-02", year: 2024 }));
    valueOf(await designateVillage(owner, { villageCode: await pickVillage("63.02"), decreeNumber: "SK-x", decreeDate: "2024-01-02", year: 2024 }));
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: own });
    expect((await listDesignations(official, { regency: "63.02" })).rows).toEqual([]);
    expect((await listDesignations(official)).rows).toEqual([]);
  });
});
