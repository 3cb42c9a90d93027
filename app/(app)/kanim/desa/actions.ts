"use server";

import type { FormState } from "@/lib/platform/forms";
import { deactivateDesignation, designateVillage, updateDesignation } from "@/lib/designations/commands";
import type { DesignationInput } from "@/lib/designations/schema";
import { kanimPublicForm } from "../form-action";

export async function designateVillageAction(_: FormState, formData: FormData): Promise<FormState> {
  return kanimPublicForm(formData, async (actor, values) => {
    const designation = await designateVillage(actor, values as unknown as DesignationInput);
    return { redirectTo: `/kanim/desa/${designation.id}` };
  });
}

export async function updateDesignationAction(_: FormState, formData: FormData): Promise<FormState> {
  return kanimPublicForm(formData, async (actor, values) => {
    const id = String(values.designationId ?? "");
    await updateDesignation(actor, id, values as unknown as DesignationInput);
    return { redirectTo: `/kanim/desa/${id}` };
  });
}

export async function deactivateDesignationAction(_: FormState, formData: FormData): Promise<FormState> {
  return kanimPublicForm(formData, async (actor, values) => {
    const id = String(values.designationId ?? "");
    await deactivateDesignation(actor, id, { reason: String(values.reason ?? "") });
    return { redirectTo: `/kanim/desa/${id}` };
  });
}
