import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { actorTimeZone } from "@/lib/platform/form-action";
import { failureFormState } from "@/lib/platform/form-state";
import { scheduleEvent } from "@/lib/events/commands";
import { GENDANG_TIMBURU, createActor, createOffice, pickVillage } from "../support/factories/base";
import { createOfficer } from "../support/factories/kanim";
import { valueOf } from "../support/results";

// The translator shows times in the reader's zone: a village official's village, an office's own time zone
// (data an administrator edits), never WIB by default. The double-booking report is the case issue #14 named.

describe("the reader's time zone", () => {
  it("is the village's for a village official and the office's own for its staff", async () => {
    const office = await createOffice(["63.02"]);
    await db.immigrationOffice.update({ where: { id: office.id }, data: { timeZone: "Asia/Jayapura" } });
    expect(await actorTimeZone(await createActor("VILLAGE_OFFICIAL", { villageCode: GENDANG_TIMBURU }))).toBe("Asia/Makassar");
    expect(await actorTimeZone(await createActor("OFFICE_STAFF", { officeId: office.id }))).toBe("Asia/Jayapura");
    expect(await actorTimeZone(await createActor("ADMIN"))).toBe("Asia/Jakarta");
  });

  it("lists a double booking at the office's wall-clock time, not WIB", async () => {
    const office = await createOffice(["63.10"]);
    const staff = await createActor("OFFICE_STAFF", { officeId: office.id });
    const officer = await createOfficer(office.id, { name: "Petugas Sibuk" });
    const village = await pickVillage("63.10");
    const form = (startsAt: string, endsAt: string) => ({
      villageCode: village,
      type: "OUTREACH",
      title: "Sosialisasi paspor",
      startsAt,
      endsAt,
      location: "Balai Desa",
      officerIds: [officer.id],
    });
    valueOf(await scheduleEvent(staff, form("2099-03-02T09:00", "2099-03-02T11:00")));
    const clash = await scheduleEvent(staff, form("2099-03-02T10:00", "2099-03-02T12:00"));
    if (clash.ok) throw new Error("expected a double booking");
    const state = failureFormState({ locale: "id", timeZone: await actorTimeZone(staff) }, clash, {});
    // 09:00 WITA (the office of Kotabaru) is 08:00 WIB: the list must say 09.00.
    expect(state.fieldErrors.acknowledgeConflicts).toMatch(/Petugas Sibuk: Sosialisasi paspor \(.*09[.:]00/);
    expect(state.fieldErrors.acknowledgeConflicts).not.toMatch(/08[.:]00/);
  });
});
