"use server";

import { completeFollowUp } from "@/lib/candidates/commands";
import { runButtonAction } from "@/lib/platform/form-action";

export async function completeFollowUpAction(formData: FormData) {
  await runButtonAction((actor) => completeFollowUp(actor, String(formData.get("guidanceId") ?? ""), {}), () => ({ revalidate: ["/desa"] }));
}
