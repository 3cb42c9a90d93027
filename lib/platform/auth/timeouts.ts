// Session timeouts (docs/security-auth.md). Absolute: a session ends 12 hours after the login that made it,
// however busy. Idle: it ends after 30 minutes without a request. Both are checked on every decode of the
// JWT (lib/platform/auth/config.ts); proxy.ts re-issues the cookie so `seen` moves forward while the user works.

export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
export const SESSION_IDLE_SECONDS = 30 * 60;
/** `seen` moves at most once a minute, so most requests do not re-issue the cookie. */
export const SEEN_RESOLUTION_SECONDS = 60;

export type TimedClaims = { authAt?: unknown; seen?: unknown };

export function sessionExpired(claims: TimedClaims, nowSeconds: number): boolean {
  if (typeof claims.authAt !== "number" || typeof claims.seen !== "number") return true;
  return nowSeconds - claims.authAt > SESSION_ABSOLUTE_SECONDS || nowSeconds - claims.seen > SESSION_IDLE_SECONDS;
}

/** The `seen` claim after a request at `nowSeconds`. */
export function touchedSeen(seen: number, nowSeconds: number): number {
  return nowSeconds - seen >= SEEN_RESOLUTION_SECONDS ? nowSeconds : seen;
}
