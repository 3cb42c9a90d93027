"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  changeOwnPassword,
  confirmTotpEnrolment,
  disableOwnTwoFactor,
  regenerateRecoveryCodes,
  startTotpEnrolment,
} from "@/lib/accounts/commands";
import { accountErrorState } from "@/lib/accounts/form-state";
import { signIn } from "@/lib/platform/auth/config";
import { getSessionState } from "@/lib/platform/auth/session";
import { mintTicket } from "@/lib/platform/auth/tickets";
import { isAppError } from "@/lib/platform/errors";
import { formValues, type FormState } from "@/lib/platform/forms";
import { accountMessages } from "@/lib/platform/i18n/messages/accounts";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import type { CodesState } from "@/components/auth/codes-form";

// The own account. These actions serve any signed-in user, also one who still owes 2FA enrolment.

async function holder() {
  const state = await getSessionState();
  if (!state) redirect("/masuk");
  return state.actor;
}

export async function changeOwnPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await holder();
  const locale = await getRequestLocale();
  const values = formValues(formData);
  let sessionVersion: number;
  try {
    ({ sessionVersion } = await changeOwnPassword(actor, values));
  } catch (error) {
    return accountErrorState(error, values, locale);
  }
  // The change ended every session, this one too: issue this device a fresh one.
  await signIn("credentials", { ticket: mintTicket(actor.id, sessionVersion, "session"), redirectTo: "/akun?sandi=baru" });
  return { status: "success", message: accountMessages(locale).passwordChanged };
}

export async function startTotpEnrolmentAction() {
  const actor = await holder();
  // Already enrolled (a second tab, a double post): the page shows the current state.
  await startTotpEnrolment(actor).catch((error) => {
    if (!isAppError(error, "CONFLICT")) throw error;
  });
  revalidatePath("/akun/keamanan");
}

export async function confirmTotpEnrolmentAction(_previous: CodesState, formData: FormData): Promise<CodesState> {
  const actor = await holder();
  const values = formValues(formData);
  try {
    const { recoveryCodes } = await confirmTotpEnrolment(actor, String(values.code ?? ""));
    return { status: "codes", codes: recoveryCodes };
  } catch (error) {
    return accountErrorState(error, { code: values.code ?? "" }, await getRequestLocale());
  }
}

export async function regenerateRecoveryCodesAction(_previous: CodesState, formData: FormData): Promise<CodesState> {
  const actor = await holder();
  try {
    const { recoveryCodes } = await regenerateRecoveryCodes(actor, formData.get("currentPassword"));
    return { status: "codes", codes: recoveryCodes };
  } catch (error) {
    return accountErrorState(error, {}, await getRequestLocale());
  }
}

export async function disableOwnTwoFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await holder();
  const locale = await getRequestLocale();
  try {
    await disableOwnTwoFactor(actor, formData.get("currentPassword"));
  } catch (error) {
    return accountErrorState(error, {}, locale);
  }
  revalidatePath("/akun/keamanan");
  return { status: "success", message: accountMessages(locale).twoFactorDisabled };
}
