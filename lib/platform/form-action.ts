import "server-only";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import type { Message, Result } from "@/lib/platform/command";
import { getActor, getSessionState } from "@/lib/platform/auth/session";
import type { Actor } from "@/lib/platform/auth/policy";
import { formValues, type FormState, type FormValues } from "@/lib/platform/forms";
import { isDatabaseUnavailable } from "@/lib/platform/http/errors";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { timeZoneOfProvince } from "@/lib/regions/time-zone";
import { db } from "@/lib/platform/db/client";
import { failureFormState, messageText, unavailableFormState, type ReaderContext } from "@/lib/platform/form-state";

// What every server action of a form does around its command: who asks, the posted values, the command's
// answer through the one translator, then revalidation and the next page. An action only declares these.

export type Success = {
  /** Where to go after the write (the record's page). */
  redirectTo?: string;
  /** Shown on the same page when there is nowhere to go. */
  message?: Message;
  /** Paths whose rendered pages show what was written (layout-wide). */
  revalidate?: string[];
  /** Anything else to refresh (the public pages' cache tags). */
  after?: () => void;
};

/** The reader's zone: the village's, else the office's own (its data, edited by administrators), else WIB. */
export async function actorTimeZone(actor: Pick<Actor, "villageCode" | "officeId">): Promise<string> {
  if (actor.villageCode) return timeZoneOfProvince(actor.villageCode.slice(0, 2));
  if (actor.officeId) {
    // After a write has committed, an outage must not turn its answer into an error: WIB then.
    const office = await db.immigrationOffice
      .findUnique({ where: { id: actor.officeId }, select: { timeZone: true } })
      .catch((error: unknown) => {
        if (isDatabaseUnavailable(error)) return null;
        throw error;
      });
    if (office) return office.timeZone;
  }
  return "Asia/Jakarta";
}

export async function readerOf(actor: Actor | null): Promise<ReaderContext> {
  return { locale: await getRequestLocale(), timeZone: actor ? await actorTimeZone(actor) : "Asia/Jakarta" };
}

export type FormActionOptions = {
  /** Fields that never travel back to the browser, even after a refusal (a NIK looked up, a corrected phone). */
  forget?: string[];
  /** The form's name of a command's field, where a page with several forms renames fields to keep ids unique. */
  fieldNames?: Record<string, string>;
  /** The own account's forms (/akun): any signed-in user, also one who still owes two-factor enrolment. */
  accountHolder?: boolean;
};

/** A success that answers a state of its own (a one-time code to show, recovery codes) instead of a message. */
export type SuccessWithState<S> = Success & { state?: S };

export async function runFormAction<O, S extends { status: string } = FormState>(
  formData: FormData,
  command: (actor: Actor, values: FormValues) => Promise<Result<O>>,
  onSuccess: (value: O, actor: Actor) => SuccessWithState<S> | Promise<SuccessWithState<S>>,
  options: FormActionOptions = {},
): Promise<FormState | S> {
  const posted = formValues(formData);
  const values = Object.fromEntries(Object.entries(posted).map(([key, value]) => [key, options.forget?.includes(key) ? "" : value]));
  let actor: Actor | null = null;
  let result: Result<O>;
  try {
    actor = options.accountHolder ? ((await getSessionState())?.actor ?? null) : await getActor();
    if (!actor) redirect("/masuk");
    result = await command(actor, posted);
  } catch (error) {
    // Database restarting or saturated: nothing was written, the form keeps what was typed.
    if (isDatabaseUnavailable(error)) return unavailableFormState(await getRequestLocale(), values);
    throw error;
  }
  const reader = await readerOf(actor);
  if (!result.ok) {
    const state = failureFormState(reader, result, values);
    const renamed = Object.entries(state.fieldErrors).map(([field, text]) => [options.fieldNames?.[field] ?? field, text]);
    return { ...state, fieldErrors: Object.fromEntries(renamed) };
  }
  const next = await onSuccess(result.value, actor);
  for (const path of next.revalidate ?? []) revalidatePath(path, "layout");
  next.after?.();
  if (next.redirectTo) redirect(next.redirectTo);
  return next.state ?? { status: "success", message: next.message ? messageText(reader, next.message) : "" };
}

/**
 * A button that only does one thing (mark a follow-up done, publish a guide): no form state to return. A
 * refusal or absent record is the 404 page; a bad or conflicting post changes nothing and the page shows the
 * record as it is; then revalidation and the next page as for forms.
 */
export async function runButtonAction<O>(
  command: (actor: Actor) => Promise<Result<O>>,
  onSuccess: (value: O, actor: Actor) => Success,
): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/masuk");
  const result = await command(actor);
  if (!result.ok) {
    if (result.reason === "not-found") notFound();
    return;
  }
  const next = onSuccess(result.value, actor);
  for (const path of next.revalidate ?? []) revalidatePath(path, "layout");
  next.after?.();
  if (next.redirectTo) redirect(next.redirectTo);
}
