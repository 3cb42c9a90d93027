import "server-only";
import { isRecordId } from "@/lib/platform/validation/ids";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { db, type Tx } from "@/lib/platform/db/client";
import { type Actor } from "@/lib/platform/auth/policy";
import { diffChanges, recordAudit } from "@/lib/platform/audit/log";
import { NotFoundError } from "@/lib/platform/errors";
import { invalidInput, parseInput } from "@/lib/admin/input";
import { guideInputSchema, type GuideInput } from "./schema";

// Writing public guides. Commands only change the database; the server actions revalidate the public
// pages (lib/guides/editing/revalidate.ts) when a change is or was visible to the public.

const FIELDS = ["slug", "locale", "title", "summary", "body", "category", "sortOrder"] as const;
const pick = (g: GuideInput) => Object.fromEntries(FIELDS.map((k) => [k, g[k]])) as GuideInput;

async function ensureSlugFree(tx: Tx, slug: string, locale: GuideInput["locale"], ownId: string | null) {
  const taken = await tx.guide.findUnique({ where: { slug_locale: { slug, locale } }, select: { id: true } });
  if (taken && taken.id !== ownId) throw invalidInput({ slug: "v.guide.slugTaken" }, "DUPLICATE");
}

/** New guides start as drafts. */
export async function createGuide(actor: Actor, raw: unknown) {
  await authorizeAudited(actor, "guide:manage");
  const input = parseInput(guideInputSchema, raw);
  return db.$transaction(async (tx) => {
    await ensureSlugFree(tx, input.slug, input.locale, null);
    const guide = await tx.guide.create({ data: { ...pick(input), published: false, updatedById: actor.id } });
    await recordAudit(
      { actor, action: "guide.create", entity: "Guide", entityId: guide.id, changes: diffChanges({}, { ...pick(input), published: false }) },
      tx,
    );
    return guide;
  });
}

/** Returns the guide and whether the public could see it before or after, so the caller knows to revalidate. */
export async function updateGuide(actor: Actor, id: string, raw: unknown) {
  await authorizeAudited(actor, "guide:manage");
  const input = parseInput(guideInputSchema, raw);
  return db.$transaction(async (tx) => {
    const before = isRecordId(id) ? await tx.guide.findUnique({ where: { id } }) : null;
    if (!before) throw new NotFoundError("guide");
    await ensureSlugFree(tx, input.slug, input.locale, id);
    const guide = await tx.guide.update({ where: { id }, data: { ...pick(input), updatedById: actor.id } });
    const changes = diffChanges(pick(before as unknown as GuideInput), pick(input));
    if (Object.keys(changes).length) {
      await recordAudit({ actor, action: "guide.update", entity: "Guide", entityId: id, changes }, tx);
    }
    return { guide, publicChanged: before.published && Object.keys(changes).length > 0 };
  });
}

export async function setGuidePublished(actor: Actor, id: string, published: boolean) {
  await authorizeAudited(actor, "guide:manage");
  return db.$transaction(async (tx) => {
    const before = isRecordId(id) ? await tx.guide.findUnique({ where: { id }, select: { published: true } }) : null;
    if (!before) throw new NotFoundError("guide");
    const guide = await tx.guide.update({ where: { id }, data: { published, updatedById: actor.id } });
    if (before.published !== published) {
      await recordAudit(
        {
          actor,
          action: published ? "guide.publish" : "guide.unpublish",
          entity: "Guide",
          entityId: id,
          changes: { published: { from: before.published, to: published } },
        },
        tx,
      );
    }
    return { guide, publicChanged: before.published !== published };
  });
}
