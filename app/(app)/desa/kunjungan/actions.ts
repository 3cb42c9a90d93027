"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/platform/auth/session";
import { createVisitRequest } from "@/lib/visit-requests/commands";
import { errorState, formValues, type FormState } from "@/lib/platform/forms";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { villageMessages } from "@/lib/platform/i18n/messages/village";
import { translateFieldErrors } from "../form-state";

export async function requestOutreachVisitAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect("/masuk");
  const values = formValues(formData);
  const locale = await getRequestLocale();
  const result = await createVisitRequest(actor, values);
  if (!result.ok) {
    return result.reason === "noOffice"
      ? errorState(villageMessages(locale)["visits.noOffice"], values)
      : errorState(commonMessages(locale).fixErrors, values, translateFieldErrors(locale, result.fieldErrors));
  }
  revalidatePath("/desa", "layout");
  redirect("/desa/kunjungan?sent=1");
}
