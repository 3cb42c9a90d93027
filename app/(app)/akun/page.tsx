import type { Metadata } from "next";
import { ActionForm } from "@/components/auth/action-form";
import { accountNav } from "@/components/auth/account-nav";
import { WorkspaceShell } from "@/components/layout/workspace-shell";
import { Alert } from "@/components/ui/alert";
import { requireAccountHolder } from "@/lib/platform/auth/session";
import { accountMessages } from "@/lib/platform/i18n/messages/accounts";
import { authMessages } from "@/lib/platform/i18n/messages/auth";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { changeOwnPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Akun saya" };

export default async function MyAccountPage({ searchParams }: { searchParams: Promise<{ sandi?: string }> }) {
  const { actor, mustEnrolTwoFactor } = await requireAccountHolder();
  const locale = await getRequestLocale();
  const t = accountMessages(locale);
  const a = authMessages(locale);
  const changed = (await searchParams).sandi === "baru";
  return (
    <WorkspaceShell actor={actor} locale={locale} title={t.myAccount} nav={accountNav(actor, t, !mustEnrolTwoFactor)}>
      <div className="max-w-xl space-y-6">
        {mustEnrolTwoFactor ? <Alert tone="warning">{t.twoFactorRequired}</Alert> : null}
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">{t.name}</dt>
          <dd>{actor.name}</dd>
          <dt className="font-medium">{t.email}</dt>
          <dd>{actor.email}</dd>
          <dt className="font-medium">{t.role}</dt>
          <dd>{t[`role.${actor.role}`]}</dd>
        </dl>
        <section aria-labelledby="change-password" className="space-y-3">
          <h2 id="change-password" className="text-xl font-semibold">
            {t.changePasswordTitle}
          </h2>
          <p className="text-sm text-slate-700">{t.changePasswordIntro}</p>
          {changed ? <Alert tone="success">{t.passwordChanged}</Alert> : null}
          <ActionForm
            action={changeOwnPasswordAction}
            submitLabel={t.changePasswordTitle}
            pendingLabel={a.submitting}
            fields={[
              { name: "currentPassword", label: t.currentPassword, type: "password", autoComplete: "current-password", required: true },
              { name: "newPassword", label: a.newPassword, type: "password", autoComplete: "new-password", hint: a.passwordHint, required: true },
              { name: "confirmPassword", label: a.confirmPassword, type: "password", autoComplete: "new-password", required: true },
            ]}
          />
        </section>
      </div>
    </WorkspaceShell>
  );
}
