import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { addMoratoriumCountry, deleteFee, removeMoratoriumCountry, saveFee } from "@/lib/reference-data/commands";
import { listFeesForEditing, listMoratoriumForEditing } from "@/lib/reference-data/queries";
import { createActor, createOffice, pickVillage } from "../support/factories/base";
import { fieldKeysOf, notFoundResult, valueOf } from "../support/results";

const fee = { code: "BIASA_5", labelId: "Paspor biasa 5 tahun", labelEn: "Ordinary passport, 5 years", amount: "350000", sortOrder: "1" };

// The first query of a file opens the pool and loads the client; on a busy machine that alone can exceed the
// default per-test timeout, so it happens here with a generous one.
beforeAll(async () => {
  await db.$queryRaw`SELECT 1`;
}, 60_000);

describe("reference data for the guides", { timeout: 30_000 }, () => {
  it("adds and edits a passport fee with an audit row for each", async () => {
    const admin = await createActor("ADMIN");
    valueOf(await saveFee(admin, fee));
    valueOf(await saveFee(admin, { ...fee, amount: "400000" }));
    expect((await listFeesForEditing(admin)).find((f) => f.code === "BIASA_5")?.amount).toBe(400000);
    const audit = await db.auditLog.findMany({ where: { entity: "PassportFee", entityId: "BIASA_5" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["fee.create", "fee.update"]);
    expect(audit[1].changes).toEqual({ amount: { from: 350000, to: 400000 } });
    valueOf(await deleteFee(admin, { key: "BIASA_5" }));
    expect(await db.passportFee.count({ where: { code: "BIASA_5" } })).toBe(0);
  });

  it("rejects a negative or non-numeric fee and keeps the old amount", async () => {
    const admin = await createActor("ADMIN");
    valueOf(await saveFee(admin, { ...fee, code: "ELEKTRONIK_10", amount: "950000" }));
    for (const amount of ["-1", "sembilan ratus", "1.5"]) {
      const error = await saveFee(admin, { ...fee, code: "ELEKTRONIK_10", amount });
      expect(fieldKeysOf(error)).toEqual({ amount: "reference.fee.amount" });
    }
    expect(fieldKeysOf(await saveFee(admin, { ...fee, code: "a b", labelId: "" }))).toEqual({
      code: "reference.fee.code",
      labelId: "reference.fee.label",
    });
    expect((await db.passportFee.findUnique({ where: { code: "ELEKTRONIK_10" } }))?.amount).toBe(950000);
  });

  it("keeps the moratorium list to real, distinct countries", async () => {
    const admin = await createActor("ADMIN");
    valueOf(await addMoratoriumCountry(admin, { countryCode: "sa", note: "Kepmenaker 260/2015" }));
    expect((await listMoratoriumForEditing(admin)).map((c) => c.countryCode)).toContain("SA");
    expect(fieldKeysOf(await addMoratoriumCountry(admin, { countryCode: "SA" }))).toEqual({
      countryCode: "reference.moratorium.duplicate",
    });
    for (const countryCode of ["XX", "ID", "SAU", ""]) {
      expect(fieldKeysOf(await addMoratoriumCountry(admin, { countryCode }))).toEqual({ countryCode: "reference.country" });
    }
    valueOf(await removeMoratoriumCountry(admin, { key: "SA" }));
    const audit = await db.auditLog.findMany({ where: { entity: "MoratoriumCountry", entityId: "SA" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["moratorium.add", "moratorium.remove"]);
    expect(await removeMoratoriumCountry(admin, { key: "SA" })).toEqual(notFoundResult);
  });

  it("looks absent to every role but the administrator", async () => {
    const admin = await createActor("ADMIN");
    valueOf(await saveFee(admin, { ...fee, code: "SAME_DAY" }));
    const office = await createOffice(["63.11"]);
    const staff = await createActor("OFFICE_STAFF", { officeId: office.id });
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: await pickVillage("63.11") });
    for (const actor of [staff, official]) {
      expect(await saveFee(actor, { ...fee, code: "SAME_DAY", amount: "0" })).toEqual(notFoundResult);
      expect(await deleteFee(actor, { key: "SAME_DAY" })).toEqual(notFoundResult);
      expect(await addMoratoriumCountry(actor, { countryCode: "QA" })).toEqual(notFoundResult);
      expect(await removeMoratoriumCountry(actor, { key: "QA" })).toEqual(notFoundResult);
      await expect(listFeesForEditing(actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listMoratoriumForEditing(actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await db.passportFee.findUnique({ where: { code: "SAME_DAY" } }))?.amount).toBe(350000);
  });
});
