import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { ActionForm } from "@/components/auth/action-form";
import { AuthCard } from "@/components/auth/auth-card";
import { Alert } from "@/components/ui/alert";
import { authMessages } from "@/lib/platform/i18n/messages/auth";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { signInWithCode } from "../actions";

export const metadata: Metadata = { title: "Kode verifikasi" };

export default async function SecondFactorPage() {
  const locale = await getRequestLocale();
  const t = authMessages(locale);
  const pending = (await cookies()).has("desa.2fa");
  return (
    <AuthCard locale={locale} title={t.codeTitle} intro={t.codeIntro}>
      {pending ? (
        <ActionForm
          action={signInWithCode}
          submitLabel={t.submitCode}
          pendingLabel={t.submitting}
          fields={[{ name: "code", label: t.code, hint: t.codeHint, autoComplete: "one-time-code", required: true, maxLength: 64 }]}
        />
      ) : (
        <Alert tone="warning">{t.codeStepExpired}</Alert>
      )}
      <p className="mt-4 text-sm">
        <Link href="/masuk" className="font-semibold text-brand-700 underline">
          {t.backToSignIn}
        </Link>
      </p>
    </AuthCard>
  );
}
