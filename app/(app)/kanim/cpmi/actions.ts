"use server";

import { addCandidateNote } from "@/lib/candidates/area";
import { recordGuidance } from "@/lib/candidates/commands";
import { runFormAction } from "@/lib/platform/form-action";
import type { FormState } from "@/lib/platform/forms";
import { findCandidateByPostedNik } from "../../desa/nik-search";

/** The full-NIK search, posted so that the NIK never lands in a URL. */
export async function findCandidateByNikAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, findCandidateByPostedNik, (id) => ({ redirectTo: `/kanim/cpmi/${id}` }));
}

export async function addCandidateNoteAction(_: FormState, formData: FormData): Promise<FormState> {
  const id = String(formData.get("candidateId") ?? "");
  return runFormAction(formData, (actor, values) => addCandidateNote(actor, id, values), () => ({
    revalidate: ["/kanim"],
    redirectTo: `/kanim/cpmi/${id}#catatan`,
  }));
}

/** Guidance by office staff goes through the village workspace's command (same rules, same audit). */
export async function recordAreaGuidanceAction(candidateId: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => recordGuidance(actor, candidateId, values), () => ({
    revalidate: ["/kanim"],
    redirectTo: `/kanim/cpmi/${candidateId}#riwayat`,
  }));
}
