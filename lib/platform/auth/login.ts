import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/platform/db/client";
import type { Role } from "@/lib/platform/db/generated/enums";
import { decryptField, keyedHash } from "@/lib/platform/crypto/fields";
import { recordAudit } from "@/lib/platform/audit/log";
import { hashPassword, needsRehash, verifyPassword } from "./password";
import { mintTicket, readTicket } from "./tickets";
import { retryAfterSeconds, recordLoginAttempt, UNKNOWN_IP } from "./throttle";
import { hashRecoveryCode, looksLikeRecoveryCode, totpStep } from "./totp";

// The login service: password step, then the code step when the account has TOTP. Auth.js only ever sees the
// "session" ticket this returns (lib/platform/auth/config.ts). Unknown e-mail, wrong password and inactive account
// give the same answer, and take about the same time (a dummy hash is verified for unknown addresses).

export type LoginOutcome =
  | { status: "signedIn"; sessionTicket: string; userId: string; role: Role }
  | { status: "secondFactor"; secondFactorTicket: string }
  | { status: "invalid" }
  | { status: "throttled"; retryAfterSeconds: number };

export type LoginContext = { ip: string | null; now?: Date };

type FailureReason = "unknown_email" | "bad_password" | "inactive" | "bad_code" | "throttled" | "expired_step";

let dummyHash: Promise<string> | undefined;

export function emailKeyOf(email: string): string {
  return keyedHash("email", email.trim().toLowerCase());
}

async function fail(reason: FailureReason, userId: string | null, emailKey: string) {
  // The e-mail itself is not logged: an unknown address may be a mistyped password.
  await recordAudit({
    actor: null,
    action: "auth.login.failed",
    entity: "User",
    entityId: userId,
    changes: { reason, emailKey: emailKey.slice(0, 16) },
  });
}

async function succeed(user: { id: string; role: Role; sessionVersion: number }, emailKey: string, ip: string, now: Date, method: string) {
  await recordLoginAttempt(emailKey, ip, true, now);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await recordAudit({ actor: user, action: "auth.login.succeeded", entity: "User", entityId: user.id, changes: { method } }, tx);
  });
  return {
    status: "signedIn" as const,
    sessionTicket: mintTicket(user.id, user.sessionVersion, "session", now.getTime()),
    userId: user.id,
    role: user.role,
  };
}

export async function loginWithPassword(
  input: { email: string; password: string },
  context: LoginContext,
): Promise<LoginOutcome> {
  const now = context.now ?? new Date();
  const ip = context.ip || UNKNOWN_IP;
  const email = input.email.trim().toLowerCase();
  const emailKey = emailKeyOf(email);

  const wait = await retryAfterSeconds(emailKey, ip, now);
  if (wait > 0) {
    await fail("throttled", null, emailKey);
    return { status: "throttled", retryAfterSeconds: wait };
  }

  const user = email.length <= 254 ? await db.user.findUnique({ where: { email } }) : null;
  dummyHash ??= hashPassword(randomBytes(32).toString("base64"));
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password.slice(0, 1024));

  if (!user || !passwordOk || !user.active) {
    await recordLoginAttempt(emailKey, ip, false, now);
    await fail(!user ? "unknown_email" : !passwordOk ? "bad_password" : "inactive", user?.id ?? null, emailKey);
    return { status: "invalid" };
  }

  if (needsRehash(user.passwordHash)) {
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.password) } });
  }

  if (user.totpEnabledAt && user.totpSecret) {
    return { status: "secondFactor", secondFactorTicket: mintTicket(user.id, user.sessionVersion, "second-factor", now.getTime()) };
  }
  return succeed(user, emailKey, ip, now, "password");
}

/** The code step: a 6-digit TOTP or one unused recovery code (which is then spent). */
export async function loginWithCode(
  input: { secondFactorTicket: string; code: string },
  context: LoginContext,
): Promise<LoginOutcome> {
  const now = context.now ?? new Date();
  const ip = context.ip || UNKNOWN_IP;
  const ticket = readTicket(input.secondFactorTicket, "second-factor", now.getTime());
  if (!ticket) return { status: "invalid" };
  const user = await db.user.findUnique({ where: { id: ticket.uid } });
  if (!user) return { status: "invalid" };
  const emailKey = emailKeyOf(user.email);
  if (!user.active || user.sessionVersion !== ticket.sv || !user.totpEnabledAt || !user.totpSecret) {
    await fail("expired_step", user.id, emailKey);
    return { status: "invalid" };
  }

  const wait = await retryAfterSeconds(emailKey, ip, now);
  if (wait > 0) {
    await fail("throttled", user.id, emailKey);
    return { status: "throttled", retryAfterSeconds: wait };
  }

  const code = input.code.trim().slice(0, 64);
  if (looksLikeRecoveryCode(code)) {
    const hash = hashRecoveryCode(code);
    if (user.recoveryCodeHashes.includes(hash)) {
      // Spend the code atomically: a concurrent second use finds it gone and updates nothing.
      const spent = await db.user.updateMany({
        where: { id: user.id, recoveryCodeHashes: { has: hash } },
        data: { recoveryCodeHashes: user.recoveryCodeHashes.filter((h) => h !== hash) },
      });
      if (spent.count === 1) return succeed(user, emailKey, ip, now, "recovery_code");
    }
  } else {
    const step = totpStep(decryptField(user.totpSecret), code, now.getTime());
    // Each step's code is used once (RFC 6238 §5.2): the step is claimed atomically, so a replay, or the same
    // code posted twice at once, finds a step at least as late already recorded and is refused.
    const claimed = step === null ? 0 : (await db.user.updateMany({
      where: { id: user.id, OR: [{ totpLastUsedStep: null }, { totpLastUsedStep: { lt: step } }] },
      data: { totpLastUsedStep: step },
    })).count;
    if (claimed === 1) return succeed(user, emailKey, ip, now, "totp");
  }
  await recordLoginAttempt(emailKey, ip, false, now);
  await fail("bad_code", user.id, emailKey);
  return { status: "invalid" };
}
