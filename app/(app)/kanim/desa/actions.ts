"use server";

import type { FormState } from "@/lib/platform/forms";
import { deactivateDesignation, designateVillage, updateDesignation } from "@/lib/designations/commands";
import { runFormAction, type Success } from "@/lib/platform/form-action";
import { revalidatePublicDirectory } from "@/lib/guides/revalidate";

// Designations show on the public village pages: each write refreshes them at once.
const toDesignation = (id: string): Success => ({ revalidate: ["/kanim"], after: revalidatePublicDirectory, redirectTo: `/kanim/desa/${id}` });

const designationIdOf = (formData: FormData) => String(formData.get("designationId") ?? "");

export async function designateVillageAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, designateVillage, (designation) => toDesignation(designation.id));
}

export async function updateDesignationAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => updateDesignation(actor, designationIdOf(formData), values), () =>
    toDesignation(designationIdOf(formData)),
  );
}

export async function deactivateDesignationAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => deactivateDesignation(actor, designationIdOf(formData), values), () =>
    toDesignation(designationIdOf(formData)),
  );
}
