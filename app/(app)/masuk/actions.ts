"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { redeemPasswordReset } from "@/lib/accounts/commands";
import { failureFormState } from "@/lib/platform/form-state";
import { signIn } from "@/lib/platform/auth/config";
import { secureCookies } from "@/lib/platform/env";
import { loginWithCode, loginWithPassword, type LoginOutcome } from "@/lib/platform/auth/login";
import { homePathFor, TWO_FACTOR_REQUIRED } from "@/lib/platform/auth/policy";
import { ENROL_PATH } from "@/lib/platform/auth/session";
import { requestIp } from "@/lib/platform/audit/log";
import { errorState, formValues, type FormState } from "@/lib/platform/forms";
import { fill } from "@/lib/platform/i18n/locale";
import { authMessages } from "@/lib/platform/i18n/messages/auth";
import { getRequestLocale } from "@/lib/platform/i18n/server";

const SECOND_FACTOR_COOKIE = "desa.2fa";

const passwordStep = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

const codeStep = z.object({ code: z.string().trim().min(6).max(64) });

async function finish(outcome: Extract<LoginOutcome, { status: "signedIn" }>, enrolled: boolean): Promise<never> {
  const landing = !enrolled && TWO_FACTOR_REQUIRED[outcome.role] ? ENROL_PATH : homePathFor(outcome.role);
  await signIn("credentials", { ticket: outcome.sessionTicket, redirectTo: landing });
  redirect(landing);
}

/** Step one of /masuk: e-mail and password. */
export async function signInWithPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = authMessages(await getRequestLocale());
  const values = formValues(formData);
  const keep = { email: typeof values.email === "string" ? values.email : "" };
  const parsed = passwordStep.safeParse(values);
  if (!parsed.success) return errorState(t.invalidInput, keep);

  const outcome = await loginWithPassword(parsed.data, { ip: await requestIp() });
  switch (outcome.status) {
    case "throttled":
      return errorState(fill(t.throttled, { minutes: Math.ceil(outcome.retryAfterSeconds / 60) }), keep);
    case "invalid":
      return errorState(t.invalidCredentials, keep);
    case "secondFactor":
      (await cookies()).set(SECOND_FACTOR_COOKIE, outcome.secondFactorTicket, {
        httpOnly: true,
        sameSite: "lax",
        secure: secureCookies(),
        path: "/masuk",
        maxAge: 5 * 60,
      });
      redirect("/masuk/kode");
    case "signedIn":
      return finish(outcome, false);
  }
}

/** Step two of /masuk for accounts with TOTP: the code from the app or a recovery code. */
export async function signInWithCode(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = authMessages(await getRequestLocale());
  const jar = await cookies();
  const ticket = jar.get(SECOND_FACTOR_COOKIE)?.value;
  if (!ticket) return errorState(t.codeStepExpired, {});
  const parsed = codeStep.safeParse(formValues(formData));
  if (!parsed.success) return errorState(t["code.invalid"], {}, { code: t["code.invalid"] });

  const outcome = await loginWithCode({ secondFactorTicket: ticket, code: parsed.data.code }, { ip: await requestIp() });
  switch (outcome.status) {
    case "throttled":
      return errorState(fill(t.throttled, { minutes: Math.ceil(outcome.retryAfterSeconds / 60) }), {});
    case "invalid":
    case "secondFactor":
      return errorState(t.invalidCode, {}, { code: t.invalidCode });
    case "signedIn":
      jar.delete({ name: SECOND_FACTOR_COOKIE, path: "/masuk" });
      return finish(outcome, true);
  }
}

/** /masuk/sandi-baru: the one-time code from an administrator and a new password. */
export async function redeemPasswordResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = await getRequestLocale();
  const values = formValues(formData);
  const text = (key: string) => (typeof values[key] === "string" ? (values[key] as string) : "");
  const result = await redeemPasswordReset({ token: text("token"), newPassword: text("newPassword"), confirmPassword: text("confirmPassword") });
  if (!result.ok) return failureFormState({ locale, timeZone: "Asia/Jakarta" }, result, values);
  redirect("/masuk?sandi=baru");
}
