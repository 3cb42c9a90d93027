import { describe, expect, it } from "vitest";
import { can, villageScope } from "@/lib/platform/auth/policy";
import { db } from "@/lib/platform/db/client";
import {
  BULUH_KUNING,
  GENDANG_TIMBURU,
  MADIUN_VILLAGE,
  createActor,
  createDesignation,
  createOffice,
  pickVillage,
} from "../support/factories/base";

describe("policy scopes against the real region data", () => {
  it("gives office staff the villages of its working area and nothing else", async () => {
    const office = await createOffice(["63.02"]);
    const staff = await createActor("OFFICE_STAFF", { officeId: office.id });
    expect(staff.regencyCodes).toEqual(["63.02"]);
    expect(can(staff, "candidate:read", { villageCode: GENDANG_TIMBURU })).toBe(true);
    expect(can(staff, "candidate:read", { villageCode: MADIUN_VILLAGE })).toBe(false);
    expect(can(staff, "candidate:create", { villageCode: GENDANG_TIMBURU })).toBe(false);

    const other = await createOffice(["35.19"]);
    const inside = await createDesignation(office.id, GENDANG_TIMBURU);
    const outside = await createDesignation(other.id, MADIUN_VILLAGE);
    const visible = await db.designation.findMany({ where: villageScope(staff, "candidate:read"), select: { id: true } });
    expect(visible.map((d) => d.id)).toContain(inside.id);
    expect(visible.map((d) => d.id)).not.toContain(outside.id);
  });

  it("keeps a village official to its own village", async () => {
    const village = await pickVillage("63.10");
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: village });
    expect(can(official, "candidate:update", { villageCode: village })).toBe(true);
    expect(can(official, "candidate:update", { villageCode: BULUH_KUNING })).toBe(false);
    const office = await createOffice(["63.10"]);
    await createDesignation(office.id, await pickVillage("63.10"));
    const own = await createDesignation(office.id, village);
    const visible = await db.designation.findMany({ where: villageScope(official, "candidate:read"), select: { id: true } });
    expect(visible.map((d) => d.id)).toEqual([own.id]);
  });

  it("gives nothing to a role without the permission", async () => {
    const village = await pickVillage("35.19");
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: village });
    expect(can(official, "user:manage")).toBe(false);
    const office = await createOffice(["35.19"]);
    await createDesignation(office.id, village);
    expect(await db.designation.count({ where: villageScope(official, "audit:read") })).toBe(0);
  });
});
