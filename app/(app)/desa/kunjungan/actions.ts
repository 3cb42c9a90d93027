"use server";

import { createVisitRequest } from "@/lib/visit-requests/commands";
import { runFormAction } from "@/lib/platform/form-action";
import type { FormState } from "@/lib/platform/forms";

export async function requestOutreachVisitAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, createVisitRequest, () => ({ revalidate: ["/desa"], redirectTo: "/desa/kunjungan?sent=1" }));
}
