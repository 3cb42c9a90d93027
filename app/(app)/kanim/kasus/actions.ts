"use server";

import { runFormAction } from "@/lib/platform/form-action";
import type { FormState } from "@/lib/platform/forms";
import { addCaseFollowUp, closeCase, completeCaseFollowUp, openCase, referCase } from "@/lib/journeys/commands";

// The office's forms on a case page and on a CPMI page of its area. Declarations only.

const toCase = (caseId: string) => ({ redirectTo: `/kanim/kasus/${caseId}?saved=1`, revalidate: ["/desa", "/kanim"] });

export async function openAreaCaseAction(candidateId: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => openCase(actor, candidateId, values), (value) => toCase(value.id));
}

export async function referAreaCaseAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => referCase(actor, id, values), (value) => toCase(value.caseId));
}

export async function addAreaFollowUpAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => addCaseFollowUp(actor, id, values), (value) => toCase(value.caseId));
}

export async function completeAreaFollowUpAction(followUpId: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => completeCaseFollowUp(actor, followUpId, values), (value) => toCase(value.caseId));
}

export async function closeAreaCaseAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => closeCase(actor, id, values), () => toCase(id));
}
