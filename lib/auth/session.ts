import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "./config";
import { loadActor } from "./actor";
import type { Actor } from "./policy";

/** The signed-in actor, re-read from the database once per request; null when signed out or revoked. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await auth()) as { uid?: string; sv?: number } | null;
  if (!session?.uid || typeof session.sv !== "number") return null;
  return loadActor(session.uid, session.sv);
});

/** For pages: the actor, or a redirect to the login page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/masuk");
  return actor;
}
