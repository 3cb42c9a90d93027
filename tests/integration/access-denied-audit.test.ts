import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { isAppError } from "@/lib/platform/errors";
import { createGuide } from "@/lib/guides/editing/commands";
import { listOffices } from "@/lib/offices/queries";
import { GENDANG_TIMBURU, createActor, createOffice } from "../support/factories/base";
import { notFoundResult } from "../support/results";

// A refused permission looks like "not found" to the caller and lands in the audit trail as access.denied.
describe("authorization failures in the audit trail", () => {
  it("records who asked for what, in every module that checks a permission", async () => {
    const office = await createOffice(["63.02"]);
    const staff = await createActor("OFFICE_STAFF", { officeId: office.id });
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: GENDANG_TIMBURU });

    await expect(listOffices(staff)).rejects.toSatisfy((e) => isAppError(e, "NOT_FOUND"));
    expect(await createGuide(official, { slug: "x", locale: "id", title: "X" })).toEqual(notFoundResult);
    expect(await db.guide.count()).toBe(0);

    const denied = await db.auditLog.findMany({ where: { action: "access.denied" }, orderBy: { id: "asc" } });
    expect(denied.map((row) => [row.actorId, row.actorRole, row.entity, (row.changes as { permission?: string })?.permission])).toEqual([
      [staff.id, "OFFICE_STAFF", "office", "office:manage"],
      [official.id, "VILLAGE_OFFICIAL", "guide", "guide:manage"],
    ]);
  });
});
