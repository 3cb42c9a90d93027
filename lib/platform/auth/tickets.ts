import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/platform/env";

// Short-lived tickets signed with a key derived from AUTH_SECRET. The login service mints a "session" ticket
// once the password (and code) checked out, and Auth.js turns only such a ticket into a session: the
// credentials endpoint never sees a password. A "second-factor" ticket sits in a cookie between the password
// step and the code step of /masuk.

export type TicketPurpose = "session" | "second-factor";
export type Ticket = { uid: string; sv: number; purpose: TicketPurpose; exp: number };

const LIFETIME_SECONDS: Record<TicketPurpose, number> = { session: 60, "second-factor": 5 * 60 };

function key(): Buffer {
  return createHash("sha256").update(`desa-binaan:ticket:${env().AUTH_SECRET}`).digest();
}

function sign(payload: string): string {
  return createHmac("sha256", key()).update(payload).digest("base64url");
}

export function mintTicket(uid: string, sv: number, purpose: TicketPurpose, now = Date.now()): string {
  const ticket: Ticket = { uid, sv, purpose, exp: Math.floor(now / 1000) + LIFETIME_SECONDS[purpose] };
  const payload = Buffer.from(JSON.stringify(ticket)).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

/** The ticket when its signature, purpose and lifetime check out; null otherwise. */
export function readTicket(value: unknown, purpose: TicketPurpose, now = Date.now()): Ticket | null {
  if (typeof value !== "string" || value.length > 1000) return null;
  const [payload, signature] = value.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const ticket = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Ticket;
    if (ticket.purpose !== purpose || typeof ticket.uid !== "string" || typeof ticket.sv !== "number") return null;
    return ticket.exp >= Math.floor(now / 1000) ? ticket : null;
  } catch {
    return null;
  }
}
