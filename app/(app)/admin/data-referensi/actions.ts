"use server";

import type { FormState } from "@/lib/platform/forms";
import { runButtonAction, runFormAction, type Success } from "@/lib/platform/form-action";
import { updateNoContactDays } from "@/lib/journeys/commands";
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

// The public guides read this data, so every change revalidates them as well as this page.
const refreshed = (message?: string): Success => ({
  revalidate: ["/admin/data-referensi"],
  after: revalidatePublicGuides,
  ...(message ? { message: { key: message } } : {}),
});

export async function saveFeeAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, saveFee, () => refreshed("reference.feeSaved"));
}

export async function addMoratoriumCountryAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, addMoratoriumCountry, () => refreshed("reference.countryAdded"));
}

const keyOf = (formData: FormData) => ({ key: String(formData.get("key") ?? "") });

export async function deleteFeeAction(formData: FormData) {
  await runButtonAction((actor) => deleteFee(actor, keyOf(formData)), () => refreshed());
}

export async function removeMoratoriumCountryAction(formData: FormData) {
  await runButtonAction((actor) => removeMoratoriumCountry(actor, keyOf(formData)), () => refreshed());
}

export async function updateNoContactDaysAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => updateNoContactDays(actor, values), (value) => ({
    message: { key: "journey.setting.saved", params: { days: value.days } },
    revalidate: ["/desa", "/admin/data-referensi"],
  }));
}

export async function setMoratoriumDateAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, setMoratoriumDate, () => refreshed("reference.moratoriumDateSaved"));
}

export async function addZeroCostJobAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, addZeroCostJob, () => refreshed("reference.zeroCostJobAdded"));
}

export async function removeZeroCostJobAction(formData: FormData) {
  await runButtonAction((actor) => removeZeroCostJob(actor, { jobSector: String(formData.get("jobSector") ?? "") }), () => refreshed());
}
