"use server";

import { runFormAction } from "@/lib/platform/form-action";
import type { FormState } from "@/lib/platform/forms";
import { addCaseFollowUp, closeCase, completeCaseFollowUp, referCase } from "@/lib/journeys/commands";

// The village's forms on a case page. Declarations only.

const toCase = (caseId: string) => ({ redirectTo: `/desa/kasus/${caseId}?saved=1`, revalidate: ["/desa", "/kanim"] });

export async function referVillageCaseAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => referCase(actor, id, values), (value) => toCase(value.caseId));
}

export async function addVillageFollowUpAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => addCaseFollowUp(actor, id, values), (value) => toCase(value.caseId));
}

export async function completeVillageFollowUpAction(followUpId: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => completeCaseFollowUp(actor, followUpId, values), (value) => toCase(value.caseId));
}

export async function closeVillageCaseAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => closeCase(actor, id, values), () => toCase(id));
}
