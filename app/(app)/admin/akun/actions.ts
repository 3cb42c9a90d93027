"use server";

import {
  createAccount,
  endAllSessions,
  issuePasswordReset,
  resetTwoFactor,
  setAccountActive,
  updateAccountAccess,
} from "@/lib/accounts/commands";
import { env } from "@/lib/platform/env";
import { catalogText } from "@/lib/platform/i18n/catalog";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { runFormAction } from "@/lib/platform/form-action";
import type { FormState } from "@/lib/platform/forms";
import type { ActionFormState } from "@/components/auth/action-form";

// The commands authorize ("user:manage") and audit; a signed-out or non-admin caller gets the same "not found"
// as for an account that does not exist.

function resetLink(code: string) {
  return `${env().APP_URL}/masuk/sandi-baru?kode=${encodeURIComponent(code)}`;
}

/** The one-time code to show once, with its link. */
async function issued(messageKey: string, resetToken: string): Promise<{ revalidate: string[]; state: ActionFormState }> {
  const message = catalogText(await getRequestLocale(), messageKey);
  return { revalidate: ["/admin/akun"], state: { status: "issued", message, code: resetToken, link: resetLink(resetToken) } };
}

const idOf = (formData: FormData) => String(formData.get("id") ?? "");

export async function createAccountAction(_previous: ActionFormState, formData: FormData): Promise<ActionFormState> {
  return runFormAction(formData, createAccount, ({ resetToken }) => issued("account.created", resetToken));
}

export async function updateAccountAccessAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => updateAccountAccess(actor, idOf(formData), values), () => ({
    revalidate: ["/admin/akun"],
    message: { key: "account.accessSaved" },
  }));
}

export async function setAccountActiveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const active = formData.get("active") === "yes";
  return runFormAction(formData, (actor) => setAccountActive(actor, idOf(formData), { active }), () => ({
    revalidate: ["/admin/akun"],
    message: { key: active ? "account.reactivated" : "account.deactivated" },
  }));
}

export async function issuePasswordResetAction(_previous: ActionFormState, formData: FormData): Promise<ActionFormState> {
  return runFormAction(formData, (actor) => issuePasswordReset(actor, idOf(formData), {}), ({ resetToken }) =>
    issued("account.resetPasswordHint", resetToken),
  );
}

export async function endAllSessionsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor) => endAllSessions(actor, idOf(formData), {}), () => ({ message: { key: "account.sessionsEnded" } }));
}

export async function resetTwoFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor) => resetTwoFactor(actor, idOf(formData), {}), () => ({
    revalidate: ["/admin/akun"],
    message: { key: "account.twoFactorReset" },
  }));
}
