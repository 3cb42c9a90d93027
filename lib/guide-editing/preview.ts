import "server-only";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { authorize, type Actor } from "@/lib/auth/policy";
import { parseInput } from "@/lib/admin/input";
import { previewInputSchema } from "./schema";

// The editor's live preview: the same Markdown rules as the public pages, raw HTML never passed through.
export function renderGuidePreview(actor: Actor, raw: unknown): string {
  authorize(actor, "guide:manage");
  const { body } = parseInput(previewInputSchema, raw);
  return micromark(body, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: false, allowDangerousProtocol: false });
}
