import "server-only";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { getActor } from "@/lib/platform/auth/session";
import type { Actor } from "@/lib/platform/auth/policy";
import { isAppError } from "@/lib/platform/errors";
import { isDatabaseUnavailable } from "@/lib/platform/http/errors";
import { errorState, fieldErrors, formValues, type FormState, type FormValues } from "@/lib/platform/forms";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { kanimErrors, kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import type { Conflict } from "@/lib/events/conflicts";
import { formatDateTime } from "@/lib/platform/i18n/locale";
import { revalidatePublicDirectory } from "@/lib/guides/revalidate";

type Outcome = FormState | { redirectTo: string };

const APP_ERROR_KEYS: Record<string, keyof ReturnType<typeof kanimMessages>> = {
  "village.designated": "duplicateVillage",
  "event.notPlanned": "notPlanned",
  "event.notStarted": "notStarted",
  "request.handled": "requestHandled",
};

/**
 * The shared frame of the Kanim workspace's server actions: who is asking, the form's values, and expected
 * failures turned into a FormState in the user's language (the domain function does the checking).
 * `publicPages` marks actions whose result the public portal shows.
 */
export async function kanimForm(
  formData: FormData,
  run: (actor: Actor, values: FormValues) => Promise<Outcome>,
  options: { revalidate?: string; fieldNames?: Record<string, string>; publicPages?: boolean } = {},
): Promise<FormState> {
  const locale = await getRequestLocale();
  const t = kanimMessages(locale);
  const errors = kanimErrors(locale);
  const common = commonMessages(locale);
  const values = formValues(formData);
  const actor = await getActor();
  if (!actor) return errorState(t.notFound, values);
  let outcome: Outcome;
  try {
    outcome = await run(actor, values);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return errorState(common.errorBody, values);
    if (error instanceof ZodError) {
      const byField = fieldErrors(error, (key) => (errors as Record<string, string>)[key] ?? key);
      // A page with several forms gives their fields distinct names (unique ids); errors follow the rename.
      const renamed = Object.fromEntries(Object.entries(byField).map(([k, v]) => [options.fieldNames?.[k] ?? k, v]));
      return errorState(common.fixErrors, values, renamed);
    }
    if (isAppError(error, "CONFLICT") && Array.isArray(error.details?.conflicts)) {
      const lines = (error.details.conflicts as Conflict[]).map(
        (c) => `• ${c.officerName}: ${c.eventTitle} (${formatDateTime(locale, c.startsAt)})`,
      );
      return errorState(t.conflictWarning, values, { acknowledgeConflicts: [t.conflictWarning, ...lines].join("\n") });
    }
    if (isAppError(error)) {
      const key = String(error.details?.key ?? "");
      const field = error.details?.field as string | undefined;
      if (error.code === "DUPLICATE" && field) {
        const text = field === "villageCode" ? t.duplicateVillage : field === "userId" ? t.duplicateUser : t.duplicateNip;
        return errorState(text, values, { [field]: text });
      }
      if (error.code === "INVALID_INPUT" && field) {
        const text = (errors as Record<string, string>)[key] ?? common.fixErrors;
        return errorState(common.fixErrors, values, { [field]: text });
      }
      return errorState(APP_ERROR_KEYS[key] ? t[APP_ERROR_KEYS[key]] : t.notFound, values);
    }
    throw error;
  }
  revalidatePath(options.revalidate ?? "/kanim", "layout");
  // Designations, officers and events show on the public village pages and calendar: refresh them at once.
  if (options.publicPages) revalidatePublicDirectory();
  if ("redirectTo" in outcome) redirect(outcome.redirectTo);
  return outcome;
}

/** kanimForm for actions whose result the public portal shows (designations, officers, events). */
export function kanimPublicForm(...[formData, run, options = {}]: Parameters<typeof kanimForm>): Promise<FormState> {
  return kanimForm(formData, run, { ...options, publicPages: true });
}
