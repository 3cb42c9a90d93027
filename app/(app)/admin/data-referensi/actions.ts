"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getActor } from "@/lib/platform/auth/session";
import { isAppError, NotFoundError } from "@/lib/platform/errors";
import { formValues, type FormState } from "@/lib/platform/forms";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { adminMessages } from "@/lib/platform/i18n/messages/admin";
import { revalidatePublicGuides } from "@/lib/guides/revalidate";
import {
  addMoratoriumCountry,
  addZeroCostJob,
  deleteFee,
  removeMoratoriumCountry,
  removeZeroCostJob,
  saveFee,
  setMoratoriumDate,
} from "@/lib/reference-data/commands";
import { runFormAction } from "@/lib/platform/form-action";
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

export async function setMoratoriumDateAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    (actor, values) => setMoratoriumDate(actor, values),
    () => ({ message: { key: "moratoriumDateSaved" }, revalidate: ["/admin/data-referensi"], after: revalidatePublicGuides }),
  );
}

export async function addZeroCostJobAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    (actor, values) => addZeroCostJob(actor, values),
    () => ({ message: { key: "zeroCostJobAdded" }, revalidate: ["/admin/data-referensi"] }),
  );
}

/** Removing takes nothing but the job, so a plain form posts it; the page shows the list without it. */
export async function removeZeroCostJobAction(formData: FormData) {
  await runFormAction(
    formData,
    (actor, values) => removeZeroCostJob(actor, values),
    () => ({ revalidate: ["/admin/data-referensi"] }),
  );
}
