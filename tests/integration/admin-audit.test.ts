import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { recordAudit } from "@/lib/platform/audit/log";
import { AUDIT_EXPORT_HEADER, auditExportRows, getAuditEntry, listAuditEntries, parseAuditFilter } from "@/lib/platform/audit/queries";
import { toCsv } from "@/lib/exports/csv";
import { saveFee } from "@/lib/reference-data/commands";
import { createActor, createOffice, pickVillage } from "../support/factories/base";
import { valueOf } from "../support/results";

// The first query of a file opens the pool and loads the client; on a busy machine that alone can exceed the
// default per-test timeout, so it happens here with a generous one.
beforeAll(async () => {
  await db.$queryRaw`SELECT 1`;
}, 60_000);

describe("audit log viewer", { timeout: 30_000 }, () => {
  it("filters by actor, entity, action and day, and opens an entry with its changed fields", async () => {
    const admin = await createActor("ADMIN");
    const other = await createActor("ADMIN");
    valueOf(await saveFee(admin, { code: "AUDIT_A", labelId: "Biaya A", labelEn: "Fee A", amount: "100", sortOrder: "0" }));
    valueOf(await saveFee(admin, { code: "AUDIT_A", labelId: "Biaya A", labelEn: "Fee A", amount: "200", sortOrder: "0" }));
    valueOf(await saveFee(other, { code: "AUDIT_B", labelId: "Biaya B", labelEn: "Fee B", amount: "300", sortOrder: "0" }));

    const byActor = await listAuditEntries(admin, parseAuditFilter({ actor: admin.email.toUpperCase() }));
    expect(byActor.rows.map((r) => r.action)).toEqual(["fee.update", "fee.create"]);
    expect(byActor.rows[0].actorName).toBe(admin.name);
    const byAction = await listAuditEntries(admin, parseAuditFilter({ entity: "PassportFee", action: "fee.create" }));
    expect(byAction.rows.map((r) => r.entityId).sort()).toEqual(["AUDIT_A", "AUDIT_B"]);
    expect(byAction.entities).toContain("PassportFee");
    expect(byAction.actions).toEqual(expect.arrayContaining(["fee.create", "fee.update"]));

    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
    expect((await listAuditEntries(admin, parseAuditFilter({ entity: "PassportFee", from: today, to: today }))).total).toBe(3);
    expect((await listAuditEntries(admin, parseAuditFilter({ entity: "PassportFee", to: "2020-01-01" }))).total).toBe(0);
    expect((await listAuditEntries(admin, parseAuditFilter({ actor: "tidak-ada-orang-ini" }))).total).toBe(0);
    // Malformed query values are ignored rather than failing the page.
    expect(parseAuditFilter({ from: "kemarin", page: "-3" })).toMatchObject({ from: undefined, page: 1 });

    const entry = await getAuditEntry(admin, byActor.rows[0].id);
    expect(entry.fields).toEqual([{ field: "amount", from: 100, to: 200 }]);
    expect(entry.actorEmail).toBe(admin.email);
  });

  it("exports CSV that a spreadsheet cannot run as a formula", async () => {
    const admin = await createActor("ADMIN");
    await recordAudit({ actor: admin, action: "office.update", entity: "ImmigrationOffice", entityId: "=HYPERLINK(\"x\")", changes: { name: { from: "a", to: "+b" } } });
    const rows = await auditExportRows(admin, parseAuditFilter({ actor: admin.email }));
    const csv = toCsv(AUDIT_EXPORT_HEADER, rows);
    expect(csv.startsWith("\uFEFFid,at,actorId")).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain(admin.email);
    expect(csv.trim().split("\r\n")).toHaveLength(2);
  });

  it("is append-only and looks absent to every role but the administrator", async () => {
    const admin = await createActor("ADMIN");
    await recordAudit({ actor: admin, action: "guide.publish", entity: "Guide", entityId: "x" });
    const [row] = await db.auditLog.findMany({ where: { actorId: admin.id } });
    await expect(db.auditLog.update({ where: { id: row.id }, data: { action: "hidden" } })).rejects.toThrow();
    await expect(db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow();

    const office = await createOffice(["63.04"]);
    const staff = await createActor("OFFICE_STAFF", { officeId: office.id });
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: await pickVillage("63.04") });
    for (const actor of [staff, official]) {
      await expect(listAuditEntries(actor, parseAuditFilter({}))).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getAuditEntry(actor, row.id.toString())).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(auditExportRows(actor, parseAuditFilter({}))).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(getAuditEntry(admin, "abc")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
