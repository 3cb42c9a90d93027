import "server-only";
import type { Db, Tx } from "@/lib/platform/db/client";
import { LOCALES } from "@/lib/platform/i18n/locale";
import { GUIDE_SOURCES } from "./content";
import { guideInput } from "./schema";

/**
 * Writes the shipped guides, published, in both languages, with their sources and the day they were checked.
 * Idempotent: an upsert by (slug, locale), so running it again restores the shipped text of those guides and
 * leaves every other guide alone. With `onlyMissing` (every start), a guide an administrator has edited is
 * left as it is, while a shipped guide nobody edited takes the corrected text of a new release.
 */
export async function seedGuides(client: Db | Tx, options: { onlyMissing?: boolean } = {}): Promise<number> {
  let count = 0;
  for (const source of GUIDE_SOURCES) {
    for (const locale of LOCALES) {
      const guide = {
        ...guideInput.parse({
          slug: source.slug,
          locale,
          category: source.category,
          sortOrder: source.sortOrder,
          published: true,
          ...source[locale],
        }),
        sources: source.sources.join("\n"),
        checkedOn: new Date(`${source.checkedOn}T00:00:00Z`),
      };
      const where = { slug_locale: { slug: guide.slug, locale: guide.locale } };
      if (options.onlyMissing) {
        const existing = await client.guide.findUnique({ where, select: { updatedById: true, body: true, sources: true } });
        const shippedUnedited = existing && existing.updatedById === null;
        if (existing && (!shippedUnedited || (existing.body === guide.body && existing.sources === guide.sources))) continue;
      }
      await client.guide.upsert({ where, create: guide, update: guide });
      count++;
    }
  }
  return count;
}
