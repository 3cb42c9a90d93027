"use server";

import type { FormState } from "@/lib/forms";
import { declineVisitRequest } from "@/lib/events/commands";
import { kanimForm } from "../form-action";

export async function declineVisitRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  return kanimForm(formData, async (actor, values) => {
    await declineVisitRequest(actor, String(values.requestId ?? ""), { note: String(values.note ?? "") });
    return { redirectTo: "/kanim/permintaan" };
  });
}
