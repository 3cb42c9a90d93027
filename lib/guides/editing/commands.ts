import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/platform/db/client";
import { diffChanges } from "@/lib/platform/audit/log";
import { defineCommand, defineRecordCommand, fieldError, replayed } from "@/lib/platform/command";
import { latestIndonesianToday } from "@/lib/candidates/dates";
import { guideCheckSchema, guideInputSchema, type GuideInput } from "./schema";

// Writing public guides, on the command contract (lib/platform/command.ts). Commands only change the
// database; the server actions revalidate the public pages (lib/guides/revalidate.ts) when a change is or
// was visible to the public.

const FIELDS = ["slug", "locale", "title", "summary", "body", "category", "sortOrder"] as const;
const pick = (g: GuideInput) => Object.fromEntries(FIELDS.map((k) => [k, g[k]])) as GuideInput;

async function slugTaken(tx: Tx, slug: string, locale: GuideInput["locale"], ownId: string | null) {
  const taken = await tx.guide.findUnique({ where: { slug_locale: { slug, locale } }, select: { id: true } });
  return Boolean(taken && taken.id !== ownId);
}

const slugTakenFailure = fieldError("slug", "guide.slugTaken");

/** New guides start as drafts. */
export const createGuide = defineCommand({
  name: "guide.create",
  permission: "guide:manage",
  input: guideInputSchema,
  run: async ({ actor, input, tx, audit }) => {
    if (await slugTaken(tx, input.slug, input.locale, null)) return slugTakenFailure;
    const guide = await tx.guide.create({ data: { ...pick(input), published: false, updatedById: actor.id } });
    await audit({ action: "guide.create", entity: "Guide", entityId: guide.id, changes: diffChanges({}, { ...pick(input), published: false }) });
    return guide;
  },
  onUniqueViolation: async () => slugTakenFailure,
});

const loadGuide = (_actor: unknown, id: string) => db.guide.findUnique({ where: { id } });

/** Answers the guide and whether the public could see the change, so the caller knows to revalidate. */
export const updateGuide = defineRecordCommand({
  name: "guide.update",
  permission: "guide:manage",
  load: loadGuide,
  input: guideInputSchema,
  run: async ({ actor, input, target: before, tx, audit }) => {
    if (await slugTaken(tx, input.slug, input.locale, before.id)) return slugTakenFailure;
    const guide = await tx.guide.update({ where: { id: before.id }, data: { ...pick(input), updatedById: actor.id } });
    const changes = diffChanges(pick(before as unknown as GuideInput), pick(input));
    if (!Object.keys(changes).length) return replayed({ guide, publicChanged: false });
    await audit({ action: "guide.update", entity: "Guide", entityId: before.id, changes });
    return { guide, publicChanged: before.published };
  },
  onUniqueViolation: async () => slugTakenFailure,
});

export const setGuidePublished = defineRecordCommand({
  name: "guide.publish",
  permission: "guide:manage",
  load: loadGuide,
  input: z.object({ published: z.preprocess((v) => v === true || v === "true", z.boolean()) }),
  run: async ({ actor, input: { published }, target: before, tx, audit }) => {
    if (before.published === published) return replayed({ guide: before, publicChanged: false });
    const guide = await tx.guide.update({ where: { id: before.id }, data: { published, updatedById: actor.id } });
    await audit({
      action: published ? "guide.publish" : "guide.unpublish",
      entity: "Guide",
      entityId: before.id,
      changes: { published: { from: before.published, to: published } },
    });
    return { guide, publicChanged: true };
  },
});

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
