"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getActor } from "@/lib/platform/auth/session";
import { isAppError, NotFoundError } from "@/lib/platform/errors";
import { formValues, type FormState, type FormValues } from "@/lib/platform/forms";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { createGuide, recordGuideCheck, setGuidePublished, updateGuide } from "@/lib/guides/editing/commands";
import { runFormAction } from "@/lib/platform/form-action";
import { renderGuidePreview } from "@/lib/guides/editing/preview";
import { revalidatePublicGuides } from "@/lib/guides/revalidate";
import { commandFailure } from "../form-errors";
import type { GuideEditorState } from "@/components/admin/guide-editor-state";

async function saveGuide(id: string | null, formData: FormData): Promise<GuideEditorState> {
  const locale = await getRequestLocale();
  const values = formValues(formData);
  const actor = await getActor();
  if (formData.get("intent") === "preview") return preview(values);
  let guideId: string;
  try {
    if (!actor) throw new NotFoundError("guide");
    if (id) {
      const { guide, publicChanged } = await updateGuide(actor, id, values);
      if (publicChanged) revalidatePublicGuides();
      guideId = guide.id;
    } else {
      guideId = (await createGuide(actor, values)).id;
    }
  } catch (error) {
    return { form: commandFailure(error, locale, values), values, preview: null };
  }
  revalidatePath("/admin/panduan");
  redirect(`/admin/panduan/${guideId}?tersimpan=1`);

  async function preview(v: FormValues): Promise<GuideEditorState> {
    try {
      if (!actor) throw new NotFoundError("guide");
      return { form: { status: "idle" }, values: v, preview: await renderGuidePreview(actor, { body: v.body, locale: v.locale }) };
    } catch (error) {
      return { form: commandFailure(error, locale, v), values: v, preview: null };
    }
  }
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
  try {
    return await renderGuidePreview(actor, { body, locale });
  } catch (error) {
    if (isAppError(error)) return "";
    throw error;
  }
}

export async function setGuidePublishedAction(formData: FormData) {
  const actor = await getActor();
  const id = String(formData.get("id") ?? "");
  const published = formData.get("published") === "true";
  try {
    if (!actor) throw new NotFoundError("guide");
    const { publicChanged } = await setGuidePublished(actor, id, published);
    if (publicChanged) revalidatePublicGuides();
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  }
  revalidatePath("/admin/panduan");
  redirect(`/admin/panduan/${id}?${published ? "terbit" : "draf"}=1`);
}

export async function recordGuideCheckAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    (actor, values) => recordGuideCheck(actor, id, values),
    (value) => ({
      message: { key: "guideCheckSaved" },
      revalidate: [`/admin/panduan/${id}`, "/admin"],
      after: value.published ? revalidatePublicGuides : undefined,
    }),
  );
}
