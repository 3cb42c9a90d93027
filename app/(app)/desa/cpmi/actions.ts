"use server";

import { changePassportStatus, recordGuidance, registerCandidate, updateCandidate } from "@/lib/candidates/commands";
import { runFormAction } from "@/lib/platform/form-action";
import type { FormState } from "@/lib/platform/forms";
import { findCandidateByPostedNik } from "../nik-search";

/** The full-NIK search, posted so that the NIK never lands in a URL. */
export async function findCandidateByNikAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, findCandidateByPostedNik, (id) => ({ redirectTo: `/desa/cpmi/${id}` }));
}

export async function registerCandidateAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, registerCandidate, ({ id }) => ({ revalidate: ["/desa"], redirectTo: `/desa/cpmi/${id}?saved=1` }));
}

export async function updateCandidateAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => updateCandidate(actor, id, values), () => ({
    revalidate: ["/desa"],
    redirectTo: `/desa/cpmi/${id}?saved=1`,
  }));
}

export async function changePassportStatusAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => changePassportStatus(actor, id, values), () => ({
    revalidate: ["/desa"],
    redirectTo: `/desa/cpmi/${id}?saved=1#paspor`,
  }));
}

export async function recordGuidanceAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => recordGuidance(actor, id, values), () => ({
    revalidate: ["/desa"],
    redirectTo: `/desa/cpmi/${id}?saved=1#riwayat`,
  }));
}
