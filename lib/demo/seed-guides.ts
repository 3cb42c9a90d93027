import "server-only";
import type { Db } from "@/lib/db/client";
import { seedGuides } from "@/lib/guides/seed";

/** Demo-seed step: the public guides in both languages, published. Safe to run on every seed. */
export async function seedGuidesStep(db: Db): Promise<void> {
  await seedGuides(db);
}
