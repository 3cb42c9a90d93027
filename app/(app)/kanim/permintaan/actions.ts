"use server";

import type { FormState } from "@/lib/platform/forms";
import { declineVisitRequest } from "@/lib/events/commands";
import { runFormAction } from "@/lib/platform/form-action";

export async function declineVisitRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  const requestId = String(formData.get("requestId") ?? "");
  // Each request's form names its note field after the request, so the page's ids stay unique.
  const noteField = `note-${requestId}`;
  return runFormAction(
    formData,
    (actor, values) => declineVisitRequest(actor, requestId, { note: String(values[noteField] ?? "") }),
    () => ({ revalidate: ["/kanim"], redirectTo: "/kanim/permintaan" }),
    { fieldNames: { note: noteField } },
  );
}
