import "server-only";
import { z } from "zod";
import { isRecordId } from "@/lib/platform/validation/ids";
import { createHash, randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/platform/db/client";
import { can, officeScope, type Actor } from "@/lib/platform/auth/policy";
import { defineCommand, notFound, replayed } from "@/lib/platform/command";
import { label } from "@/lib/platform/i18n/messages/kanim-labels";
import { buildCalendar, type IcsEvent } from "./ics";

// Private ICS feeds of an office or of one officer, for Google Calendar and the like. The URL carries a random
// token; only its SHA-256 is stored, so a database leak does not leak working feeds. Issuing a new token
// revokes the previous one of the same feed.

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

const feedOwnerSchema = z.preprocess((v) => v ?? {}, z.object({ officerId: z.string().nullish().transform((v) => v || null) }));

/** The office's feed, or one officer's of the office; an officer outside it is "not found". */
async function feedTarget(tx: Tx, actor: Actor, officerId: string | null) {
  if (!actor.officeId) return null;
  if (!officerId) return { officeId: actor.officeId, officerId: null };
  if (!isRecordId(officerId)) return null;
  const officer = await tx.officer.findFirst({ where: { id: officerId, ...officeScope(actor, "officer:read") }, select: { id: true } });
  return officer ? { officeId: null, officerId: officer.id } : null;
}

/** A new private feed token (shown once); the previous token of the same feed stops working. */
export const issueCalendarToken = defineCommand({
  name: "calendarToken.issue",
  permission: "event:manage",
  resource: (actor) => ({ officeId: actor.officeId }),
  input: feedOwnerSchema,
  run: async ({ actor, input, tx, now, audit }) => {
    const target = await feedTarget(tx, actor, input.officerId);
    if (!target) return notFound;
    const token = randomBytes(32).toString("base64url");
    await tx.calendarToken.updateMany({ where: { ...target, revokedAt: null }, data: { revokedAt: now } });
    const created = await tx.calendarToken.create({ data: { ...target, tokenHash: hashToken(token) } });
    await audit({ action: "calendarToken.issue", entity: "CalendarToken", entityId: created.id, changes: target });
    return token;
  },
});

export const revokeCalendarToken = defineCommand({
  name: "calendarToken.revoke",
  permission: "event:manage",
  resource: (actor) => ({ officeId: actor.officeId }),
  input: feedOwnerSchema,
  run: async ({ actor, input, tx, now, audit }) => {
    const target = await feedTarget(tx, actor, input.officerId);
    if (!target) return notFound;
    const { count } = await tx.calendarToken.updateMany({ where: { ...target, revokedAt: null }, data: { revokedAt: now } });
    // Nothing live to revoke: a repeat of an earlier revocation.
    if (!count) return replayed({ revoked: 0 });
    await audit({ action: "calendarToken.revoke", entity: "CalendarToken", changes: target });
    return { revoked: count };
  },
});

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
