"use server";

import type { FormState } from "@/lib/platform/forms";
import {
  cancelEvent,
  markEventDone,
  postponeEvent,
  scheduleEvent,
  scheduleFromVisitRequest,
  submitEventReport,
  updatePlannedEvent,
} from "@/lib/events/commands";
import { participantsFromForm } from "@/lib/events/schema";
import { runFormAction, type Success } from "@/lib/platform/form-action";
import { revalidatePublicDirectory } from "@/lib/guides/revalidate";

// Events show on the public village pages and calendar: each write refreshes them at once.
const toEvent = (id: string): Success => ({ revalidate: ["/kanim"], after: revalidatePublicDirectory, redirectTo: `/kanim/kegiatan/${id}` });

const eventIdOf = (formData: FormData) => String(formData.get("eventId") ?? "");

export async function scheduleEventAction(_: FormState, formData: FormData): Promise<FormState> {
  const requestId = String(formData.get("visitRequestId") ?? "");
  return runFormAction(
    formData,
    (actor, values) => (requestId ? scheduleFromVisitRequest(actor, requestId, values) : scheduleEvent(actor, values)),
    (event) => toEvent(event.id),
  );
}

export async function updatePlannedEventAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => updatePlannedEvent(actor, eventIdOf(formData), values), () => toEvent(eventIdOf(formData)));
}

export async function markEventDoneAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor) => markEventDone(actor, eventIdOf(formData), {}), () => toEvent(eventIdOf(formData)));
}

export async function cancelEventAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    (actor, values) => cancelEvent(actor, eventIdOf(formData), { reason: values.cancelReason }),
    () => toEvent(eventIdOf(formData)),
    { fieldNames: { reason: "cancelReason" } },
  );
}

export async function postponeEventAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => postponeEvent(actor, eventIdOf(formData), values), (replacement) => toEvent(replacement.id));
}

export async function submitEventReportAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    (actor, values) =>
      submitEventReport(actor, eventIdOf(formData), {
        participants: participantsFromForm(values),
        stakeholders: values.stakeholders,
        topics: values.topics ?? [],
        summary: values.summary,
        followUps: values.followUps,
      }),
    () => toEvent(eventIdOf(formData)),
  );
}
