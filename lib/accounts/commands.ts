import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { db, type Tx } from "@/lib/platform/db/client";
import { recordAudit, diffChanges } from "@/lib/platform/audit/log";
import { decryptField, encryptField } from "@/lib/platform/crypto/fields";
import { hashPassword, verifyPassword } from "@/lib/platform/auth/password";
import { TWO_FACTOR_REQUIRED, type Actor } from "@/lib/platform/auth/policy";
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, verifyTotp } from "@/lib/platform/auth/totp";
import {
  OWN_ACCOUNT,
  conflict,
  defineCommand,
  defineRecordCommand,
  fieldError,
  invalid,
  replayed,
  zodFieldErrors,
  type Failure,
  type Result,
} from "@/lib/platform/command";
import { changePasswordSchema, createAccountSchema, newPasswordSchema, updateAccessSchema } from "./schema";

// Account writes: the admin's (create, change access, deactivate, reset password, end sessions, reset 2FA)
// and each user's own (password, 2FA). Every change is audited in its transaction; secrets never reach the
// audit trail (lib/platform/audit/log.ts redacts them). Ending sessions = bumping sessionVersion, which every request
// compares (lib/platform/auth/actor.ts).

export const RESET_TOKEN_HOURS = 72;

export function hashResetToken(token: string): string {
  return createHash("sha256").update(token.trim()).digest("hex");
}

/** A password no one knows: the account can only be entered through a reset code. */
async function unusablePasswordHash() {
  return hashPassword(randomBytes(32).toString("base64"));
}

async function issueResetToken(tx: Tx, userId: string): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
  await tx.passwordResetToken.create({
    data: { userId, tokenHash: hashResetToken(token), expiresAt: new Date(Date.now() + RESET_TOKEN_HOURS * 3600_000) },
  });
  return token;
}

type Access = { role: "ADMIN" } | { role: "OFFICE_STAFF"; officeId: string } | { role: "VILLAGE_OFFICIAL"; villageCode: string };

type Scope = { role: Access["role"]; officeId: string | null; villageCode: string | null };

/** The scope columns of an access choice, checked: the office exists, the village holds an ACTIVE designation. */
async function scopeOf(tx: Tx, access: Access): Promise<Scope | Failure> {
  if (access.role === "OFFICE_STAFF") {
    if (!(await tx.immigrationOffice.findUnique({ where: { id: access.officeId }, select: { id: true } }))) {
      return fieldError("officeId", "account.office.required");
    }
    return { role: access.role, officeId: access.officeId, villageCode: null };
  }
  if (access.role === "VILLAGE_OFFICIAL") {
    const designated = await tx.designation.findFirst({ where: { villageCode: access.villageCode, status: "ACTIVE" } });
    if (!designated) return fieldError("villageCode", "account.village.notDesignated");
    return { role: access.role, officeId: null, villageCode: access.villageCode };
  }
  return { role: access.role, officeId: null, villageCode: null };
}

const isFailure = (value: object): value is Failure => "ok" in value;

/** The account again, locked for the rest of the transaction. */
async function locked(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${id}::uuid FOR UPDATE`;
  return tx.user.findUniqueOrThrow({ where: { id } });
}

/** Refuses a change that would leave no active administrator. */
async function leavesNoAdmin(tx: Tx, exceptId: string): Promise<boolean> {
  return (await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: exceptId } } })) === 0;
}

const lastAdmin = conflict("account.lastAdmin");
const ownAccount = conflict("account.selfNote");

/** Any account, by id: administrators manage all of them. */
const onAccount = {
  permission: "user:manage" as const,
  load: (_actor: Actor, id: string) => db.user.findUnique({ where: { id }, select: { id: true } }),
};

// ─── Admin ────────────────────────────────────────────────────────────────────────────────────────

/** Creates an account without a usable password; the answer's one-time code lets its owner choose one. */
export const createAccount = defineCommand({
  name: "User.create",
  permission: "user:manage",
  input: createAccountSchema,
  run: async ({ input, tx, audit }) => {
    const scope = await scopeOf(tx, input);
    if (isFailure(scope)) return scope;
    const user = await tx.user.create({ data: { name: input.name, email: input.email, passwordHash: await unusablePasswordHash(), ...scope } });
    const resetToken = await issueResetToken(tx, user.id);
    await audit({ action: "account.created", entity: "User", entityId: user.id, changes: { name: input.name, email: input.email, ...scope } });
    return { id: user.id, resetToken };
  },
  onUniqueViolation: async () => fieldError("email", "account.email.taken"),
});

/** Name, role and office or village. A change of role or scope ends the user's sessions. */
export const updateAccountAccess = defineRecordCommand({
  name: "User.updateAccess",
  ...onAccount,
  input: updateAccessSchema,
  run: async ({ actor, input, target, tx, audit }) => {
    const before = await locked(tx, target.id);
    const scope = await scopeOf(tx, input);
    if (isFailure(scope)) return scope;
    if (before.role === "ADMIN" && scope.role !== "ADMIN") {
      if (before.id === actor.id) return ownAccount;
      if (await leavesNoAdmin(tx, before.id)) return lastAdmin;
    }
    const next = { name: input.name, ...scope };
    const changes = diffChanges({ name: before.name, role: before.role, officeId: before.officeId, villageCode: before.villageCode }, next);
    if (!Object.keys(changes).length) return replayed({ changed: false });
    const accessChanged = "role" in changes || "officeId" in changes || "villageCode" in changes;
    await tx.user.update({ where: { id: before.id }, data: { ...next, ...(accessChanged ? { sessionVersion: { increment: 1 } } : {}) } });
    await audit({ action: "account.updated", entity: "User", entityId: before.id, changes });
    return { changed: true };
  },
});

/** Deactivating ends every session at once; reactivating lets the user sign in again. */
export const setAccountActive = defineRecordCommand({
  name: "User.setActive",
  ...onAccount,
  input: z.object({ active: z.boolean() }),
  run: async ({ actor, input: { active }, target, tx, audit }) => {
    const before = await locked(tx, target.id);
    if (before.active === active) return replayed({ changed: false });
    if (!active) {
      if (before.id === actor.id) return ownAccount;
      if (before.role === "ADMIN" && (await leavesNoAdmin(tx, before.id))) return lastAdmin;
    }
    await tx.user.update({ where: { id: before.id }, data: { active, ...(active ? {} : { sessionVersion: { increment: 1 } }) } });
    await audit({
      action: active ? "account.reactivated" : "account.deactivated",
      entity: "User",
      entityId: before.id,
      changes: { active: { from: !active, to: active } },
    });
    return { changed: true };
  },
});

/**
 * The first administrator of a new deployment, from the command line (npm run accounts:create-admin): refused
 * once any active administrator exists, so it cannot be used to add one behind the others' backs. Like every
 * account it starts without a usable password; the one-time code lets its owner choose one. No one is signed
 * in, so this is no command of an actor; it answers like one.
 */
export async function createFirstAdministrator(raw: unknown): Promise<Result<{ id: string; resetToken: string }>> {
  const parsed = createAccountSchema.safeParse({ ...(raw as object), role: "ADMIN" });
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const data = parsed.data;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`LOCK TABLE "User" IN SHARE ROW EXCLUSIVE MODE`;
    if (await tx.user.count({ where: { role: "ADMIN", active: true } })) return conflict("account.adminExists");
    const user = await tx.user.create({ data: { name: data.name, email: data.email, passwordHash: await unusablePasswordHash(), role: "ADMIN" } });
    const resetToken = await issueResetToken(tx, user.id);
    await recordAudit(
      { actor: null, action: "account.first_admin_created", entity: "User", entityId: user.id, changes: { name: data.name, email: data.email, role: "ADMIN" } },
      tx,
    );
    return { ok: true as const, value: { id: user.id, resetToken } };
  });
}

/** Replaces the password with an unusable one, ends all sessions and answers a one-time code shown once. */
export const issuePasswordReset = defineRecordCommand({
  name: "User.issueReset",
  ...onAccount,
  input: z.object({}),
  run: async ({ target, tx, audit }) => {
    await locked(tx, target.id);
    await tx.user.update({ where: { id: target.id }, data: { passwordHash: await unusablePasswordHash(), sessionVersion: { increment: 1 } } });
    const resetToken = await issueResetToken(tx, target.id);
    await audit({ action: "account.password_reset_issued", entity: "User", entityId: target.id, changes: { passwordHash: true } });
    return { resetToken };
  },
});

export const endAllSessions = defineRecordCommand({
  name: "User.endSessions",
  ...onAccount,
  input: z.object({}),
  run: async ({ target, tx, audit }) => {
    await locked(tx, target.id);
    await tx.user.update({ where: { id: target.id }, data: { sessionVersion: { increment: 1 } } });
    await audit({ action: "account.sessions_ended", entity: "User", entityId: target.id });
    return { id: target.id };
  },
});

/** For a lost phone: removes the second factor (the user enrols again at next sign-in) and ends all sessions. */
export const resetTwoFactor = defineRecordCommand({
  name: "User.resetTwoFactor",
  ...onAccount,
  input: z.object({}),
  run: async ({ target, tx, audit }) => {
    await locked(tx, target.id);
    await tx.user.update({
      where: { id: target.id },
      data: { totpSecret: null, totpEnabledAt: null, recoveryCodeHashes: [], sessionVersion: { increment: 1 } },
    });
    await audit({ action: "account.2fa_reset", entity: "User", entityId: target.id, changes: { totpSecret: true } });
    return { id: target.id };
  },
});

// ─── Anyone with a reset code ─────────────────────────────────────────────────────────────────────

const invalidResetCode = fieldError("token", "account.reset.invalid");

/**
 * Sets a new password with a one-time code from an administrator. Unknown, used or expired codes fail alike.
 * The code is the credential (no one is signed in), so this is no command of an actor; it answers like one.
 */
export async function redeemPasswordReset(input: { token: string; newPassword: string; confirmPassword: string }): Promise<Result<{ id: string }>> {
  const token = typeof input.token === "string" ? input.token.trim() : "";
  const record = token ? await db.passwordResetToken.findUnique({ where: { tokenHash: hashResetToken(token) }, include: { user: true } }) : null;
  if (!record || record.usedAt || record.expiresAt < new Date() || !record.user.active) return invalidResetCode;
  const parsed = newPasswordSchema([record.user.email, record.user.name]).safeParse(input);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const passwordHash = await hashPassword(parsed.data.newPassword);
  return db.$transaction(async (tx) => {
    const spent = await tx.passwordResetToken.updateMany({ where: { id: record.id, usedAt: null }, data: { usedAt: new Date() } });
    if (spent.count !== 1) return invalidResetCode;
    await tx.user.update({ where: { id: record.userId }, data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } } });
    await recordAudit(
      { actor: { id: record.userId, role: record.user.role }, action: "account.password_reset_redeemed", entity: "User", entityId: record.userId, changes: { passwordHash: true } },
      tx,
    );
    return { ok: true as const, value: { id: record.userId } };
  });
}

// ─── The user's own account ───────────────────────────────────────────────────────────────────────

const wrongPassword = fieldError("currentPassword", "account.password.current");

async function passwordMatches(actor: Actor, password: unknown) {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
  return typeof password === "string" && (await verifyPassword(user.passwordHash, password));
}

/** Changes the own password; other sessions end. Answers the new session version to re-issue this one. */
export const changeOwnPassword = defineCommand({
  name: "User.changePassword",
  permission: OWN_ACCOUNT,
  input: ({ actor }) => changePasswordSchema([actor.email, actor.name]),
  before: async ({ actor, input }) => ((await passwordMatches(actor, input.currentPassword)) ? null : wrongPassword),
  run: async ({ actor, input, tx, audit }) => {
    const updated = await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    await audit({ action: "account.password_changed", entity: "User", entityId: actor.id, changes: { passwordHash: true } });
    return { sessionVersion: updated.sessionVersion };
  },
});

/** Stores a new, not yet active TOTP secret (encrypted) for the enrolment page to show as a QR code. */
export const startTotpEnrolment = defineCommand({
  name: "User.startTotp",
  permission: OWN_ACCOUNT,
  input: z.object({}),
  run: async ({ actor, tx, audit }) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id } });
    // Already enrolled (a second tab, a double post): nothing to start.
    if (user.totpEnabledAt) return replayed({ id: actor.id });
    await tx.user.update({ where: { id: actor.id }, data: { totpSecret: encryptField(newTotpSecret()) } });
    await audit({ action: "account.2fa_enrolment_started", entity: "User", entityId: actor.id, changes: { totpSecret: true } });
    return { id: actor.id };
  },
});

/** Turns the pending secret on once the app shows a matching code; answers recovery codes to show once. */
export const confirmTotpEnrolment = defineCommand({
  name: "User.confirmTotp",
  permission: OWN_ACCOUNT,
  input: z.object({ code: z.string().max(20) }),
  run: async ({ actor, input, tx, now, audit }) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id } });
    if (user.totpEnabledAt || !user.totpSecret) return conflict("account.conflict");
    if (!verifyTotp(decryptField(user.totpSecret), input.code, now.getTime())) return fieldError("code", "account.code.wrong");
    const recoveryCodes = newRecoveryCodes();
    await tx.user.update({ where: { id: actor.id }, data: { totpEnabledAt: now, recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode) } });
    await audit({ action: "account.2fa_enabled", entity: "User", entityId: actor.id, changes: { totpSecret: true } });
    return { recoveryCodes };
  },
});

const confirmPassword = z.object({ currentPassword: z.string().max(1024) });

/** New recovery codes (the old ones stop working), after the password is confirmed. */
export const regenerateRecoveryCodes = defineCommand({
  name: "User.regenerateCodes",
  permission: OWN_ACCOUNT,
  input: confirmPassword,
  before: async ({ actor, input }) => ((await passwordMatches(actor, input.currentPassword)) ? null : wrongPassword),
  run: async ({ actor, tx, audit }) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id } });
    if (!user.totpEnabledAt) return conflict("account.conflict");
    const recoveryCodes = newRecoveryCodes();
    await tx.user.update({ where: { id: actor.id }, data: { recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode) } });
    await audit({ action: "account.recovery_codes_regenerated", entity: "User", entityId: actor.id, changes: { recoveryCodeHashes: true } });
    return { recoveryCodes };
  },
});

/** Turns 2FA off: only for roles where it is optional, after the password is confirmed. */
export const disableOwnTwoFactor = defineCommand({
  name: "User.disableTotp",
  permission: OWN_ACCOUNT,
  input: confirmPassword,
  before: async ({ actor, input }) => {
    if (TWO_FACTOR_REQUIRED[actor.role]) return conflict("account.conflict");
    return (await passwordMatches(actor, input.currentPassword)) ? null : wrongPassword;
  },
  run: async ({ actor, tx, audit }) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id } });
    if (!user.totpEnabledAt) return replayed({ id: actor.id });
    await tx.user.update({ where: { id: actor.id }, data: { totpSecret: null, totpEnabledAt: null, recoveryCodeHashes: [] } });
    await audit({ action: "account.2fa_disabled", entity: "User", entityId: actor.id, changes: { totpSecret: true } });
    return { id: actor.id };
  },
});
