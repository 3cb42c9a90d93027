"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/platform/auth/session";
import { NotFoundError } from "@/lib/platform/errors";
import { errorState, formValues, type FormState } from "@/lib/platform/forms";
import { fill } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { adminMessages } from "@/lib/platform/i18n/messages/admin";
import { createOffice, RegencyConflictError, updateOffice, updateOfficePassportSettings } from "@/lib/offices/commands";
import { runFormAction } from "@/lib/platform/form-action";
import { revalidatePublicDirectory } from "@/lib/guides/revalidate";
import { commandFailure } from "../form-errors";

async function saveOffice(id: string | null, formData: FormData): Promise<FormState> {
  const locale = await getRequestLocale();
  const values = formValues(formData);
  let officeId: string;
  try {
    const actor = await getActor();
    if (!actor) throw new NotFoundError("office");
    officeId = id ? (await updateOffice(actor, id, values)).id : (await createOffice(actor, values)).id;
  } catch (error) {
    if (error instanceof RegencyConflictError) {
      // The conflicting regencies travel as "move:<code>" fields so the form can ask for confirmation.
      const t = adminMessages(locale);
      const moves = Object.fromEntries(
        error.conflicts.map((c) => [`move:${c.code}`, fill(t.confirmMove, { regency: c.name, office: c.officeName })]),
      );
      return errorState(commonMessages(locale).fixErrors, values, { regencyCodes: t.conflictTitle, ...moves });
    }
    return commandFailure(error, locale, values);
  }
  revalidatePath("/admin/kantor");
  revalidatePublicDirectory();
  redirect(`/admin/kantor/${officeId}?tersimpan=1`);
}

export async function createOfficeAction(_: FormState, formData: FormData) {
  return saveOffice(null, formData);
}

export async function updateOfficeAction(id: string, _: FormState, formData: FormData) {
  return saveOffice(id, formData);
}

export async function updateOfficePassportSettingsAction(id: string, _: FormState, formData: FormData) {
  return runFormAction(
    formData,
    (actor, values) => updateOfficePassportSettings(actor, id, values),
    () => ({ message: { key: "officePassportSaved" }, revalidate: [`/admin/kantor/${id}`] }),
  );
}
