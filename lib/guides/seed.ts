import "server-only";
import type { Db, Tx } from "@/lib/platform/db/client";
import { LOCALES } from "@/lib/platform/i18n/locale";
import { GUIDE_SOURCES } from "./content";
import { guideInput } from "./schema";

/**
 * Writes the shipped guides, published, in both languages. Idempotent: an upsert by (slug, locale), so running
 * it again restores the shipped text of those guides and leaves every other guide alone. With
 * `onlyMissing`, guides that exist are left as the administrators edited them (every start runs it so).
 */
export async function seedGuides(client: Db | Tx, options: { onlyMissing?: boolean } = {}): Promise<number> {
  let count = 0;
  for (const source of GUIDE_SOURCES) {
    for (const locale of LOCALES) {
      const guide = guideInput.parse({
        slug: source.slug,
        locale,
        category: source.category,
        sortOrder: source.sortOrder,
        published: true,
        ...source[locale],
      });
      await client.guide.upsert({
        where: { slug_locale: { slug: guide.slug, locale: guide.locale } },
        create: guide,
        update: options.onlyMissing ? {} : guide,
      });
      count++;
    }
  }
  return count;
}
