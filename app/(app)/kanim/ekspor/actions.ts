"use server";

import type { FormState } from "@/lib/platform/forms";
import { env } from "@/lib/platform/env";
import { fill } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import { issueCalendarToken, revokeCalendarToken } from "@/lib/calendar/private-feeds";
import { kanimForm } from "../form-action";

export async function issueCalendarFeedAction(_: FormState, formData: FormData): Promise<FormState> {
  const t = kanimMessages(await getRequestLocale());
  return kanimForm(formData, async (actor, values) => {
    const token = await issueCalendarToken(actor, { officerId: String(values.officerId ?? "") || null });
    return { status: "success", message: fill(t.feedIssued, { url: new URL(`/kalender/${token}.ics`, env().APP_URL).toString() }) };
  });
}

export async function revokeCalendarFeedAction(_: FormState, formData: FormData): Promise<FormState> {
  const t = kanimMessages(await getRequestLocale());
  return kanimForm(formData, async (actor, values) => {
    await revokeCalendarToken(actor, { officerId: String(values.officerId ?? "") || null });
    return { status: "success", message: t.feedRevoked };
  });
}
