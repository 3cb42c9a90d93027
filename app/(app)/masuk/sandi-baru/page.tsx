import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/auth/action-form";
import { AuthCard } from "@/components/auth/auth-card";
import { authMessages } from "@/lib/platform/i18n/messages/auth";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { redeemPasswordResetAction } from "../actions";

export const metadata: Metadata = { title: "Kata sandi baru", referrer: "no-referrer" };

export default async function NewPasswordPage({ searchParams }: { searchParams: Promise<{ kode?: string }> }) {
  const locale = await getRequestLocale();
  const t = authMessages(locale);
  const { kode } = await searchParams;
  return (
    <AuthCard locale={locale} title={t.resetTitle} intro={t.resetIntro}>
      <ActionForm
        action={redeemPasswordResetAction}
        submitLabel={t.submitReset}
        pendingLabel={t.submitting}
        fields={[
          { name: "token", label: t.resetToken, autoComplete: "off", required: true, defaultValue: typeof kode === "string" ? kode : "" },
          { name: "newPassword", label: t.newPassword, type: "password", autoComplete: "new-password", hint: t.passwordHint, required: true },
          { name: "confirmPassword", label: t.confirmPassword, type: "password", autoComplete: "new-password", required: true },
        ]}
      />
      <p className="mt-4 text-sm">
        <Link href="/masuk" className="font-semibold text-brand-700 underline">
          {t.backToSignIn}
        </Link>
      </p>
    </AuthCard>
  );
}
