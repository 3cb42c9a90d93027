import "server-only";
import { recordIdOrNotFound } from "@/lib/platform/validation/ids";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/platform/db/client";
import { can, officeScope, type Actor } from "@/lib/platform/auth/policy";
import { recordAudit } from "@/lib/platform/audit/log";
import { NotFoundError } from "@/lib/platform/errors";
import { label } from "@/lib/platform/i18n/messages/kanim-labels";
import { buildCalendar, type IcsEvent } from "./ics";

// Private ICS feeds of an office or of one officer, for Google Calendar and the like. The URL carries a random
// token; only its SHA-256 is stored, so a database leak does not leak working feeds. Issuing a new token
// revokes the previous one of the same feed.

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type FeedOwner = { officerId?: string | null };

async function feedTarget(actor: Actor, owner: FeedOwner) {
  await authorizeAudited(actor, "event:manage", { officeId: actor.officeId });
  if (!actor.officeId) throw new NotFoundError("office");
  if (!owner.officerId) return { officeId: actor.officeId, officerId: null };
  const officer = await db.officer.findFirst({
    where: { id: recordIdOrNotFound(owner.officerId, "officer"), ...officeScope(actor, "officer:read") },
    select: { id: true },
  });
  if (!officer) throw new NotFoundError("officer");
  return { officeId: null, officerId: officer.id };
}

/** A new private feed token (shown once); the previous token of the same feed stops working. */
export async function issueCalendarToken(actor: Actor, owner: FeedOwner = {}): Promise<string> {
  const target = await feedTarget(actor, owner);
  const token = randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    await tx.calendarToken.updateMany({ where: { ...target, revokedAt: null }, data: { revokedAt: new Date() } });
    const created = await tx.calendarToken.create({ data: { ...target, tokenHash: hashToken(token) } });
    await recordAudit({ actor, action: "calendarToken.issue", entity: "CalendarToken", entityId: created.id, changes: target }, tx);
  });
  return token;
}

export async function revokeCalendarToken(actor: Actor, owner: FeedOwner = {}) {
  const target = await feedTarget(actor, owner);
  await db.$transaction(async (tx) => {
    const { count } = await tx.calendarToken.updateMany({ where: { ...target, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count) await recordAudit({ actor, action: "calendarToken.revoke", entity: "CalendarToken", changes: target }, tx);
  });
}

/** Which feeds of the actor's office are live (the office's and each officer's), with when they were issued. */
export async function listCalendarFeeds(actor: Actor) {
  if (!can(actor, "event:manage", { officeId: actor.officeId }) || !actor.officeId) return [];
  return db.calendarToken.findMany({
    where: { revokedAt: null, OR: [{ officeId: actor.officeId }, { officer: { officeId: actor.officeId } }] },
    select: { id: true, officerId: true, createdAt: true },
  });
}

const FEED_PAST_DAYS = 90;

/** The ICS text of the feed behind a token, or null when the token is unknown or revoked. */
export async function privateFeed(token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const feed = await db.calendarToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      revokedAt: true,
      office: { select: { id: true, name: true } },
      officer: { select: { id: true, name: true, officeId: true, office: { select: { name: true } } } },
    },
  });
  if (!feed || feed.revokedAt) return null;
  const events = await db.outreachEvent.findMany({
    where: {
      endsAt: { gte: new Date(Date.now() - FEED_PAST_DAYS * 86_400_000) },
      ...(feed.officer
        ? { officeId: feed.officer.officeId, officers: { some: { officerId: feed.officer.id } } }
        : { officeId: feed.office!.id }),
    },
    orderBy: { startsAt: "asc" },
    take: 2000,
    select: {
      id: true,
      type: true,
      title: true,
      description: true,
      location: true,
      startsAt: true,
      endsAt: true,
      status: true,
      updatedAt: true,
      village: { select: { name: true } },
      officers: { select: { officer: { select: { name: true } } } },
    },
  });
  const icsEvents: IcsEvent[] = events
    .filter((e) => e.status !== "POSTPONED")
    .map((e) => ({
      uid: `${e.id}@desabinaan`,
      start: e.startsAt,
      end: e.endsAt,
      summary: `${e.title} – ${e.village.name}`,
      description: [
        label("id", "eventType", e.type),
        `Petugas: ${e.officers.map((o) => o.officer.name).join(", ") || "-"}`,
        e.description,
      ]
        .filter(Boolean)
        .join("\n"),
      location: e.location,
      status: e.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
      updatedAt: e.updatedAt,
    }));
  const name = feed.officer ? `${feed.officer.name} · ${feed.officer.office.name}` : feed.office!.name;
  return buildCalendar({
    productId: "-//Desa Binaan Imigrasi//Kalender Kegiatan Kanim//ID",
    name: `Kegiatan Desa Binaan · ${name}`,
    events: icsEvents,
  });
}
