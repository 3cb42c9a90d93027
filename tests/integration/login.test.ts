import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { hash } from "@node-rs/argon2";
import { emailKeyOf, loginWithCode, loginWithPassword, type LoginOutcome } from "@/lib/platform/auth/login";
import { loadActor, loadSession } from "@/lib/platform/auth/actor";
import { readTicket } from "@/lib/platform/auth/tickets";
import { currentTotp } from "@/lib/platform/auth/totp";
import { THROTTLE } from "@/lib/platform/auth/lockout";
import { createAccount, GOOD_PASSWORD } from "../support/factories/auth";

const at = (iso: string) => new Date(iso);
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;

function expectSignedIn(outcome: LoginOutcome) {
  expect(outcome.status).toBe("signedIn");
  return outcome as Extract<LoginOutcome, { status: "signedIn" }>;
}

describe("login with e-mail and password", () => {
  it("signs in, mints a session ticket for the current session version and audits it", async () => {
    const { user } = await createAccount("VILLAGE_OFFICIAL");
    const outcome = expectSignedIn(await loginWithPassword({ email: ` ${user.email.toUpperCase()} `, password: GOOD_PASSWORD }, { ip: freshIp() }));
    const ticket = readTicket(outcome.sessionTicket, "session");
    expect(ticket).toMatchObject({ uid: user.id, sv: user.sessionVersion });
    expect(readTicket(outcome.sessionTicket, "second-factor")).toBeNull();
    const audit = await db.auditLog.findFirst({ where: { entityId: user.id, action: "auth.login.succeeded" } });
    expect(audit).toMatchObject({ actorId: user.id, actorRole: "VILLAGE_OFFICIAL" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
  });

  it("answers unknown e-mail, wrong password and inactive account the same way, and audits each failure", async () => {
    const { user } = await createAccount("VILLAGE_OFFICIAL");
    const ip = freshIp();
    const unknown = await loginWithPassword({ email: "nobody@example.test", password: GOOD_PASSWORD }, { ip });
    const wrong = await loginWithPassword({ email: user.email, password: "wrong password here" }, { ip });
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    const inactive = await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip });
    expect([unknown, wrong, inactive]).toEqual([{ status: "invalid" }, { status: "invalid" }, { status: "invalid" }]);
    const failures = await db.auditLog.findMany({ where: { action: "auth.login.failed", entityId: user.id }, orderBy: { id: "asc" } });
    expect(failures.map((f) => (f.changes as { reason: string }).reason)).toEqual(["bad_password", "inactive"]);
    const unknownRow = await db.auditLog.findFirst({ where: { action: "auth.login.failed", entityId: null }, orderBy: { id: "desc" } });
    expect(JSON.stringify(unknownRow?.changes)).not.toContain("nobody@example.test");
  });

  it("rehashes a password stored with weaker argon2 parameters", async () => {
    const weak = await hash(GOOD_PASSWORD, { algorithm: 2, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    const { user } = await createAccount("VILLAGE_OFFICIAL");
    await db.user.update({ where: { id: user.id }, data: { passwordHash: weak } });
    expectSignedIn(await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip: freshIp() }));
    const rehashed = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    expect(rehashed).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe("throttling", () => {
  it("locks an account briefly after five failures, from any IP, and the lock expires", async () => {
    const { user } = await createAccount("VILLAGE_OFFICIAL");
    const start = at("2026-11-28T09:00:00Z");
    for (let i = 0; i < THROTTLE.freeAccountFailures; i++) {
      const outcome = await loginWithPassword(
        { email: user.email, password: `guess number ${i}` },
        { ip: freshIp(), now: new Date(start.getTime() + i * 1000) },
      );
      expect(outcome.status).toBe("invalid");
    }
    const afterFifth = new Date(start.getTime() + 5_000);
    // Even the right password is refused while locked, and the refusal is not counted.
    const locked = await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip: freshIp(), now: afterFifth });
    expect(locked).toEqual({ status: "throttled", retryAfterSeconds: 29 });
    const lastFailure = new Date(start.getTime() + 4_000);
    const later = new Date(lastFailure.getTime() + THROTTLE.baseLockMs + 1);
    expectSignedIn(await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip: freshIp(), now: later }));
  });

  it("never locks an account for longer than 15 minutes, however many failures", async () => {
    const { user } = await createAccount("VILLAGE_OFFICIAL");
    const start = at("2026-11-28T10:00:00Z");
    const key = emailKeyOf(user.email);
    await db.loginAttempt.createMany({
      data: Array.from({ length: 40 }, (_, i) => ({ emailKey: key, ip: freshIp(), success: false, createdAt: new Date(start.getTime() + i * 100) })),
    });
    const last = new Date(start.getTime() + 3_900);
    const outcome = await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip: freshIp(), now: new Date(last.getTime() + 1000) });
    expect(outcome.status).toBe("throttled");
    expect((outcome as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expectSignedIn(
      await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip: freshIp(), now: new Date(last.getTime() + THROTTLE.maxLockMs + 1) }),
    );
  });

  it("limits one IP that sprays many accounts", async () => {
    const ip = freshIp();
    const start = at("2026-11-28T11:00:00Z");
    for (let i = 0; i < THROTTLE.freeIpFailures; i++) {
      await loginWithPassword({ email: `spray-${i}@example.test`, password: "Winter2026!" }, { ip, now: new Date(start.getTime() + i * 10) });
    }
    const { user } = await createAccount("VILLAGE_OFFICIAL");
    const now = new Date(start.getTime() + 1000);
    expect((await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip, now })).status).toBe("throttled");
    // The same account from another address is not affected.
    expectSignedIn(await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip: freshIp(), now }));
  });

  it("audits throttled attempts as failed logins", async () => {
    const { user } = await createAccount("VILLAGE_OFFICIAL");
    const now = at("2026-11-28T12:00:00Z");
    for (let i = 0; i < 6; i++) await loginWithPassword({ email: user.email, password: `nope ${i}` }, { ip: freshIp(), now });
    const reasons = (await db.auditLog.findMany({ where: { action: "auth.login.failed", changes: { path: ["reason"], equals: "throttled" } } })).length;
    expect(reasons).toBeGreaterThanOrEqual(1);
  });
});

describe("two-factor login", () => {
  it("requires the TOTP code of an enrolled account; the password alone gives no session", async () => {
    const { user, totpSecret } = await createAccount("OFFICE_STAFF", { totp: true });
    const ip = freshIp();
    const step = await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip });
    expect(step.status).toBe("secondFactor");
    const { secondFactorTicket } = step as Extract<LoginOutcome, { status: "secondFactor" }>;
    // The second-factor ticket is not a session ticket.
    expect(readTicket(secondFactorTicket, "session")).toBeNull();
    expect(await loginWithCode({ secondFactorTicket, code: "000000" }, { ip })).toEqual({ status: "invalid" });
    expect(await loginWithCode({ secondFactorTicket: "forged.ticket", code: currentTotp(totpSecret!) }, { ip })).toEqual({ status: "invalid" });
    expectSignedIn(await loginWithCode({ secondFactorTicket, code: currentTotp(totpSecret!) }, { ip }));
    const methods = await db.auditLog.findMany({ where: { entityId: user.id, action: "auth.login.succeeded" } });
    expect(methods.map((m) => (m.changes as { method: string }).method)).toEqual(["totp"]);
  });

  it("accepts each TOTP code once: a replay within its window is refused, also when posted twice at once", async () => {
    const { user, totpSecret } = await createAccount("OFFICE_STAFF", { totp: true });
    const ip = freshIp();
    const now = new Date(Math.floor(Date.now() / 30_000) * 30_000 + 5_000);
    const stepAt = async () => ((await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip, now })) as Extract<LoginOutcome, { status: "secondFactor" }>).secondFactorTicket;
    const code = currentTotp(totpSecret!, now.getTime());
    const [first, second] = await Promise.all([stepAt(), stepAt()]);
    const outcomes = await Promise.all([
      loginWithCode({ secondFactorTicket: first, code }, { ip, now }),
      loginWithCode({ secondFactorTicket: second, code }, { ip, now }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["invalid", "signedIn"]);
    // The same code 20 s later (still inside its window) and the previous step's code are refused too.
    const later = new Date(now.getTime() + 20_000);
    expect(await loginWithCode({ secondFactorTicket: await stepAt(), code }, { ip, now: later })).toEqual({ status: "invalid" });
    expect(await loginWithCode({ secondFactorTicket: await stepAt(), code: currentTotp(totpSecret!, now.getTime() - 30_000) }, { ip, now })).toEqual({ status: "invalid" });
    // The next step's code is accepted once.
    const next = new Date(now.getTime() + 30_000);
    expectSignedIn(await loginWithCode({ secondFactorTicket: await stepAt(), code: currentTotp(totpSecret!, next.getTime()) }, { ip, now: next }));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpLastUsedStep).toBe(Math.floor(next.getTime() / 30_000));
  });

  it("accepts each recovery code once", async () => {
    const { user, recoveryCodes } = await createAccount("ADMIN", { totp: true });
    const ip = freshIp();
    const step = (await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip })) as Extract<LoginOutcome, { status: "secondFactor" }>;
    expectSignedIn(await loginWithCode({ secondFactorTicket: step.secondFactorTicket, code: recoveryCodes[3].toLowerCase() }, { ip }));
    expect(await loginWithCode({ secondFactorTicket: step.secondFactorTicket, code: recoveryCodes[3] }, { ip })).toEqual({ status: "invalid" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).recoveryCodeHashes).toHaveLength(9);
  });

  it("refuses the code step after the account's sessions were ended", async () => {
    const { user, totpSecret } = await createAccount("OFFICE_STAFF", { totp: true });
    const ip = freshIp();
    const step = (await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip })) as Extract<LoginOutcome, { status: "secondFactor" }>;
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await loginWithCode({ secondFactorTicket: step.secondFactorTicket, code: currentTotp(totpSecret!) }, { ip })).toEqual({ status: "invalid" });
  });

  it("brute force on the code is throttled like passwords", async () => {
    const { user, totpSecret } = await createAccount("OFFICE_STAFF", { totp: true });
    const ip = freshIp();
    const step = (await loginWithPassword({ email: user.email, password: GOOD_PASSWORD }, { ip })) as Extract<LoginOutcome, { status: "secondFactor" }>;
    for (let i = 0; i < THROTTLE.freeAccountFailures; i++) {
      await loginWithCode({ secondFactorTicket: step.secondFactorTicket, code: String(100000 + i) }, { ip });
    }
    expect((await loginWithCode({ secondFactorTicket: step.secondFactorTicket, code: currentTotp(totpSecret!) }, { ip })).status).toBe("throttled");
  });
});

describe("sessions are re-read on every request", () => {
  it("refuses an existing session after deactivation, role change, password reset or ending sessions", async () => {
    for (const change of [
      { active: false },
      { sessionVersion: { increment: 1 } },
    ] as const) {
      const { user } = await createAccount("VILLAGE_OFFICIAL");
      expect(await loadActor(user.id, user.sessionVersion)).not.toBeNull();
      await db.user.update({ where: { id: user.id }, data: change });
      expect(await loadActor(user.id, user.sessionVersion)).toBeNull();
    }
  });

  it("sends a role that requires 2FA to enrolment until it has a second factor", async () => {
    const { user } = await createAccount("OFFICE_STAFF");
    expect(await loadSession(user.id, user.sessionVersion)).toMatchObject({ mustEnrolTwoFactor: true });
    const official = await createAccount("VILLAGE_OFFICIAL");
    expect(await loadSession(official.user.id, official.user.sessionVersion)).toMatchObject({ mustEnrolTwoFactor: false });
    const enrolled = await createAccount("ADMIN", { totp: true });
    expect(await loadSession(enrolled.user.id, enrolled.user.sessionVersion)).toMatchObject({ mustEnrolTwoFactor: false });
  });
});
