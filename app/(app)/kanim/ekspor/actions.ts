"use server";

import type { FormState } from "@/lib/platform/forms";
import { env } from "@/lib/platform/env";
import { runFormAction } from "@/lib/platform/form-action";
import { issueCalendarToken, revokeCalendarToken } from "@/lib/calendar/private-feeds";

export async function issueCalendarFeedAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, issueCalendarToken, (token) => ({
    revalidate: ["/kanim"],
    message: { key: "event.feedIssued", params: { url: new URL(`/kalender/${token}.ics`, env().APP_URL).toString() } },
  }));
}

export async function revokeCalendarFeedAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, revokeCalendarToken, () => ({ revalidate: ["/kanim"], message: { key: "event.feedRevoked" } }));
}
