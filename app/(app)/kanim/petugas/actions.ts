"use server";

import type { FormState } from "@/lib/platform/forms";
import { createOfficer, updateOfficer } from "@/lib/officers/commands";
import type { OfficerInput } from "@/lib/officers/schema";
import { kanimPublicForm } from "../form-action";

export async function createOfficerAction(_: FormState, formData: FormData): Promise<FormState> {
  return kanimPublicForm(formData, async (actor, values) => {
    await createOfficer(actor, { ...(values as unknown as OfficerInput), active: true });
    return { redirectTo: "/kanim/petugas" };
  });
}

export async function updateOfficerAction(_: FormState, formData: FormData): Promise<FormState> {
  return kanimPublicForm(formData, async (actor, values) => {
    await updateOfficer(actor, String(values.officerId ?? ""), { active: false, ...(values as unknown as OfficerInput) });
    return { redirectTo: "/kanim/petugas" };
  });
}
