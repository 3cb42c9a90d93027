import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { isDatabaseUnavailable } from "@/lib/platform/http/errors";
import { outageHref, REQUEST_PATH_HEADER } from "@/lib/platform/http/outage";
import { auth } from "./config";
import { loadSession, type SessionState } from "./actor";
import { can, type Actor, type Permission } from "./policy";

export const ENROL_PATH = "/akun/keamanan";

type SessionRead = { state: SessionState | null } | { outage: unknown };

/** The session re-read from the database once per request; an outage is kept as the error, not thrown. */
const readSession = cache(async (): Promise<SessionRead> => {
  const session = (await auth()) as { uid?: string; sv?: number } | null;
  if (!session?.uid || typeof session.sv !== "number") return { state: null };
  try {
    return { state: await loadSession(session.uid, session.sv) };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { outage: error };
    throw error;
  }
});

/**
 * For server actions and route handlers: the session; null when signed out, expired or revoked. While the
 * database cannot be reached it throws the database's error, which an action answers with its friendly form state.
 */
export async function getSessionState(): Promise<SessionState | null> {
  const read = await readSession();
  if ("outage" in read) throw read.outage;
  return read.state;
}

/**
 * For pages and layouts: the same, but while the database cannot be reached the request goes to the friendly
 * outage page (503). A page re-rendered after a form post without JavaScript would otherwise fail with a 500
 * right after its action had answered kindly.
 */
async function pageSessionState(): Promise<SessionState | null> {
  const read = await readSession();
  if ("outage" in read) redirect(outageHref((await headers()).get(REQUEST_PATH_HEADER)));
  return read.state;
}

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
  const state = await pageSessionState();
  if (!state) redirect("/masuk");
  if (state.mustEnrolTwoFactor) redirect(ENROL_PATH);
  return state.actor;
}

/** For the account pages (/akun): any signed-in user, enrolled or not. */
export async function requireAccountHolder(): Promise<SessionState> {
  const state = await pageSessionState();
  if (!state) redirect("/masuk");
  return state;
}

/**
 * The permission that opens each signed-in workspace. Its layout shows the frame only to holders, but Next
 * renders a layout and its page in parallel: a layout's notFound() does not stop the page's data from being
 * rendered and streamed. So every page and route handler of a workspace calls `requireWorkspace` itself, before
 * it reads anything (decision 024).
 */
export const WORKSPACE_PERMISSION = {
  desa: "candidate:create",
  kanim: "event:manage",
  admin: "office:manage",
} as const satisfies Record<string, Permission>;

export type Workspace = keyof typeof WORKSPACE_PERMISSION;

/** True when the actor may open the workspace (and holds `permission`, when one is named). */
export function mayOpen(actor: Actor, workspace: Workspace, permission?: Permission): boolean {
  return can(actor, WORKSPACE_PERMISSION[workspace]) && (!permission || can(actor, permission));
}

/** For workspace pages: the actor when it may open the workspace (and hold `permission`), else a 404. */
export async function requireWorkspace(workspace: Workspace, permission?: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!mayOpen(actor, workspace, permission)) notFound();
  return actor;
}

/** For route handlers of a workspace: the actor when it may open it, else null (the handler answers 404). */
export async function getWorkspaceActor(workspace: Workspace, permission?: Permission): Promise<Actor | null> {
  const actor = await getActor();
  return actor && mayOpen(actor, workspace, permission) ? actor : null;
}
