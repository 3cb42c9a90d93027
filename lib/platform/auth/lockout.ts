// The lock rule of login throttling (lib/platform/auth/throttle.ts), pure so it is easy to test.

export const THROTTLE = {
  windowMs: 15 * 60_000,
  baseLockMs: 30_000,
  maxLockMs: 15 * 60_000,
  freeAccountFailures: 5,
  freeIpFailures: 20,
} as const;

export const UNKNOWN_IP = "unknown";

/** When the lock of `failures` failures (the last at `lastFailure`) ends, or null when there is none. */
export function lockEnd(failures: number, lastFailure: Date | null, free: number): Date | null {
  if (!lastFailure || failures < free) return null;
  const lock = Math.min(THROTTLE.baseLockMs * 2 ** (failures - free), THROTTLE.maxLockMs);
  return new Date(lastFailure.getTime() + lock);
}
