"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getActor } from "@/lib/platform/auth/session";
import { completeFollowUp } from "@/lib/candidates/commands";
import { isAppError } from "@/lib/platform/errors";

export async function completeFollowUpAction(formData: FormData) {
  const actor = await getActor();
  if (!actor) redirect("/masuk");
  try {
    await completeFollowUp(actor, String(formData.get("guidanceId") ?? ""));
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  }
  revalidatePath("/desa", "layout");
}
