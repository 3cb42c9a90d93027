import "server-only";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { db, type Tx } from "@/lib/platform/db/client";
import { type Actor } from "@/lib/platform/auth/policy";
import { diffChanges, recordAudit } from "@/lib/platform/audit/log";
import { NotFoundError } from "@/lib/platform/errors";
import { invalidInput, parseInput } from "@/lib/admin/input";
import { defineRecordCommand, replayed } from "@/lib/platform/command";
import { latestIndonesianToday } from "@/lib/candidates/dates";
import { guideCheckSchema, guideInputSchema, type GuideInput } from "./schema";

// Writing public guides. Commands only change the database; the server actions revalidate the public
// pages (lib/guides/editing/revalidate.ts) when a change is or was visible to the public.

const FIELDS = ["slug", "locale", "title", "summary", "body", "category", "sortOrder"] as const;
const pick = (g: GuideInput) => Object.fromEntries(FIELDS.map((k) => [k, g[k]])) as GuideInput;
const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

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
    const before = isUuid(id) ? await tx.guide.findUnique({ where: { id } }) : null;
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
    const before = isUuid(id) ? await tx.guide.findUnique({ where: { id }, select: { published: true } }) : null;
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

/** Records the sources of a guide and the day it was checked against them (shown on the public page). */
export const recordGuideCheck = defineRecordCommand({
  name: "guide.check",
  permission: "guide:manage",
  load: (_actor, id) => db.guide.findUnique({ where: { id }, select: { id: true, sources: true, checkedOn: true, published: true } }),
  input: ({ now }) => guideCheckSchema(latestIndonesianToday(now)),
  run: async ({ actor, input, target, tx, audit }) => {
    const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
    const changes = diffChanges(
      { sources: target.sources, checkedOn: day(target.checkedOn) },
      { sources: input.sources, checkedOn: day(input.checkedOn) },
    );
    if (Object.keys(changes).length === 0) return replayed({ id: target.id, published: target.published });
    // An edited guide is the administrators' own: later releases no longer replace its text (lib/guides/seed.ts).
    await tx.guide.update({ where: { id: target.id }, data: { ...input, updatedById: actor.id } });
    await audit({ action: "guide.check", entity: "Guide", entityId: target.id, changes });
    return { id: target.id, published: target.published };
  },
});
