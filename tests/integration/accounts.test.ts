import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import {
  changeOwnPassword,
  confirmTotpEnrolment,
  createAccount,
  disableOwnTwoFactor,
  endAllSessions,
  issuePasswordReset,
  redeemPasswordReset,
  regenerateRecoveryCodes,
  resetTwoFactor,
  setAccountActive,
  startTotpEnrolment,
  updateAccountAccess,
} from "@/lib/accounts/commands";
import { getAccount, listAccounts } from "@/lib/accounts/queries";
import { loadActor, loadSession } from "@/lib/platform/auth/actor";
import { loginWithPassword } from "@/lib/platform/auth/login";
import { currentTotp } from "@/lib/platform/auth/totp";
import { decryptField } from "@/lib/platform/crypto/fields";
import { isAppError } from "@/lib/platform/errors";
import { createActor, createDesignation, createOffice, pickVillage } from "../support/factories/base";
import { createAccount as createTestAccount, GOOD_PASSWORD } from "../support/factories/auth";
import { notFoundResult, valueOf } from "../support/results";
import type { Result } from "@/lib/platform/command";

const NEW_PASSWORD = "kapal layar di pelabuhan batulicin";
const ip = () => `203.0.113.${Math.floor(Math.random() * 250)}`;

async function setup() {
  const office = await createOffice([]);
  const village = await pickVillage("63.02");
  await createDesignation(office.id, village);
  const admin = await createActor("ADMIN");
  return { office, village, admin };
}

async function fieldOf(promise: Promise<Result<unknown>>): Promise<string[]> {
  const result = await promise;
  if (result.ok || result.reason !== "invalid") throw new Error(`expected invalid input, got ${JSON.stringify(result)}`);
  return Object.entries(result.fieldErrors).map(([field, message]) => `${field}:${message.key}`);
}

describe("admin creates accounts", () => {
  it("creates office staff with a one-time code that sets the first password, and audits it", async () => {
    const { office, admin } = await setup();
    const email = `staf-${Date.now()}@kanim.test`;
    const { id, resetToken } = valueOf(await createAccount(admin, { name: "Staf Intel", email: email.toUpperCase(), role: "OFFICE_STAFF", officeId: office.id }));
    const created = await db.user.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({ email, role: "OFFICE_STAFF", officeId: office.id, villageCode: null });
    const token = await db.passwordResetToken.findFirstOrThrow({ where: { userId: id } });
    expect(token.tokenHash).not.toContain(resetToken);
    expect(token.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    // No password works until the code is used.
    expect((await loginWithPassword({ email, password: GOOD_PASSWORD }, { ip: ip() })).status).toBe("invalid");
    valueOf(await redeemPasswordReset({ token: resetToken, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    expect((await loginWithPassword({ email, password: NEW_PASSWORD }, { ip: ip() })).status).toBe("signedIn");
    expect(await fieldOf(redeemPasswordReset({ token: resetToken, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }))).toEqual(["token:account.reset.invalid"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "account.created", entityId: id } });
    expect(audit).toMatchObject({ actorId: admin.id, actorRole: "ADMIN" });
    expect(JSON.stringify(audit.changes)).not.toContain(resetToken);
  });

  it("creates village officials only for a village with an active designation", async () => {
    const { village, admin } = await setup();
    const undesignated = await pickVillage("63.10");
    expect(await fieldOf(createAccount(admin, { name: "Sekdes", email: "sekdes-x@desa.test", role: "VILLAGE_OFFICIAL", villageCode: undesignated }))).toEqual([
      "villageCode:account.village.notDesignated",
    ]);
    const { id } = valueOf(await createAccount(admin, { name: "Sekdes", email: `sekdes-${Date.now()}@desa.test`, role: "VILLAGE_OFFICIAL", villageCode: village }));
    expect((await db.user.findUniqueOrThrow({ where: { id } })).villageCode).toBe(village);
  });

  it("rejects bad input field by field and writes nothing", async () => {
    const { admin, office } = await setup();
    const before = await db.user.count();
    expect(await fieldOf(createAccount(admin, { name: "A", email: "not-an-email", role: "OFFICE_STAFF" }))).toEqual(
      expect.arrayContaining(["name:account.name.short", "email:identity.email.invalid"]),
    );
    expect(await fieldOf(createAccount(admin, { name: "Staf Baru", email: "x@y.test", role: "OFFICE_STAFF" }))).toEqual(["officeId:account.office.required"]);
    expect(await fieldOf(createAccount(admin, { name: "Staf Baru", email: "x@y.test", role: "KING" }))).toEqual(["role:account.role.required"]);
    const taken = await createTestAccount("OFFICE_STAFF", { officeId: office.id });
    expect(await fieldOf(createAccount(admin, { name: "Staf Baru", email: taken.user.email, role: "OFFICE_STAFF", officeId: office.id }))).toEqual(["email:account.email.taken"]);
    expect(await db.user.count()).toBe(before + 1);
  });
});

describe("admin changes accounts and every change takes effect on the next request", () => {
  it("a role or scope change ends the user's sessions", async () => {
    const { admin, office, village } = await setup();
    const { user } = await createTestAccount("VILLAGE_OFFICIAL", { villageCode: village });
    valueOf(await updateAccountAccess(admin, user.id, { name: user.name, role: "OFFICE_STAFF", officeId: office.id }));
    expect(await loadActor(user.id, user.sessionVersion)).toBeNull();
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ role: "OFFICE_STAFF", officeId: office.id, villageCode: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "account.updated", entityId: user.id } });
    expect(audit.changes).toMatchObject({ role: { from: "VILLAGE_OFFICIAL", to: "OFFICE_STAFF" } });
  });

  it("deactivation refuses the existing session; reactivation allows a new login", async () => {
    const { admin } = await setup();
    const { user } = await createTestAccount("VILLAGE_OFFICIAL");
    valueOf(await setAccountActive(admin, user.id, { active: false }));
    expect(await loadActor(user.id, user.sessionVersion)).toBeNull();
    expect((await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip: ip() })).status).toBe("invalid");
    valueOf(await setAccountActive(admin, user.id, { active: true }));
    expect((await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip: ip() })).status).toBe("signedIn");
    const actions = (await db.auditLog.findMany({ where: { entityId: user.id, action: { startsWith: "account." } }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["account.deactivated", "account.reactivated"]);
  });

  it("a password reset ends sessions and voids the old password; end-sessions only ends sessions", async () => {
    const { admin } = await setup();
    const { user } = await createTestAccount("VILLAGE_OFFICIAL");
    valueOf(await endAllSessions(admin, user.id, {}));
    expect(await loadActor(user.id, user.sessionVersion)).toBeNull();
    expect((await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip: ip() })).status).toBe("signedIn");
    const { resetToken } = valueOf(await issuePasswordReset(admin, user.id, {}));
    expect(await loadActor(user.id, user.sessionVersion + 1)).toBeNull();
    expect((await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip: ip() })).status).toBe("invalid");
    expect(await fieldOf(redeemPasswordReset({ token: resetToken, newPassword: "password123", confirmPassword: "password123" }))).toEqual([
      "newPassword:account.password.common",
    ]);
    valueOf(await redeemPasswordReset({ token: resetToken, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    expect((await loginWithPassword({ email: user.email, password: NEW_PASSWORD }, { ip: ip() })).status).toBe("signedIn");
  });

  it("resetting 2FA sends a required role back to enrolment", async () => {
    const { admin } = await setup();
    const { user } = await createTestAccount("OFFICE_STAFF", { totp: true });
    valueOf(await resetTwoFactor(admin, user.id, {}));
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ totpSecret: null, totpEnabledAt: null, recoveryCodeHashes: [] });
    expect(await loadSession(user.id, after.sessionVersion)).toMatchObject({ mustEnrolTwoFactor: true });
  });

  it("keeps the admin from locking themselves or the system out", async () => {
    const { admin } = await setup();
    expect(await setAccountActive(admin, admin.id, { active: false })).toMatchObject({ ok: false, reason: "conflict" });
    expect(await updateAccountAccess(admin, admin.id, { name: admin.name, role: "VILLAGE_OFFICIAL", villageCode: "63.02.15.2002" })).toMatchObject(
      { ok: false, reason: expect.stringMatching(/^(conflict|invalid)$/) },
    );
  });

  it("lists, searches and filters on the server", async () => {
    const { admin, office } = await setup();
    const { user } = await createTestAccount("OFFICE_STAFF", { officeId: office.id });
    await db.user.update({ where: { id: user.id }, data: { name: "Rahmat Hidayat Uji" } });
    const found = await listAccounts(admin, { q: "hidayat uji", role: "OFFICE_STAFF", officeId: office.id, active: "yes" });
    expect(found.rows.map((r) => r.id)).toEqual([user.id]);
    expect((await listAccounts(admin, { q: "hidayat uji", active: "no" })).rows).toEqual([]);
    expect((await listAccounts(admin, { role: "nonsense", page: "-4" })).page).toBe(1);
    expect((await getAccount(admin, user.id)).email).toBe(user.email);
  });
});

describe("non-admins find no accounts (not found) and the refusal is audited", () => {
  it("refuses every admin command and query for office staff, village officials and anonymous", async () => {
    const { office, village } = await setup();
    const { user: target } = await createTestAccount("VILLAGE_OFFICIAL", { villageCode: village });
    const staff = await createActor("OFFICE_STAFF", { officeId: office.id });
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: village });
    for (const actor of [staff, official, null]) {
      const calls = [
        () => listAccounts(actor, {}),
        () => getAccount(actor, target.id),
        () => createAccount(actor, { name: "Penyusup", email: "intruder@x.test", role: "ADMIN" }),
        () => createAccount(actor, { name: "", email: "bad" }),
        () => updateAccountAccess(actor, target.id, { name: "X", role: "ADMIN" }),
        () => setAccountActive(actor, target.id, { active: false }),
        () => issuePasswordReset(actor, target.id, {}),
        () => endAllSessions(actor, target.id, {}),
        () => resetTwoFactor(actor, target.id, {}),
      ];
      // Queries throw "not found"; commands answer it.
      for (const call of calls) {
        const answer = await Promise.resolve(call()).catch((error: unknown) => (isAppError(error, "NOT_FOUND") ? notFoundResult : Promise.reject(error)));
        expect(answer).toMatchObject(notFoundResult);
      }
    }
    const unchanged = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(unchanged).toMatchObject({ active: true, role: "VILLAGE_OFFICIAL", sessionVersion: target.sessionVersion });
    expect(await db.auditLog.count({ where: { action: "access.denied", actorId: staff.id, entity: "User" } })).toBe(9);
    expect(await db.auditLog.count({ where: { action: "access.denied", actorId: null, entityId: target.id } })).toBe(6);
  });
});

describe("own account", () => {
  it("changes the own password with the current one; other sessions end", async () => {
    const { user } = await createTestAccount("VILLAGE_OFFICIAL");
    const holder = (await loadActor(user.id, user.sessionVersion))!;
    expect(await fieldOf(changeOwnPassword(holder, { currentPassword: "wrong one!", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }))).toEqual([
      "currentPassword:account.password.current",
    ]);
    expect(await fieldOf(changeOwnPassword(holder, { currentPassword: GOOD_PASSWORD, newPassword: "short", confirmPassword: "short" }))).toEqual([
      "newPassword:account.password.tooShort",
    ]);
    expect(await fieldOf(changeOwnPassword(holder, { currentPassword: GOOD_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: "other" }))).toEqual([
      "confirmPassword:account.password.mismatch",
    ]);
    const { sessionVersion } = valueOf(await changeOwnPassword(holder, { currentPassword: GOOD_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    expect(sessionVersion).toBe(user.sessionVersion + 1);
    expect(await loadActor(user.id, user.sessionVersion)).toBeNull();
    expect(await loadActor(user.id, sessionVersion)).not.toBeNull();
  });

  it("enrols TOTP with a code from the app, gets recovery codes once, and then needs the code at login", async () => {
    const { user } = await createTestAccount("OFFICE_STAFF");
    const holder = (await loadSession(user.id, user.sessionVersion))!.actor;
    valueOf(await startTotpEnrolment(holder, {}));
    const pending = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const secret = decryptField(pending.totpSecret!);
    expect(pending.totpSecret).not.toContain(secret);
    // A pending secret does not count yet.
    expect((await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip: ip() })).status).toBe("signedIn");
    expect(await fieldOf(confirmTotpEnrolment(holder, { code: "000000" }))).toEqual(["code:account.code.wrong"]);
    const { recoveryCodes } = valueOf(await confirmTotpEnrolment(holder, { code: currentTotp(secret) }));
    expect(recoveryCodes).toHaveLength(10);
    expect(await loadSession(user.id, user.sessionVersion)).toMatchObject({ mustEnrolTwoFactor: false });
    expect((await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip: ip() })).status).toBe("secondFactor");
    const fresh = valueOf(await regenerateRecoveryCodes(holder, { currentPassword: GOOD_PASSWORD }));
    expect(fresh.recoveryCodes).not.toEqual(recoveryCodes);
    expect(await disableOwnTwoFactor(holder, { currentPassword: GOOD_PASSWORD })).toMatchObject({ ok: false, reason: "conflict" });
  });

  it("lets a village official turn optional 2FA off with the password", async () => {
    const { user } = await createTestAccount("VILLAGE_OFFICIAL", { totp: true });
    const holder = (await loadActor(user.id, user.sessionVersion))!;
    expect(await fieldOf(disableOwnTwoFactor(holder, { currentPassword: "nope" }))).toEqual(["currentPassword:account.password.current"]);
    valueOf(await disableOwnTwoFactor(holder, { currentPassword: GOOD_PASSWORD }));
    expect((await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip: ip() })).status).toBe("signedIn");
  });
});
