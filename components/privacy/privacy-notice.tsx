import type { ReactNode } from "react";
import { fill, type Locale } from "@/lib/platform/i18n/locale";
import { privacyMessages } from "@/lib/platform/i18n/messages/privacy";
import { privacyNoticeMessages } from "@/lib/platform/i18n/messages/privacy-notice";
import type { RetentionPolicy } from "@/lib/privacy/retention-schema";

type Office = { name: string; address: string; phone: string; email: string };

/** The privacy notice body; the public page frames it in the portal's layout. */
export function PrivacyNotice({ locale, retention, offices }: { locale: Locale; retention: RetentionPolicy; offices: Office[] }) {
  const t = privacyNoticeMessages(locale);
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-800">{t.title}</h1>
        <p className="text-slate-700">{t.description}</p>
      </header>
      <Part title={t.publicVisitorsTitle}>
        <p>{t.publicVisitors}</p>
      </Part>
      <Part title={t.controllerTitle}>
        <p>{t.controller}</p>
        {offices.length ? (
          <ul className="list-disc space-y-1 pl-6">
            {offices.map((o) => (
              <li key={o.email}>{fill(t.office, o)}</li>
            ))}
          </ul>
        ) : (
          <p>{t.controllerNone}</p>
        )}
      </Part>
      <Part title={t.dataTitle}>
        <p>{t.data}</p>
      </Part>
      <Part title={t.purposesTitle}>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t.purposes1}</li>
          <li>{t.purposes2}</li>
          <li>{t.purposes3}</li>
        </ul>
      </Part>
      <Part title={t.basisTitle}>
        <p>{t.basis}</p>
      </Part>
      <Part title={t.protectionTitle}>
        <p>{t.protection}</p>
      </Part>
      <Part title={t.retentionTitle}>
        <p>
          {fill(privacyMessages(locale).consentRetention, {
            after: retention.monthsAfterDeparture,
            inactive: retention.monthsOfInactivity,
          })}
        </p>
        <p className="text-sm text-slate-600">{t.updated}</p>
      </Part>
      <Part title={t.rightsTitle}>
        <p>{t.rightsIntro}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t.rightAccess}</li>
          <li>{t.rightCorrection}</li>
          <li>{t.rightRestriction}</li>
          <li>{t.rightErasure}</li>
          <li>{t.rightCopy}</li>
        </ul>
        <p className="font-semibold">{t.rightsDeadline}</p>
      </Part>
      <Part title={t.howTitle}>
        <ol className="list-decimal space-y-1 pl-6">
          <li>{t.how1}</li>
          <li>{t.how2}</li>
          <li>{t.how3}</li>
        </ol>
      </Part>
      <Part title={t.breachTitle}>
        <p>{t.breach}</p>
      </Part>
    </article>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2">
      <h2 className="text-lg font-semibold text-brand-800">{title}</h2>
      {children}
    </section>
  );
}
