"use server";

import type { FormState } from "@/lib/platform/forms";
import { createOfficer, updateOfficer } from "@/lib/officers/commands";
import { runFormAction, type Success } from "@/lib/platform/form-action";
import { revalidatePublicDirectory } from "@/lib/guides/revalidate";

// Officers (PIMPASA) show on the public village pages: each write refreshes them at once.
const toOfficers: Success = { revalidate: ["/kanim"], after: revalidatePublicDirectory, redirectTo: "/kanim/petugas" };

export async function createOfficerAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => createOfficer(actor, { ...values, active: true }), () => toOfficers);
}

export async function updateOfficerAction(_: FormState, formData: FormData): Promise<FormState> {
  // An unticked "active" box posts nothing: the officer is then inactive.
  return runFormAction(formData, (actor, values) => updateOfficer(actor, String(values.officerId ?? ""), { active: false, ...values }), () => toOfficers);
}
