import "server-only";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { type Actor } from "@/lib/platform/auth/policy";
import { invalid, zodFieldErrors, type Result } from "@/lib/platform/command";
import { renderGuideBody } from "@/lib/guides/markdown";
import { getGuideData } from "@/lib/guides/queries";
import { previewInputSchema } from "./schema";

// The editor's live preview: the public pages' own renderer (no raw HTML, safe links only) with today's fees
// and moratorium list filled in, so the preview shows what the public will read. A read, answered like a
// command so the form shows its field messages the same way.
export async function renderGuidePreview(actor: Actor, raw: unknown): Promise<Result<string>> {
  await authorizeAudited(actor, "guide:manage");
  const parsed = previewInputSchema.safeParse(raw);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  return { ok: true, value: renderGuideBody(parsed.data.body, parsed.data.locale, await getGuideData()) };
}
