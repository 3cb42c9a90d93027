import "server-only";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { type Actor } from "@/lib/platform/auth/policy";
import { parseInput } from "@/lib/admin/input";
import { renderGuideBody } from "@/lib/guides/markdown";
import { getGuideData } from "@/lib/guides/queries";
import { previewInputSchema } from "./schema";

// The editor's live preview: the public pages' own renderer (no raw HTML, safe links only) with today's fees
// and moratorium list filled in, so the preview shows what the public will read.
export async function renderGuidePreview(actor: Actor, raw: unknown): Promise<string> {
  await authorizeAudited(actor, "guide:manage");
  const { body, locale } = parseInput(previewInputSchema, raw);
  return renderGuideBody(body, locale, await getGuideData());
}
