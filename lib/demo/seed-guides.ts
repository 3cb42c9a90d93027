import "server-only";
import { seedGuides } from "@/lib/guides/seed";
import type { DemoStep } from "./seed";

/** Demo-seed step: the public guides in both languages, published (idempotent upsert by slug and locale). */
export const guidesStep: DemoStep = {
  name: "guides",
  async run(ctx) {
    const count = await seedGuides(ctx.tx);
    ctx.log(`demo: ${count} guide versions`);
  },
};
