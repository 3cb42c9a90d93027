import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/auth/action-form";
import { Alert } from "@/components/ui/alert";
import { homePathFor } from "@/lib/platform/auth/policy";
import { ENROL_PATH, getSessionState } from "@/lib/platform/auth/session";
import { authMessages } from "@/lib/platform/i18n/messages/auth";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { AuthCard } from "@/components/auth/auth-card";
import { signInWithPassword } from "./actions";

export const metadata: Metadata = { title: "Masuk" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ sandi?: string }> }) {
  const state = await getSessionState();
  if (state) redirect(state.mustEnrolTwoFactor ? ENROL_PATH : homePathFor(state.actor.role));
  const locale = await getRequestLocale();
  const t = authMessages(locale);
  return (
    <AuthCard locale={locale} title={t.signInTitle} intro={t.signInIntro}>
      {(await searchParams).sandi === "baru" ? (
        <div className="mb-4">
          <Alert tone="success">{t.resetDone}</Alert>
        </div>
      ) : null}
      <ActionForm
        action={signInWithPassword}
        submitLabel={t.submitSignIn}
        pendingLabel={t.submitting}
        fields={[
          { name: "email", label: t.email, type: "email", autoComplete: "username", required: true, inputMode: "email" },
          { name: "password", label: t.password, type: "password", autoComplete: "current-password", required: true },
        ]}
      />
    </AuthCard>
  );
}
