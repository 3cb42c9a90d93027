"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/platform/auth/session";
import { addCandidateNote } from "@/lib/candidates/area";
import { recordGuidance } from "@/lib/candidates/commands";
import { isAppError } from "@/lib/platform/errors";
import { errorState, formValues, type FormState } from "@/lib/platform/forms";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import { failureState } from "../../desa/form-state";
import { nikSearchOutcome } from "../../desa/nik-search";
import { kanimForm } from "../form-action";

/** The full-NIK search, posted so that the NIK never lands in a URL. */
export async function findCandidateByNikAction(_: FormState, formData: FormData): Promise<FormState> {
  return kanimForm(formData, async (actor, values) => {
    const outcome = await nikSearchOutcome(actor, values, "/kanim/cpmi");
    return typeof outcome === "string" ? { redirectTo: outcome } : outcome;
  });
}

export async function addCandidateNoteAction(_: FormState, formData: FormData): Promise<FormState> {
  return kanimForm(formData, async (actor, values) => {
    const id = String(values.candidateId ?? "");
    await addCandidateNote(actor, id, { body: String(values.body ?? "") });
    return { redirectTo: `/kanim/cpmi/${id}#catatan` };
  });
}

/** Guidance by office staff goes through the village workspace's command (same rules, same audit). */
export async function recordAreaGuidanceAction(candidateId: string, _: FormState, formData: FormData): Promise<FormState> {
  const locale = await getRequestLocale();
  const values = formValues(formData);
  const actor = await getActor();
  if (!actor) return errorState(kanimMessages(locale).notFound, values);
  const result = await recordGuidance(actor, candidateId, values).catch((error: unknown) => {
    if (isAppError(error, "NOT_FOUND")) return null;
    throw error;
  });
  if (!result) return errorState(kanimMessages(locale).notFound, values);
  if (!result.ok) return failureState(locale, result, values);
  revalidatePath("/kanim", "layout");
  redirect(`/kanim/cpmi/${candidateId}#riwayat`);
}
