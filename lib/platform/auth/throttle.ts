import "server-only";
import { db } from "@/lib/platform/db/client";
import { lockEnd, THROTTLE, UNKNOWN_IP } from "./lockout";

// Login throttling, stored in LoginAttempt so it holds across app instances. Failures are counted per account
// (keyed HMAC of the e-mail) and per IP over a 15-minute window. After a few free failures each further one
// doubles a short lock (30 s, 1 min, 2 min … at most 15 min) counted from the last failure. Attempts made
// while locked are refused without being counted, so hammering cannot extend a lock: whoever tries to lock a
// victim out gets one 15-minute lock per failed guess at most, and the victim's next success resets the
// account counter. See docs/security-auth.md.

export { THROTTLE, UNKNOWN_IP } from "./lockout";

async function failuresSince(where: { emailKey: string } | { ip: string }, since: Date) {
  const result = await db.loginAttempt.aggregate({
    where: { ...where, success: false, createdAt: { gt: since } },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  return { count: result._count._all, last: result._max.createdAt };
}

/** Seconds until the account or the IP may try again; 0 when neither is locked. */
export async function retryAfterSeconds(emailKey: string, ip: string, now = new Date()): Promise<number> {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMs);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { emailKey, success: true, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const account = await failuresSince({ emailKey }, lastSuccess?.createdAt ?? windowStart);
  const fromIp = ip === UNKNOWN_IP ? { count: 0, last: null } : await failuresSince({ ip }, windowStart);
  const ends = [
    lockEnd(account.count, account.last, THROTTLE.freeAccountFailures),
    lockEnd(fromIp.count, fromIp.last, THROTTLE.freeIpFailures),
  ].filter((end): end is Date => end !== null && end > now);
  if (!ends.length) return 0;
  return Math.ceil((Math.max(...ends.map((end) => end.getTime())) - now.getTime()) / 1000);
}

export async function recordLoginAttempt(emailKey: string, ip: string, success: boolean, now = new Date()) {
  await db.loginAttempt.create({ data: { emailKey, ip, success, createdAt: now } });
}
