import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { updateOfficePassportSettings } from "@/lib/offices/commands";
import { addZeroCostJob, removeZeroCostJob, setMoratoriumDate } from "@/lib/reference-data/commands";
import { loadRiskReference } from "@/lib/reference-data/queries";
import { createActor, createOffice } from "../support/factories/base";

// The data the passport and migration rules read, edited by administrators on the command contract:
// validated per field, audited, nothing half-written.

beforeAll(async () => {
  await db.$queryRaw`SELECT 1`;
}, 60_000);

describe("office passport settings", { timeout: 30_000 }, () => {
  it("sets e-passport only since a date and the quota note, audited; an unchanged save writes nothing", async () => {
    const admin = await createActor("ADMIN");
    const office = await createOffice(["63.02"]);
    const result = await updateOfficePassportSettings(admin, office.id, {
      electronicOnlySince: "2025-07-01",
      quotaReleaseNote: "Hari terakhir setiap bulan, pukul 13.00 WITA",
    });
    expect(result).toEqual({ ok: true, value: { id: office.id } });
    const stored = await db.immigrationOffice.findUniqueOrThrow({ where: { id: office.id } });
    expect(stored.electronicOnlySince?.toISOString().slice(0, 10)).toBe("2025-07-01");
    expect(stored.quotaReleaseNote).toBe("Hari terakhir setiap bulan, pukul 13.00 WITA");
    const audits = await db.auditLog.findMany({ where: { entityId: office.id, action: "office.passportSettings" } });
    expect(audits).toHaveLength(1);
    expect(audits[0].actorId).toBe(admin.id);
    expect(audits[0].changes).toEqual({
      electronicOnlySince: { from: null, to: "2025-07-01" },
      quotaReleaseNote: { from: null, to: "Hari terakhir setiap bulan, pukul 13.00 WITA" },
    });

    const again = await updateOfficePassportSettings(admin, office.id, {
      electronicOnlySince: "2025-07-01",
      quotaReleaseNote: "Hari terakhir setiap bulan, pukul 13.00 WITA",
    });
    expect(again).toMatchObject({ ok: true, replayed: true });
    expect(await db.auditLog.count({ where: { entityId: office.id, action: "office.passportSettings" } })).toBe(1);

    const cleared = await updateOfficePassportSettings(admin, office.id, { electronicOnlySince: "", quotaReleaseNote: "" });
    expect(cleared.ok).toBe(true);
    const after = await db.immigrationOffice.findUniqueOrThrow({ where: { id: office.id } });
    expect(after.electronicOnlySince).toBeNull();
    expect(after.quotaReleaseNote).toBeNull();
  });

  it("refuses an impossible date and an overlong note per field, writing nothing", async () => {
    const admin = await createActor("ADMIN");
    const office = await createOffice(["63.03"]);
    const result = await updateOfficePassportSettings(admin, office.id, { electronicOnlySince: "2025-02-30", quotaReleaseNote: "x".repeat(301) });
    expect(result).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { electronicOnlySince: { key: "office.day" }, quotaReleaseNote: { key: "office.tooLong" } },
    });
    const stored = await db.immigrationOffice.findUniqueOrThrow({ where: { id: office.id } });
    expect(stored.electronicOnlySince).toBeNull();
    expect(await db.auditLog.count({ where: { entityId: office.id, action: "office.passportSettings" } })).toBe(0);
  });

  it("answers an office staff member and an unknown office as not found", async () => {
    const office = await createOffice(["63.04"]);
    const staff = await createActor("OFFICE_STAFF", { officeId: office.id });
    expect(await updateOfficePassportSettings(staff, office.id, { electronicOnlySince: "2025-01-01" })).toEqual({ ok: false, reason: "not-found" });
    const admin = await createActor("ADMIN");
    expect(await updateOfficePassportSettings(admin, crypto.randomUUID(), {})).toEqual({ ok: false, reason: "not-found" });
  });
});

describe("risk reference data", { timeout: 30_000 }, () => {
  it("the migrations give the nine zero-cost jobs of Perban BP2MI 9/2020 and the moratorium's 1 July 2015", async () => {
    const reference = await loadRiskReference();
    expect([...reference.zeroCostJobs].sort()).toEqual(
      ["BABYSITTER", "CAREGIVER", "CLEANER", "COOK", "DOMESTIC_WORKER", "DRIVER", "FISHERY", "GARDENER", "PLANTATION"],
    );
    await db.moratoriumCountry.upsert({ where: { countryCode: "KW" }, create: { countryCode: "KW" }, update: {} });
    const kw = (await loadRiskReference()).moratorium.find((m) => m.countryCode === "KW");
    expect(kw?.inForceSince.toISOString().slice(0, 10)).toBe("2015-07-01");
  });

  it("sets a country's moratorium date with an audit entry, and refuses a bad date or an unlisted country", async () => {
    const admin = await createActor("ADMIN");
    await db.moratoriumCountry.upsert({ where: { countryCode: "BH" }, create: { countryCode: "BH" }, update: {} });
    expect(await setMoratoriumDate(admin, { countryCode: "BH", inForceSince: "2016-01-01" })).toEqual({ ok: true, value: { countryCode: "BH" } });
    const row = await db.moratoriumCountry.findUniqueOrThrow({ where: { countryCode: "BH" } });
    expect(row.inForceSince.toISOString().slice(0, 10)).toBe("2016-01-01");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "moratorium.setDate", entityId: "BH" }, orderBy: { id: "desc" } });
    expect(audit.changes).toEqual({ inForceSince: { from: "2015-07-01", to: "2016-01-01" } });
    expect(await setMoratoriumDate(admin, { countryCode: "BH", inForceSince: "1 Jan 2016" })).toMatchObject({ ok: false, reason: "invalid" });
    expect(await setMoratoriumDate(admin, { countryCode: "FR", inForceSince: "2016-01-01" })).toEqual({ ok: false, reason: "not-found" });
  });

  it("adds and removes a zero-cost job, audited, refusing a duplicate per field", async () => {
    const admin = await createActor("ADMIN");
    await db.zeroCostJob.deleteMany({ where: { jobSector: "HOSPITALITY" } });
    expect(await addZeroCostJob(admin, { jobSector: "HOSPITALITY" })).toEqual({ ok: true, value: { jobSector: "HOSPITALITY" } });
    expect(await addZeroCostJob(admin, { jobSector: "HOSPITALITY" })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { jobSector: { key: "reference.zeroCostJob.duplicate" } },
    });
    expect(await addZeroCostJob(admin, { jobSector: "ASTRONAUT" })).toMatchObject({ ok: false, reason: "invalid" });
    expect((await loadRiskReference()).zeroCostJobs).toContain("HOSPITALITY");
    expect(await removeZeroCostJob(admin, { jobSector: "HOSPITALITY" })).toEqual({ ok: true, value: { jobSector: "HOSPITALITY" } });
    expect((await loadRiskReference()).zeroCostJobs).not.toContain("HOSPITALITY");
    expect(await db.auditLog.count({ where: { entity: "ZeroCostJob", entityId: "HOSPITALITY" } })).toBe(2);
  });
});
