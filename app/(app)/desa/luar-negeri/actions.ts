"use server";

import { runFormAction } from "@/lib/platform/form-action";
import type { FormState } from "@/lib/platform/forms";
import { markFormerWorker, openCase, recordContact, recordDeparture, recordPrevention, recordReturn, resumePreparing } from "@/lib/journeys/commands";

// The village's journey forms on a CPMI page. Declarations only: the commands authorize, validate and write.

const toPage = (candidateId: string) => () => ({ redirectTo: `/desa/cpmi/${candidateId}?saved=1#perjalanan`, revalidate: ["/desa", "/kanim"] });

export async function recordPreventionAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => recordPrevention(actor, id, values), toPage(id));
}

export async function recordDepartureAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => recordDeparture(actor, id, values), toPage(id));
}

export async function recordReturnAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => recordReturn(actor, id, values), toPage(id));
}

export async function markFormerWorkerAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => markFormerWorker(actor, id, values), toPage(id));
}

export async function resumePreparingAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => resumePreparing(actor, id, values), toPage(id));
}

export async function recordContactAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    (actor, values) => recordContact(actor, id, values),
    // A problem found on contact goes straight to the case form.
    (value) => ({ redirectTo: value.problem ? `/desa/cpmi/${id}?form=case#perjalanan` : `/desa/cpmi/${id}?saved=1#perjalanan`, revalidate: ["/desa"] }),
  );
}

export async function openVillageCaseAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => openCase(actor, id, values), (value) => ({ redirectTo: `/desa/kasus/${value.id}`, revalidate: ["/desa", "/kanim"] }));
}
