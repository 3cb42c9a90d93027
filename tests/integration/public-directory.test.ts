import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { getVillageProfile, searchDesignatedVillages, directoryFilterOptions } from "@/lib/directory/queries";
import { BULUH_KUNING, createDesignation, createOffice, GENDANG_TIMBURU, MADIUN_VILLAGE } from "../support/factories/base";
import { assignOfficer, createEvent, days } from "../support/factories/public";

let office: Awaited<ReturnType<typeof createOffice>>;
let designationId: string;

beforeAll(async () => {
  office = await createOffice(["63.02", "63.10"], "Kantor Imigrasi Kelas II TPI Batulicin");
  const designation = await createDesignation(office.id, GENDANG_TIMBURU);
  designationId = designation.id;
  await assignOfficer(designation.id, office.id, "Rahmat Hidayat");
  // A village whose designation ended must not appear.
  const ended = await createDesignation(office.id, BULUH_KUNING);
  await db.designation.update({ where: { id: ended.id }, data: { status: "INACTIVE", deactivatedAt: new Date() } });
  const java = await createOffice(["35.19"], "Kantor Imigrasi Kelas I TPI Madiun");
  await createDesignation(java.id, MADIUN_VILLAGE);
});

describe("public directory", () => {
  it("finds Desa Gendang Timburu by name, by part of it and despite a typo", async () => {
    for (const q of ["Gendang Timburu", "gendang", "Gendang Timbru", "timburu"]) {
      const result = await searchDesignatedVillages({ q });
      expect(result.entries.map((e) => e.code), q).toContain(GENDANG_TIMBURU);
      const entry = result.entries.find((e) => e.code === GENDANG_TIMBURU)!;
      expect(entry).toMatchObject({ district: "Sungai Durian", regency: expect.stringMatching(/Kotabaru/i), office: office.name });
    }
  });

  it("lists only active designations, and filters by province and regency", async () => {
    const all = await searchDesignatedVillages({});
    const codes = all.entries.map((e) => e.code);
    expect(codes).toEqual(expect.arrayContaining([GENDANG_TIMBURU, MADIUN_VILLAGE]));
    expect(codes).not.toContain(BULUH_KUNING);
    expect(all.total).toBe(2);

    const kalsel = await searchDesignatedVillages({ province: "63" });
    expect(kalsel.entries.map((e) => e.code)).toEqual([GENDANG_TIMBURU]);
    const madiun = await searchDesignatedVillages({ regency: "35.19" });
    expect(madiun.entries.map((e) => e.code)).toEqual([MADIUN_VILLAGE]);
    const nothing = await searchDesignatedVillages({ q: "Gendang", province: "35" });
    expect(nothing.entries).toEqual([]);
  });

  it("treats LIKE wildcards and junk filters as plain text", async () => {
    expect((await searchDesignatedVillages({ q: "%" })).entries).toEqual([]);
    expect((await searchDesignatedVillages({ q: "_" })).entries).toEqual([]);
    const junk = await searchDesignatedVillages({ province: "63' OR 1=1 --", regency: "x" });
    expect(junk.total).toBe(2);
  });

  it("offers only provinces and regencies that hold a Desa Binaan", async () => {
    const options = await directoryFilterOptions();
    expect(options.map((p) => p.code).sort()).toEqual(["35", "63"]);
    expect(options.find((p) => p.code === "63")!.regencies.map((r) => r.code)).toEqual(["63.02"]);
  });

  it("shows a village page with office contacts, PIMPASA by name and position, decree and events, and no NIP or NIK", async () => {
    const future = await createEvent({ officeId: office.id, villageCode: GENDANG_TIMBURU, designationId, startsAt: days(10) });
    await createEvent({ officeId: office.id, villageCode: GENDANG_TIMBURU, startsAt: days(12), isPublic: false, title: "Rapat internal" });
    await createEvent({ officeId: office.id, villageCode: GENDANG_TIMBURU, startsAt: days(14), status: "CANCELLED", title: "Batal" });
    const done = await createEvent({
      officeId: office.id,
      villageCode: GENDANG_TIMBURU,
      startsAt: new Date("2024-05-03T01:00:00Z"),
      status: "DONE",
      type: "STRENGTHENING",
      title: "Penguatan tugas dan fungsi Desa Binaan",
    });
    await db.eventReport.create({
      data: {
        eventId: done.id,
        stakeholders: "Sekda Kabupaten Kotabaru, Kapolsek Sungai Durian",
        topics: ["M_PASPOR", "TRAFFICKING_SIGNS"],
        summary: "Penyerahan SK dan sosialisasi prosedur paspor.",
        participants: { create: [{ group: "VILLAGE_OFFICIALS", male: 5, female: 3 }] },
      },
    });

    const profile = await getVillageProfile(GENDANG_TIMBURU);
    expect(profile).not.toBeNull();
    expect(profile!.village).toMatchObject({ name: "Gendang Timburu", district: "Sungai Durian" });
    expect(profile!.designation.decreeDate.toISOString().slice(0, 10)).toBe("2024-05-03");
    expect(profile!.office).toMatchObject({ name: office.name, phone: office.phone, email: office.email });
    expect(profile!.officers).toEqual([{ name: "Rahmat Hidayat", position: "Analis Keimigrasian Ahli Pertama" }]);
    expect(profile!.upcoming.map((e) => e.id)).toEqual([future.id]);
    expect(profile!.past).toHaveLength(1);
    expect(profile!.past[0]).toMatchObject({ summary: "Penyerahan SK dan sosialisasi prosedur paspor.", topics: ["M_PASPOR", "TRAFFICKING_SIGNS"] });

    const json = JSON.stringify(profile);
    const officer = await db.officer.findFirstOrThrow({ where: { name: "Rahmat Hidayat" } });
    expect(json).not.toContain(officer.nip);
    expect(json).not.toMatch(/"(nip|nik\w*|rank|liaisonPhone|stakeholders|participants|male|female|createdById)"/i);
  });

  it("has no page for a village without an active designation, or a malformed code", async () => {
    expect(await getVillageProfile(BULUH_KUNING)).toBeNull();
    expect(await getVillageProfile("63.02.15.9999")).toBeNull();
    expect(await getVillageProfile("'; DROP TABLE")).toBeNull();
  });
});
