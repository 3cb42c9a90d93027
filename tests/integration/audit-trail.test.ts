import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { decryptField } from "@/lib/platform/crypto/fields";
import { createAccount, setAccountActive, updateAccountAccess } from "@/lib/accounts/commands";
import { getAccount } from "@/lib/accounts/queries";
import { loginWithPassword } from "@/lib/platform/auth/login";
import { isAppError } from "@/lib/platform/errors";
import { createActor, createDesignation, createOffice, pickVillage } from "../support/factories/base";
import { createCandidate, seedMoratorium } from "../support/factories/candidates";
import { createAccount as createTestAccount, GOOD_PASSWORD } from "../support/factories/auth";
import { valueOf } from "../support/results";

// One row per kind of event issue #3 lists, each with actor, action, entity, id, changed fields and time,
// none carrying a NIK or a secret; and no way to change or remove a row through the app's database client.

describe("audit trail", () => {
  it("records logins, refusals, personal-data writes and account changes without secrets", async () => {
    await seedMoratorium();
    const office = await createOffice([]);
    const village = await pickVillage("63.02");
    await createDesignation(office.id, village);
    const admin = await createActor("ADMIN");
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: village });
    const { user } = await createTestAccount("VILLAGE_OFFICIAL", { villageCode: village });
    const started = new Date(Date.now() - 1000);

    await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip: "192.0.2.1" });
    await loginWithPassword({ email: user.email, password: "not my password" }, { ip: "192.0.2.1" });
    await expect(getAccount(official, user.id)).rejects.toSatisfy((e) => isAppError(e, "NOT_FOUND"));
    const candidate = await createCandidate(official, { name: "Siti Aminah" });
    const { id, resetToken } = valueOf(await createAccount(admin, { name: "Sekdes Baru", email: `sekdes-${Date.now()}@desa.test`, role: "VILLAGE_OFFICIAL", villageCode: village }));
    valueOf(await updateAccountAccess(admin, id, { name: "Sekdes Baru", role: "OFFICE_STAFF", officeId: office.id }));
    valueOf(await setAccountActive(admin, id, { active: false }));

    const rows = await db.auditLog.findMany({ where: { at: { gte: started } }, orderBy: { id: "asc" } });
    const kinds = new Set(rows.map((r) => r.action));
    for (const action of ["auth.login.succeeded", "auth.login.failed", "access.denied", "account.created", "account.updated", "account.deactivated"]) {
      expect(kinds, action).toContain(action);
    }
    const candidateRows = rows.filter((r) => r.entity === "Candidate" && r.entityId === candidate.id);
    expect(candidateRows.length).toBeGreaterThan(0);
    expect(candidateRows[0].actorId).toBe(official.id);

    const denied = rows.find((r) => r.action === "access.denied")!;
    expect(denied).toMatchObject({ actorId: official.id, actorRole: "VILLAGE_OFFICIAL", entity: "User", entityId: user.id });
    const roleChange = rows.find((r) => r.action === "account.updated")!;
    expect(roleChange.changes).toMatchObject({ role: { from: "VILLAGE_OFFICIAL", to: "OFFICE_STAFF" } });
    expect(roleChange.at).toBeInstanceOf(Date);

    const everything = JSON.stringify(rows.map((r) => r.changes));
    const nik = decryptField((await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).nikEncrypted);
    expect(nik).toMatch(/^\d{16}$/);
    expect(everything).not.toContain(nik);
    expect(everything).not.toMatch(/\b\d{16}\b/);
    expect(everything).not.toContain(resetToken);
    expect(everything).not.toContain(GOOD_PASSWORD);
    expect(everything).not.toContain("$argon2");
  });

  it("cannot be changed or removed through the app's database client", async () => {
    const admin = await createActor("ADMIN");
    await expect(getAccount(await createActor("VILLAGE_OFFICIAL", { villageCode: await pickVillage("63.10") }), admin.id)).rejects.toThrow();
    const row = await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    const count = await db.auditLog.count();

    await expect(db.auditLog.update({ where: { id: row.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditLog" WHERE id = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`UPDATE "AuditLog" SET "actorId" = NULL WHERE id = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);

    expect(await db.auditLog.count()).toBe(count);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });
});
