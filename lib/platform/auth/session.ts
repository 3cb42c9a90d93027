import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "./config";
import { loadSession, type SessionState } from "./actor";
import type { Actor } from "./policy";

export const ENROL_PATH = "/akun/keamanan";

/** The session re-read from the database once per request; null when signed out, expired or revoked. */
export const getSessionState = cache(async (): Promise<SessionState | null> => {
  const session = (await auth()) as { uid?: string; sv?: number } | null;
  if (!session?.uid || typeof session.sv !== "number") return null;
  return loadSession(session.uid, session.sv);
});

/**
 * The actor that may touch workspace data. Null when signed out or revoked, and also while an account whose
 * role requires a second factor has not enrolled one: such a session reaches only its own security page.
 */
export async function getActor(): Promise<Actor | null> {
  const state = await getSessionState();
  return state && !state.mustEnrolTwoFactor ? state.actor : null;
}

/** For workspace pages: the actor, or a redirect to the login page (or to 2FA enrolment when it is owed). */
export async function requireActor(): Promise<Actor> {
  const state = await getSessionState();
  if (!state) redirect("/masuk");
  if (state.mustEnrolTwoFactor) redirect(ENROL_PATH);
  return state.actor;
}

/** For the account pages (/akun): any signed-in user, enrolled or not. */
export async function requireAccountHolder(): Promise<SessionState> {
  const state = await getSessionState();
  if (!state) redirect("/masuk");
  return state;
}
