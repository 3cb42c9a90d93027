import type { Metadata } from "next";
import { accountNav } from "@/components/auth/account-nav";
import { ActionForm } from "@/components/auth/action-form";
import { CodesForm } from "@/components/auth/codes-form";
import { WorkspaceShell } from "@/components/layout/workspace-shell";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ownSecurity } from "@/lib/accounts/queries";
import { homePathFor, TWO_FACTOR_REQUIRED } from "@/lib/platform/auth/policy";
import { requireAccountHolder } from "@/lib/platform/auth/session";
import { totpQrSvg, totpUri } from "@/lib/platform/auth/totp";
import { decryptField } from "@/lib/platform/crypto/fields";
import { fill, formatDateTime } from "@/lib/platform/i18n/locale";
import { accountMessages } from "@/lib/platform/i18n/messages/accounts";
import { authMessages } from "@/lib/platform/i18n/messages/auth";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import {
  confirmTotpEnrolmentAction,
  disableOwnTwoFactorAction,
  regenerateRecoveryCodesAction,
  startTotpEnrolmentAction,
} from "../actions";

export const metadata: Metadata = { title: "Keamanan akun" };

export default async function SecurityPage() {
  const { actor, mustEnrolTwoFactor } = await requireAccountHolder();
  const locale = await getRequestLocale();
  const t = accountMessages(locale);
  const a = authMessages(locale);
  const security = await ownSecurity(actor.id);
  const required = TWO_FACTOR_REQUIRED[actor.role];
  const pendingSecret = security.pendingTotpSecret ? decryptField(security.pendingTotpSecret) : null;
  const qr = pendingSecret ? await totpQrSvg(totpUri(pendingSecret, security.email)) : null;

  return (
    <WorkspaceShell actor={actor} locale={locale} title={t.security} nav={accountNav(actor, t, !mustEnrolTwoFactor)}>
      <section aria-labelledby="two-factor" className="max-w-xl space-y-4">
        <h2 id="two-factor" className="text-xl font-semibold">
          {t.twoFactorTitle}
        </h2>
        {mustEnrolTwoFactor ? <Alert tone="warning">{t.twoFactorRequired}</Alert> : null}
        {!required ? <p className="text-sm text-slate-700">{t.twoFactorOptional}</p> : null}

        {security.totpEnabledAt ? (
          <>
            <Alert tone="success">
              {fill(t.twoFactorOn, { date: formatDateTime(locale, security.totpEnabledAt), count: security.recoveryCodesLeft })}
            </Alert>
            <h3 className="text-lg font-semibold">{t.regenerateCodes}</h3>
            <CodesForm
              action={regenerateRecoveryCodesAction}
              field={{ name: "currentPassword", label: t.currentPassword, type: "password", autoComplete: "current-password" }}
              submitLabel={t.regenerateCodes}
              pendingLabel={a.submitting}
              codesTitle={t.recoveryTitle}
              codesIntro={t.recoveryIntro}
            />
            {!required ? (
              <>
                <h3 className="text-lg font-semibold">{t.disableTwoFactor}</h3>
                <ActionForm
                  action={disableOwnTwoFactorAction}
                  variant="danger"
                  submitLabel={t.disableTwoFactor}
                  pendingLabel={a.submitting}
                  fields={[{ name: "currentPassword", label: t.currentPassword, type: "password", autoComplete: "current-password", required: true }]}
                />
              </>
            ) : null}
          </>
        ) : pendingSecret && qr ? (
          <>
            <p className="text-sm">{t.enrolSteps}</p>
            {/* eslint-disable-next-line @next/next/no-img-element -- an inline data: URL, nothing to optimise */}
            <img
              src={`data:image/svg+xml;base64,${Buffer.from(qr).toString("base64")}`}
              alt={t.qrAlt}
              width={220}
              height={220}
              className="rounded border border-slate-300 bg-white"
            />
            <p className="text-sm">
              {t.manualKey}: <code className="break-all font-mono" data-testid="totp-secret">{pendingSecret}</code>
            </p>
            <CodesForm
              action={confirmTotpEnrolmentAction}
              field={{ name: "code", label: t.confirmCode, type: "text", autoComplete: "one-time-code" }}
              submitLabel={t.confirmEnrolment}
              pendingLabel={a.submitting}
              codesTitle={t.recoveryTitle}
              codesIntro={t.recoveryIntro}
              continueHref={homePathFor(actor.role)}
              continueLabel={t.continueToWorkspace}
            />
          </>
        ) : (
          <>
            <p>{t.twoFactorOff}</p>
            <form action={startTotpEnrolmentAction}>
              <Button type="submit">{t.startEnrolment}</Button>
            </form>
          </>
        )}
      </section>
    </WorkspaceShell>
  );
}
