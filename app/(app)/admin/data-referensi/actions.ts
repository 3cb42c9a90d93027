"use server";

import { runFormAction } from "@/lib/platform/form-action";
import { updateNoContactDays } from "@/lib/journeys/commands";
import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getActor } from "@/lib/platform/auth/session";
import { isAppError, NotFoundError } from "@/lib/platform/errors";
import { formValues, type FormState } from "@/lib/platform/forms";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { adminMessages } from "@/lib/platform/i18n/messages/admin";
import { revalidatePublicGuides } from "@/lib/guides/revalidate";
import { addMoratoriumCountry, deleteFee, removeMoratoriumCountry, saveFee } from "@/lib/reference-data/commands";
import { commandFailure } from "../form-errors";

// The public guides read this data, so every change revalidates them as well as this page.
function revalidateAll() {
  revalidatePublicGuides();
  revalidatePath("/admin/data-referensi");
}

export async function saveFeeAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getRequestLocale();
  const values = formValues(formData);
  try {
    const actor = await getActor();
    if (!actor) throw new NotFoundError("fee");
    await saveFee(actor, values);
  } catch (error) {
    return commandFailure(error, locale, values);
  }
  revalidateAll();
  return { status: "success", message: adminMessages(locale).feeSaved };
}

export async function addMoratoriumCountryAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getRequestLocale();
  const values = formValues(formData);
  try {
    const actor = await getActor();
    if (!actor) throw new NotFoundError("moratorium country");
    await addMoratoriumCountry(actor, values);
  } catch (error) {
    return commandFailure(error, locale, values);
  }
  revalidateAll();
  return { status: "success", message: adminMessages(locale).countryAdded };
}

/** Deleting takes no input beyond the key, so a plain form action suffices. */
async function removeWith(remove: (actor: NonNullable<Awaited<ReturnType<typeof getActor>>>, key: string) => Promise<void>, formData: FormData) {
  const actor = await getActor();
  try {
    if (!actor) throw new NotFoundError();
    await remove(actor, String(formData.get("key") ?? ""));
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  }
  revalidateAll();
}

export async function deleteFeeAction(formData: FormData) {
  await removeWith(deleteFee, formData);
}

export async function removeMoratoriumCountryAction(formData: FormData) {
  await removeWith(removeMoratoriumCountry, formData);
}

export async function updateNoContactDaysAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => updateNoContactDays(actor, values), (value) => ({
    message: { key: "setting.saved", params: { days: value.days } },
    revalidate: ["/desa", "/admin/data-referensi"],
  }));
}
