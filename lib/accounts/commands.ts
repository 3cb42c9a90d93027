import "server-only";
import { isRecordId } from "@/lib/platform/validation/ids";
import { createHash, randomBytes } from "node:crypto";
import type { z } from "zod";
import { db, type Tx } from "@/lib/platform/db/client";
import { Prisma } from "@/lib/platform/db/generated/client";
import { recordAudit, diffChanges } from "@/lib/platform/audit/log";
import { decryptField, encryptField } from "@/lib/platform/crypto/fields";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { hashPassword, verifyPassword } from "@/lib/platform/auth/password";
import { TWO_FACTOR_REQUIRED, type Actor } from "@/lib/platform/auth/policy";
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, verifyTotp } from "@/lib/platform/auth/totp";
import { AppError, NotFoundError } from "@/lib/platform/errors";
import { changePasswordSchema, createAccountSchema, newPasswordSchema, updateAccessSchema } from "./schema";

// Account writes: the admin's (create, change access, deactivate, reset password, end sessions, reset 2FA)
// and each user's own (password, 2FA). Every change is audited in its transaction; secrets never reach the
// audit trail (lib/platform/audit/log.ts redacts them). Ending sessions = bumping sessionVersion, which every request
// compares (lib/platform/auth/actor.ts).

export const RESET_TOKEN_HOURS = 72;

/** Bad input: carries the zod error so the action can show a message per field. */
export class InvalidInputError extends AppError {
  constructor(readonly zodError: z.ZodError) {
    super("INVALID_INPUT");
  }
}

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidInputError(result.error);
  return result.data;
}

function fieldError(path: string, message: string): InvalidInputError {
  return new InvalidInputError({ issues: [{ code: "custom", path: [path], message }] } as unknown as z.ZodError);
}

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

/** The scope columns of an access choice, checked: the office exists, the village holds an ACTIVE designation. */
async function scopeOf(tx: Tx, access: Access) {
  if (access.role === "OFFICE_STAFF") {
    if (!(await tx.immigrationOffice.findUnique({ where: { id: access.officeId }, select: { id: true } }))) {
      throw fieldError("officeId", "office.required");
    }
    return { role: access.role, officeId: access.officeId, villageCode: null };
  }
  if (access.role === "VILLAGE_OFFICIAL") {
    const designated = await tx.designation.findFirst({ where: { villageCode: access.villageCode, status: "ACTIVE" } });
    if (!designated) throw fieldError("villageCode", "village.notDesignated");
    return { role: access.role, officeId: null, villageCode: access.villageCode };
  }
  return { role: access.role, officeId: null, villageCode: null };
}

async function lockedAccount(tx: Tx, id: string) {
  if (!isRecordId(id)) throw new NotFoundError("User");
  const [user] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${id}::uuid FOR UPDATE`;
  if (!user) throw new NotFoundError("User");
  return tx.user.findUniqueOrThrow({ where: { id } });
}

/** Refuses a change that would leave no active administrator. */
async function keepAnAdmin(tx: Tx, exceptId: string) {
  const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: exceptId } } });
  if (others === 0) throw new AppError("CONFLICT", "last administrator");
}

// ─── Admin ────────────────────────────────────────────────────────────────────────────────────────

/** Creates an account without a usable password; the returned one-time code lets its owner choose one. */
export async function createAccount(actor: Actor | null, input: unknown) {
  const admin = await authorizeAudited(actor, "user:manage", undefined, "User");
  const data = parse(createAccountSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const scope = await scopeOf(tx, data);
      const user = await tx.user.create({
        data: { name: data.name, email: data.email, passwordHash: await unusablePasswordHash(), ...scope },
      });
      const resetToken = await issueResetToken(tx, user.id);
      await recordAudit(
        { actor: admin, action: "account.created", entity: "User", entityId: user.id, changes: { name: data.name, email: data.email, ...scope } },
        tx,
      );
      return { id: user.id, resetToken };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw fieldError("email", "email.taken");
    throw error;
  }
}

/** Name, role and office or village. A change of role or scope ends the user's sessions. */
export async function updateAccountAccess(actor: Actor | null, id: string, input: unknown) {
  const admin = await authorizeAudited(actor, "user:manage", undefined, "User", id);
  const data = parse(updateAccessSchema, input);
  return db.$transaction(async (tx) => {
    const before = await lockedAccount(tx, id);
    const scope = await scopeOf(tx, data);
    if (before.role === "ADMIN" && scope.role !== "ADMIN") {
      if (before.id === admin.id) throw new AppError("CONFLICT", "own role");
      await keepAnAdmin(tx, before.id);
    }
    const next = { name: data.name, ...scope };
    const changes = diffChanges(
      { name: before.name, role: before.role, officeId: before.officeId, villageCode: before.villageCode },
      next,
    );
    if (!Object.keys(changes).length) return { changed: false };
    const accessChanged = "role" in changes || "officeId" in changes || "villageCode" in changes;
    await tx.user.update({
      where: { id },
      data: { ...next, ...(accessChanged ? { sessionVersion: { increment: 1 } } : {}) },
    });
    await recordAudit({ actor: admin, action: "account.updated", entity: "User", entityId: id, changes }, tx);
    return { changed: true };
  });
}

/** Deactivating ends every session at once; reactivating lets the user sign in again. */
export async function setAccountActive(actor: Actor | null, id: string, active: boolean) {
  const admin = await authorizeAudited(actor, "user:manage", undefined, "User", id);
  return db.$transaction(async (tx) => {
    const before = await lockedAccount(tx, id);
    if (before.active === active) return { changed: false };
    if (!active) {
      if (before.id === admin.id) throw new AppError("CONFLICT", "own account");
      if (before.role === "ADMIN") await keepAnAdmin(tx, before.id);
    }
    await tx.user.update({ where: { id }, data: { active, ...(active ? {} : { sessionVersion: { increment: 1 } }) } });
    await recordAudit(
      { actor: admin, action: active ? "account.reactivated" : "account.deactivated", entity: "User", entityId: id, changes: { active: { from: !active, to: active } } },
      tx,
    );
    return { changed: true };
  });
}

/**
 * The first administrator of a new deployment, from the command line (npm run accounts:create-admin): refused
 * once any active administrator exists, so it cannot be used to add one behind the others' backs. Like every
 * account it starts without a usable password; the one-time code lets its owner choose one.
 */
export async function createFirstAdministrator(input: unknown) {
  const data = parse(createAccountSchema, { ...(input as object), role: "ADMIN" });
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`LOCK TABLE "User" IN SHARE ROW EXCLUSIVE MODE`;
    if (await tx.user.count({ where: { role: "ADMIN", active: true } })) {
      throw new AppError("CONFLICT", "an active administrator already exists");
    }
    const user = await tx.user.create({
      data: { name: data.name, email: data.email, passwordHash: await unusablePasswordHash(), role: "ADMIN" },
    });
    const resetToken = await issueResetToken(tx, user.id);
    await recordAudit(
      { actor: null, action: "account.first_admin_created", entity: "User", entityId: user.id, changes: { name: data.name, email: data.email, role: "ADMIN" } },
      tx,
    );
    return { id: user.id, resetToken };
  });
}

/** Replaces the password with an unusable one, ends all sessions and returns a one-time code shown once. */
export async function issuePasswordReset(actor: Actor | null, id: string) {
  const admin = await authorizeAudited(actor, "user:manage", undefined, "User", id);
  const passwordHash = await unusablePasswordHash();
  return db.$transaction(async (tx) => {
    await lockedAccount(tx, id);
    await tx.user.update({ where: { id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    const resetToken = await issueResetToken(tx, id);
    await recordAudit({ actor: admin, action: "account.password_reset_issued", entity: "User", entityId: id, changes: { passwordHash: true } }, tx);
    return { resetToken };
  });
}

export async function endAllSessions(actor: Actor | null, id: string) {
  const admin = await authorizeAudited(actor, "user:manage", undefined, "User", id);
  await db.$transaction(async (tx) => {
    await lockedAccount(tx, id);
    await tx.user.update({ where: { id }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit({ actor: admin, action: "account.sessions_ended", entity: "User", entityId: id }, tx);
  });
}

/** For a lost phone: removes the second factor (the user enrols again at next sign-in) and ends all sessions. */
export async function resetTwoFactor(actor: Actor | null, id: string) {
  const admin = await authorizeAudited(actor, "user:manage", undefined, "User", id);
  await db.$transaction(async (tx) => {
    await lockedAccount(tx, id);
    await tx.user.update({
      where: { id },
      data: { totpSecret: null, totpEnabledAt: null, recoveryCodeHashes: [], sessionVersion: { increment: 1 } },
    });
    await recordAudit({ actor: admin, action: "account.2fa_reset", entity: "User", entityId: id, changes: { totpSecret: true } }, tx);
  });
}

// ─── Anyone with a reset code ─────────────────────────────────────────────────────────────────────

/** Sets a new password with a one-time code from an administrator. Unknown, used or expired codes fail alike. */
export async function redeemPasswordReset(input: { token: string; newPassword: string; confirmPassword: string }) {
  const token = typeof input.token === "string" ? input.token.trim() : "";
  const record = token
    ? await db.passwordResetToken.findUnique({ where: { tokenHash: hashResetToken(token) }, include: { user: true } })
    : null;
  if (!record || record.usedAt || record.expiresAt < new Date() || !record.user.active) {
    throw fieldError("token", "reset.invalid");
  }
  const data = parse(newPasswordSchema([record.user.email, record.user.name]), input);
  const passwordHash = await hashPassword(data.newPassword);
  await db.$transaction(async (tx) => {
    const spent = await tx.passwordResetToken.updateMany({ where: { id: record.id, usedAt: null }, data: { usedAt: new Date() } });
    if (spent.count !== 1) throw fieldError("token", "reset.invalid");
    await tx.user.update({ where: { id: record.userId }, data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } } });
    await recordAudit(
      { actor: { id: record.userId, role: record.user.role }, action: "account.password_reset_redeemed", entity: "User", entityId: record.userId, changes: { passwordHash: true } },
      tx,
    );
  });
}

// ─── The user's own account ───────────────────────────────────────────────────────────────────────

/** Changes the own password; other sessions end. Returns the new session version to re-issue this one. */
export async function changeOwnPassword(holder: Actor, input: unknown) {
  const data = parse(changePasswordSchema([holder.email, holder.name]), input);
  const user = await db.user.findUniqueOrThrow({ where: { id: holder.id } });
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) throw fieldError("currentPassword", "password.current");
  const passwordHash = await hashPassword(data.newPassword);
  return db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: holder.id },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    await recordAudit({ actor: holder, action: "account.password_changed", entity: "User", entityId: holder.id, changes: { passwordHash: true } }, tx);
    return { sessionVersion: updated.sessionVersion };
  });
}

/** Stores a new, not yet active TOTP secret (encrypted) for the enrolment page to show as a QR code. */
export async function startTotpEnrolment(holder: Actor) {
  const user = await db.user.findUniqueOrThrow({ where: { id: holder.id } });
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "already enrolled");
  await db.user.update({ where: { id: holder.id }, data: { totpSecret: encryptField(newTotpSecret()) } });
}

/** Turns the pending secret on once the app shows a matching code; returns recovery codes to show once. */
export async function confirmTotpEnrolment(holder: Actor, code: string, now = Date.now()) {
  const user = await db.user.findUniqueOrThrow({ where: { id: holder.id } });
  if (user.totpEnabledAt || !user.totpSecret) throw new AppError("CONFLICT", "no pending enrolment");
  if (!verifyTotp(decryptField(user.totpSecret), code, now)) throw fieldError("code", "code.wrong");
  const recoveryCodes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: holder.id },
      data: { totpEnabledAt: new Date(now), recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode) },
    });
    await recordAudit({ actor: holder, action: "account.2fa_enabled", entity: "User", entityId: holder.id, changes: { totpSecret: true } }, tx);
  });
  return { recoveryCodes };
}

async function checkOwnPassword(holder: Actor, password: unknown) {
  const user = await db.user.findUniqueOrThrow({ where: { id: holder.id } });
  if (typeof password !== "string" || !(await verifyPassword(user.passwordHash, password))) {
    throw fieldError("currentPassword", "password.current");
  }
  return user;
}

/** New recovery codes (the old ones stop working), after the password is confirmed. */
export async function regenerateRecoveryCodes(holder: Actor, password: unknown) {
  const user = await checkOwnPassword(holder, password);
  if (!user.totpEnabledAt) throw new AppError("CONFLICT", "not enrolled");
  const recoveryCodes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: holder.id }, data: { recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode) } });
    await recordAudit({ actor: holder, action: "account.recovery_codes_regenerated", entity: "User", entityId: holder.id, changes: { recoveryCodeHashes: true } }, tx);
  });
  return { recoveryCodes };
}

/** Turns 2FA off: only for roles where it is optional, after the password is confirmed. */
export async function disableOwnTwoFactor(holder: Actor, password: unknown) {
  if (TWO_FACTOR_REQUIRED[holder.role]) throw new AppError("CONFLICT", "required for role");
  const user = await checkOwnPassword(holder, password);
  if (!user.totpEnabledAt) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: holder.id }, data: { totpSecret: null, totpEnabledAt: null, recoveryCodeHashes: [] } });
    await recordAudit({ actor: holder, action: "account.2fa_disabled", entity: "User", entityId: holder.id, changes: { totpSecret: true } }, tx);
  });
}
