"use server";

import { revalidatePath } from "next/cache";
import {
  createAccount,
  endAllSessions,
  issuePasswordReset,
  resetTwoFactor,
  setAccountActive,
  updateAccountAccess,
} from "@/lib/accounts/commands";
import { accountErrorState } from "@/lib/accounts/form-state";
import { getActor } from "@/lib/platform/auth/session";
import { env } from "@/lib/platform/env";
import { formValues, type FormState } from "@/lib/platform/forms";
import { accountMessages } from "@/lib/platform/i18n/messages/accounts";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import type { ActionFormState } from "@/components/auth/action-form";

// Thin wrappers: the domain functions authorize ("user:manage") and audit; a signed-out or non-admin caller
// gets the same "not found" as for an account that does not exist.

function resetLink(code: string) {
  return `${env().APP_URL}/masuk/sandi-baru?kode=${encodeURIComponent(code)}`;
}

export async function createAccountAction(_previous: ActionFormState, formData: FormData): Promise<ActionFormState> {
  const locale = await getRequestLocale();
  const values = formValues(formData);
  try {
    const { resetToken } = await createAccount(await getActor(), values);
    revalidatePath("/admin/akun");
    return { status: "issued", message: accountMessages(locale).created, code: resetToken, link: resetLink(resetToken) };
  } catch (error) {
    return accountErrorState(error, values, locale);
  }
}

export async function updateAccountAccessAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = await getRequestLocale();
  const values = formValues(formData);
  try {
    await updateAccountAccess(await getActor(), String(values.id ?? ""), values);
  } catch (error) {
    return accountErrorState(error, values, locale);
  }
  revalidatePath("/admin/akun");
  return { status: "success", message: accountMessages(locale).accessSaved };
}

export async function setAccountActiveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = await getRequestLocale();
  const active = formData.get("active") === "yes";
  try {
    await setAccountActive(await getActor(), String(formData.get("id") ?? ""), active);
  } catch (error) {
    return accountErrorState(error, {}, locale);
  }
  revalidatePath("/admin/akun");
  const t = accountMessages(locale);
  return { status: "success", message: active ? t.reactivated : t.deactivated };
}

export async function issuePasswordResetAction(_previous: ActionFormState, formData: FormData): Promise<ActionFormState> {
  const locale = await getRequestLocale();
  try {
    const { resetToken } = await issuePasswordReset(await getActor(), String(formData.get("id") ?? ""));
    return { status: "issued", message: accountMessages(locale).resetPasswordHint, code: resetToken, link: resetLink(resetToken) };
  } catch (error) {
    return accountErrorState(error, {}, locale);
  }
}

export async function endAllSessionsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = await getRequestLocale();
  try {
    await endAllSessions(await getActor(), String(formData.get("id") ?? ""));
  } catch (error) {
    return accountErrorState(error, {}, locale);
  }
  return { status: "success", message: accountMessages(locale).sessionsEnded };
}

export async function resetTwoFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = await getRequestLocale();
  try {
    await resetTwoFactor(await getActor(), String(formData.get("id") ?? ""));
  } catch (error) {
    return accountErrorState(error, {}, locale);
  }
  revalidatePath("/admin/akun");
  return { status: "success", message: accountMessages(locale).twoFactorReset };
}
