"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/platform/auth/session";
import { changePassportStatus, recordGuidance, registerCandidate, updateCandidate } from "@/lib/candidates/commands";
import { isAppError } from "@/lib/platform/errors";
import { isDatabaseUnavailable } from "@/lib/platform/http/errors";
import { errorState, formValues, type FormState } from "@/lib/platform/forms";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { failureState } from "../form-state";
import { nikSearchOutcome } from "../nik-search";
import { timeZoneOfVillage } from "@/lib/candidates/dates";

const zoneOf = (actor: { villageCode: string | null }) => (actor.villageCode ? timeZoneOfVillage(actor.villageCode) : undefined);

// Thin wrappers: the domain commands authorize, validate and write; these map results to form states.

async function run(formData: FormData, command: (actor: NonNullable<Awaited<ReturnType<typeof getActor>>>, values: ReturnType<typeof formValues>) => Promise<FormState | string>) {
  const values = formValues(formData);
  let actor: Awaited<ReturnType<typeof getActor>>;
  let outcome: FormState | string | undefined;
  try {
    actor = await getActor();
    if (actor) outcome = await command(actor, values);
  } catch (error) {
    const locale = await getRequestLocale();
    if (isAppError(error, "NOT_FOUND")) return errorState(commonMessages(locale).notFoundBody, values);
    // Database restarting or saturated: the form keeps what was typed and says to try again (nothing was written).
    if (isDatabaseUnavailable(error)) return errorState(commonMessages(locale).errorBody, values);
    throw error;
  }
  if (!actor || outcome === undefined) redirect("/masuk");
  // A string is where to go next (the record's page), after a successful write.
  if (typeof outcome === "string") redirect(outcome);
  return outcome;
}

/** The full-NIK search, posted so that the NIK never lands in a URL. */
export async function findCandidateByNikAction(_: FormState, formData: FormData): Promise<FormState> {
  return run(formData, (actor, values) => nikSearchOutcome(actor, values, "/desa/cpmi"));
}

export async function registerCandidateAction(_: FormState, formData: FormData): Promise<FormState> {
  return run(formData, async (actor, values) => {
    const result = await registerCandidate(actor, values);
    if (!result.ok) return failureState(await getRequestLocale(), result, values, zoneOf(actor));
    revalidatePath("/desa", "layout");
    return `/desa/cpmi/${result.value.id}?saved=1`;
  });
}

export async function updateCandidateAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return run(formData, async (actor, values) => {
    const result = await updateCandidate(actor, id, values);
    if (!result.ok) return failureState(await getRequestLocale(), result, values, zoneOf(actor));
    revalidatePath("/desa", "layout");
    return `/desa/cpmi/${id}?saved=1`;
  });
}

export async function changePassportStatusAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return run(formData, async (actor, values) => {
    const result = await changePassportStatus(actor, id, values);
    if (!result.ok) return failureState(await getRequestLocale(), result, values, zoneOf(actor));
    revalidatePath("/desa", "layout");
    return `/desa/cpmi/${id}?saved=1#paspor`;
  });
}

export async function recordGuidanceAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  return run(formData, async (actor, values) => {
    const result = await recordGuidance(actor, id, values);
    if (!result.ok) return failureState(await getRequestLocale(), result, values, zoneOf(actor));
    revalidatePath("/desa", "layout");
    return `/desa/cpmi/${id}?saved=1#riwayat`;
  });
}
