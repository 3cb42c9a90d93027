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
import { participantsFromForm, type EventInput } from "@/lib/events/schema";
import { kanimPublicForm } from "../form-action";

export async function scheduleEventAction(_: FormState, formData: FormData): Promise<FormState> {
  return kanimPublicForm(formData, async (actor, values) => {
    const input = values as unknown as EventInput;
    const requestId = String(values.visitRequestId ?? "");
    const event = requestId ? await scheduleFromVisitRequest(actor, requestId, input) : await scheduleEvent(actor, input);
    return { redirectTo: `/kanim/kegiatan/${event.id}` };
  });
}

const eventIdOf = (values: Record<string, string | string[]>) => String(values.eventId ?? "");

export async function updatePlannedEventAction(_: FormState, formData: FormData): Promise<FormState> {
  return kanimPublicForm(formData, async (actor, values) => {
    await updatePlannedEvent(actor, eventIdOf(values), values as unknown as EventInput);
    return { redirectTo: `/kanim/kegiatan/${eventIdOf(values)}` };
  });
}

export async function markEventDoneAction(_: FormState, formData: FormData): Promise<FormState> {
  return kanimPublicForm(formData, async (actor, values) => {
    await markEventDone(actor, eventIdOf(values));
    return { redirectTo: `/kanim/kegiatan/${eventIdOf(values)}` };
  });
}

export async function cancelEventAction(_: FormState, formData: FormData): Promise<FormState> {
  return kanimPublicForm(
    formData,
    async (actor, values) => {
      await cancelEvent(actor, eventIdOf(values), { reason: String(values.cancelReason ?? "") });
      return { redirectTo: `/kanim/kegiatan/${eventIdOf(values)}` };
    },
    { fieldNames: { reason: "cancelReason" } },
  );
}

export async function postponeEventAction(_: FormState, formData: FormData): Promise<FormState> {
  return kanimPublicForm(formData, async (actor, values) => {
    const replacement = await postponeEvent(actor, eventIdOf(values), {
      reason: String(values.reason ?? ""),
      startsAt: String(values.startsAt ?? ""),
      endsAt: String(values.endsAt ?? ""),
      acknowledgeConflicts: String(values.acknowledgeConflicts ?? ""),
    });
    return { redirectTo: `/kanim/kegiatan/${replacement.id}` };
  });
}

export async function submitEventReportAction(_: FormState, formData: FormData): Promise<FormState> {
  return kanimPublicForm(formData, async (actor, values) => {
    await submitEventReport(actor, eventIdOf(values), {
      participants: participantsFromForm(values),
      stakeholders: String(values.stakeholders ?? ""),
      topics: values.topics ?? [],
      summary: String(values.summary ?? ""),
      followUps: String(values.followUps ?? ""),
    });
    return { redirectTo: `/kanim/kegiatan/${eventIdOf(values)}` };
  });
}
