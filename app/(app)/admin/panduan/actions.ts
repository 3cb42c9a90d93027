"use server";

import { getActor } from "@/lib/platform/auth/session";
import { isAppError } from "@/lib/platform/errors";
import { formValues, type FormState } from "@/lib/platform/forms";
import { failureFormState } from "@/lib/platform/form-state";
import { readerOf, runButtonAction, runFormAction, type Success } from "@/lib/platform/form-action";
import { createGuide, recordGuideCheck, setGuidePublished, updateGuide } from "@/lib/guides/editing/commands";
import { renderGuidePreview } from "@/lib/guides/editing/preview";
import { revalidatePublicGuides } from "@/lib/guides/revalidate";
import type { GuideEditorState } from "@/components/admin/guide-editor-state";

const saved = (id: string, publicChanged: boolean, query = "tersimpan=1"): Success => ({
  revalidate: ["/admin/panduan"],
  // Only a change the public could see, or saw, refreshes the public guide pages.
  after: publicChanged ? revalidatePublicGuides : undefined,
  redirectTo: `/admin/panduan/${id}?${query}`,
});

async function saveGuide(id: string | null, formData: FormData): Promise<GuideEditorState> {
  const values = formValues(formData);
  if (formData.get("intent") === "preview") return preview(values);
  const form = id
    ? await runFormAction(formData, (actor, input) => updateGuide(actor, id, input), ({ guide, publicChanged }) => saved(guide.id, publicChanged))
    : await runFormAction(formData, createGuide, (guide) => saved(guide.id, false));
  return { form, values, preview: null };
}

/** The no-JavaScript "Preview" button: the rendered body beside what was typed. */
async function preview(values: ReturnType<typeof formValues>): Promise<GuideEditorState> {
  const actor = await getActor();
  if (!actor) return { form: { status: "idle" }, values, preview: null };
  const rendered = await renderGuidePreview(actor, { body: values.body, locale: values.locale });
  if (!rendered.ok) return { form: failureFormState(await readerOf(actor), rendered, values), values, preview: null };
  return { form: { status: "idle" }, values, preview: rendered.value };
}

export async function createGuideAction(_: GuideEditorState, formData: FormData) {
  return saveGuide(null, formData);
}

export async function updateGuideAction(id: string, _: GuideEditorState, formData: FormData) {
  return saveGuide(id, formData);
}

/** The live preview: Markdown in, safe HTML out ("" when the body is too long or the caller may not edit). */
export async function previewGuideAction(body: string, locale: string): Promise<string> {
  const actor = await getActor();
  if (!actor) return "";
  const rendered = await renderGuidePreview(actor, { body, locale }).catch((error: unknown) => {
    if (isAppError(error, "NOT_FOUND")) return null;
    throw error;
  });
  return rendered?.ok ? rendered.value : "";
}

export async function setGuidePublishedAction(formData: FormData) {
  const id = String(formData.get("id") ?? "");
  const published = formData.get("published") === "true";
  await runButtonAction(
    (actor) => setGuidePublished(actor, id, { published }),
    ({ guide, publicChanged }) => saved(guide.id, publicChanged, published ? "terbit=1" : "draf=1"),
  );
}

export async function recordGuideCheckAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    (actor, values) => recordGuideCheck(actor, id, values),
    (value) => ({
      message: { key: "guide.guideCheckSaved" },
      revalidate: [`/admin/panduan/${id}`, "/admin"],
      after: value.published ? revalidatePublicGuides : undefined,
    }),
  );
}
