import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/auth/action-form";
import { accountFormOptions, getAccount } from "@/lib/accounts/queries";
import { RESET_TOKEN_HOURS } from "@/lib/accounts/commands";
import { ROLES } from "@/lib/accounts/schema";
import { orNotFound } from "@/lib/platform/auth/pages";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { fill, formatDateTime } from "@/lib/platform/i18n/locale";
import { accountMessages } from "@/lib/platform/i18n/messages/accounts";
import { authMessages } from "@/lib/platform/i18n/messages/auth";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import {
  endAllSessionsAction,
  issuePasswordResetAction,
  resetTwoFactorAction,
  setAccountActiveAction,
  updateAccountAccessAction,
} from "../actions";

export const metadata: Metadata = { title: "Akun pengguna" };

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireWorkspace("admin");
  const { id } = await params;
  const account = await orNotFound(getAccount(actor, id));
  const options = await accountFormOptions(actor);
  const locale = await getRequestLocale();
  const t = accountMessages(locale);
  const c = commonMessages(locale);
  const pending = authMessages(locale).submitting;
  const hidden = { id: account.id };
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/akun" className="text-brand-700 underline">
          ← {t.listTitle}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{account.name}</h1>
      <dl className="mt-2 mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t.email}</dt>
        <dd>{account.email}</dd>
        <dt className="font-medium">{t.role}</dt>
        <dd>{t[`role.${account.role}`]}</dd>
        <dt className="font-medium">{t.scope}</dt>
        <dd>{account.office?.name ?? (account.village ? `${account.village.name} (${account.villageCode})` : "—")}</dd>
        <dt className="font-medium">{t.status}</dt>
        <dd>{account.active ? t.active : t.inactive}</dd>
        <dt className="font-medium">{t.twoFactor}</dt>
        <dd>{account.totpEnabledAt ? `${c.yes} (${formatDateTime(locale, account.totpEnabledAt)})` : c.no}</dd>
        <dt className="font-medium">{t.lastLogin}</dt>
        <dd>{account.lastLoginAt ? formatDateTime(locale, account.lastLoginAt) : t.never}</dd>
      </dl>
      {account.isSelf ? <p className="mb-4 text-sm text-slate-700">{t.selfNote}</p> : null}
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="edit-access" className="space-y-3">
          <h2 id="edit-access" className="text-xl font-semibold">{t.editAccess}</h2>
          <ActionForm
            action={updateAccountAccessAction}
            hidden={hidden}
            submitLabel={t.saveAccess}
            pendingLabel={pending}
            fields={[
              { name: "name", label: t.name, required: true, defaultValue: account.name, maxLength: 120 },
              { kind: "select", name: "role", label: t.role, required: true, defaultValue: account.role,
                options: ROLES.map((role) => ({ value: role, label: t[`role.${role}`] })) },
              { kind: "select", name: "officeId", label: t.office, placeholder: t.chooseOffice, hint: t.officeHint, defaultValue: account.officeId ?? "",
                options: options.offices.map((o) => ({ value: o.id, label: o.name })) },
              { kind: "select", name: "villageCode", label: t.village, placeholder: t.chooseVillage, hint: t.villageHint, defaultValue: account.villageCode ?? "",
                options: options.villages.map((v) => ({ value: v.code, label: `${v.name} (${v.code}) · ${v.officeName}` })) },
            ]}
          />
        </section>
        <section aria-labelledby="account-actions" className="space-y-6">
          <h2 id="account-actions" className="text-xl font-semibold">{t.accountActions}</h2>
          <div>
            <h3 className="mb-2 font-semibold">{t.resetPassword}</h3>
            <ActionForm action={issuePasswordResetAction} hidden={hidden} fields={[]} submitLabel={t.resetPassword} pendingLabel={pending} variant="secondary"
              issuedLabels={{ title: t.oneTimeCodeTitle, intro: fill(t.oneTimeCodeIntro, { hours: RESET_TOKEN_HOURS }), link: t.link, code: t.codeLabel }} />
          </div>
          <div>
            <h3 className="mb-2 font-semibold">{t.endSessions}</h3>
            <ActionForm action={endAllSessionsAction} hidden={hidden} fields={[]} submitLabel={t.endSessions} pendingLabel={pending} variant="secondary" />
          </div>
          {account.totpEnabledAt ? (
            <div>
              <h3 className="mb-2 font-semibold">{t.resetTwoFactor}</h3>
              <ActionForm action={resetTwoFactorAction} hidden={hidden} fields={[]} submitLabel={t.resetTwoFactor} pendingLabel={pending} variant="secondary" />
            </div>
          ) : null}
          {account.isSelf ? null : (
            <div>
              <h3 className="mb-2 font-semibold">{account.active ? t.deactivate : t.reactivate}</h3>
              <ActionForm action={setAccountActiveAction} hidden={{ ...hidden, active: account.active ? "no" : "yes" }} fields={[]}
                submitLabel={account.active ? t.deactivate : t.reactivate} pendingLabel={pending} variant={account.active ? "danger" : "primary"} />
            </div>
          )}
        </section>
      </div>
    </>
  );
}
