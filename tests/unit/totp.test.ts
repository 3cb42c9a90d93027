import { describe, expect, it } from "vitest";
import {
  currentTotp,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  totpQrSvg,
  totpUri,
  verifyTotp,
} from "@/lib/platform/auth/totp";
import { sessionExpired, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, touchedSeen } from "@/lib/platform/auth/timeouts";
import { lockEnd, THROTTLE } from "@/lib/platform/auth/lockout";

describe("TOTP", () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 10, 28, 9, 0, 0);

  it("accepts the current code and one step of drift, nothing older", () => {
    expect(verifyTotp(secret, currentTotp(secret, now), now)).toBe(true);
    expect(verifyTotp(secret, currentTotp(secret, now - 30_000), now)).toBe(true);
    expect(verifyTotp(secret, currentTotp(secret, now - 120_000), now)).toBe(false);
    expect(verifyTotp(secret, "12345", now)).toBe(false);
    expect(verifyTotp(secret, "abcdef", now)).toBe(false);
  });

  it("gives an otpauth URI and a server-rendered SVG QR code", async () => {
    const uri = totpUri(secret, "kanim@desabinaan.test");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Desa%20Binaan%20Imigrasi:kanim%40desabinaan\.test\?/);
    expect(uri).toContain(`secret=${secret}`);
    expect(await totpQrSvg(uri)).toMatch(/^<svg/);
  });

  it("makes distinct recovery codes and hashes them regardless of case and dashes", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(codes[0]).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect(looksLikeRecoveryCode(codes[0])).toBe(true);
    expect(looksLikeRecoveryCode("123456")).toBe(false);
    expect(hashRecoveryCode(codes[0].toLowerCase().replace(/-/g, " "))).toBe(hashRecoveryCode(codes[0]));
  });
});

describe("session timeouts", () => {
  const login = 1_800_000_000;
  it("ends a session after 30 idle minutes and 12 hours in all", () => {
    expect(sessionExpired({ authAt: login, seen: login }, login + SESSION_IDLE_SECONDS)).toBe(false);
    expect(sessionExpired({ authAt: login, seen: login }, login + SESSION_IDLE_SECONDS + 1)).toBe(true);
    const busy = login + SESSION_ABSOLUTE_SECONDS + 1;
    expect(sessionExpired({ authAt: login, seen: busy - 10 }, busy)).toBe(true);
    expect(sessionExpired({}, login)).toBe(true);
  });

  it("moves the last-seen claim at most once a minute", () => {
    expect(touchedSeen(login, login + 59)).toBe(login);
    expect(touchedSeen(login, login + 60)).toBe(login + 60);
  });
});

describe("throttling locks", () => {
  const last = new Date("2026-11-28T09:00:00Z");
  it("doubles a short lock after the free failures and caps it at 15 minutes", () => {
    expect(lockEnd(4, last, 5)).toBeNull();
    expect(lockEnd(5, last, 5)!.getTime() - last.getTime()).toBe(THROTTLE.baseLockMs);
    expect(lockEnd(6, last, 5)!.getTime() - last.getTime()).toBe(2 * THROTTLE.baseLockMs);
    expect(lockEnd(50, last, 5)!.getTime() - last.getTime()).toBe(THROTTLE.maxLockMs);
  });
});
