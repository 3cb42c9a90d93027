import "server-only";
import { isRecordId } from "@/lib/platform/validation/ids";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { db } from "@/lib/platform/db/client";
import { type Actor } from "@/lib/platform/auth/policy";
import { NotFoundError } from "@/lib/platform/errors";

// Reads for the guide editor: drafts included, both languages side by side.

export async function listGuidesForEditing(actor: Actor) {
  await authorizeAudited(actor, "guide:manage");
  return db.guide.findMany({
    orderBy: [{ category: "asc" }, { sortOrder: "asc" }, { slug: "asc" }, { locale: "asc" }],
    select: { id: true, slug: true, locale: true, title: true, category: true, sortOrder: true, published: true, updatedAt: true },
  });
}

export async function getGuideForEditing(actor: Actor, id: string) {
  await authorizeAudited(actor, "guide:manage");
  const guide = isRecordId(id) ? await db.guide.findUnique({ where: { id } }) : null;
  if (!guide) throw new NotFoundError("guide");
  const translation = await db.guide.findFirst({
    where: { slug: guide.slug, locale: guide.locale === "id" ? "en" : "id" },
    select: { id: true, locale: true, title: true },
  });
  return { ...guide, translation };
}

/** Published guides not checked against their sources for 12 months (or never): the admin home lists them. */
export async function listGuidesDueForCheck(actor: Actor, now: Date = new Date()) {
  await authorizeAudited(actor, "guide:manage");
  const yearAgo = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), now.getUTCDate()));
  return db.guide.findMany({
    where: { published: true, OR: [{ checkedOn: null }, { checkedOn: { lt: yearAgo } }] },
    orderBy: [{ checkedOn: { sort: "asc", nulls: "first" } }, { slug: "asc" }, { locale: "asc" }],
    select: { id: true, slug: true, locale: true, title: true, checkedOn: true },
  });
}
