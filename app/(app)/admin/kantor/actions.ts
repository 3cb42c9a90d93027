"use server";

import type { FormState } from "@/lib/platform/forms";
import { runFormAction } from "@/lib/platform/form-action";
import { createOffice, updateOffice, updateOfficePassportSettings } from "@/lib/offices/commands";
import { revalidatePublicDirectory } from "@/lib/guides/revalidate";

// Office contacts and working areas show on the public village pages: each save refreshes them.
const toOffice = (id: string) => ({ revalidate: ["/admin/kantor"], after: revalidatePublicDirectory, redirectTo: `/admin/kantor/${id}?tersimpan=1` });

export async function createOfficeAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, createOffice, (office) => toOffice(office.id));
}

export async function updateOfficeAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => updateOffice(actor, id, values), (office) => toOffice(office.id));
}

export async function updateOfficePassportSettingsAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    (actor, values) => updateOfficePassportSettings(actor, id, values),
    () => ({ message: { key: "office.officePassportSaved" }, revalidate: [`/admin/kantor/${id}`] }),
  );
}
