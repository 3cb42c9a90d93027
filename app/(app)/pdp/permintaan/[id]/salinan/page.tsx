import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/platform/auth/session";
import { isAppError } from "@/lib/platform/errors";
import { riskLabels } from "@/lib/candidates/risk";
import { fill, formatDateTime, formatDay, type Locale } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { privacyMessages } from "@/lib/platform/i18n/messages/privacy";
import { getSubjectCopy, type SubjectCopy } from "@/lib/privacy/subject-requests/copy";

export const metadata: Metadata = { title: "Salinan data pribadi" };

// The readable copy for the data subject: printed and handed over, or saved as PDF from the browser.
export default async function SubjectCopyPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const locale = await getRequestLocale();
  const t = privacyMessages(locale);
  const label = (key: string) => (t as Record<string, string>)[key] ?? key;
  const { copy } = await getSubjectCopy(actor, id).catch((error: unknown) => {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  });
  const p = copy.person;
  const yesNo = (value: boolean) => (value ? t.yes : t.no);
  const when = (value: string | null) => (value ? formatDateTime(locale, value) : "—");
  const day = (value: string | null) => (value ? (value.length === 4 ? value : formatDay(locale, value)) : "—");

  return (
    <article className="mx-auto max-w-3xl space-y-6 bg-white p-4 print:p-0">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t.copyTitle}</h1>
        <p>{t.copyIntro}</p>
        <p className="text-sm text-slate-700">{fill(t.copyGenerated, { at: formatDateTime(locale, copy.generatedAt) })}</p>
        <p className="no-print flex flex-wrap gap-4 text-sm">
          <a href={`/pdp/permintaan/${id}/salinan/json`} className="font-semibold text-brand-700 underline" download>
            {t.copyDownloadJson}
          </a>
          <span>{t.copyPrint}</span>
        </p>
      </header>

      <Section title={t.copyPerson}>
        <Facts
          rows={[
            [t.subjectName, p.name],
            [t.subjectNik, <span key="nik" className="font-mono">{p.nik}</span>],
            [t.subjectBirthDate, day(p.birthDate)],
            [t.subjectPhone, p.phone ?? "—"],
            [
              t.subjectAddress,
              [p.address.line, p.address.hamlet, p.address.rt && `RT ${p.address.rt}`, p.address.rw && `RW ${p.address.rw}`]
                .filter(Boolean)
                .join(", ") || "—",
            ],
            [t.subjectVillage, `${p.address.village}, ${p.address.district}, ${p.address.regency}, ${p.address.province}`],
            [t.f_sex, p.sex],
            [t.f_education, p.education],
          ]}
        />
      </Section>

      <Section title={t.copyPlan}>
        <Facts rows={Object.entries(copy.migrationPlan).map(([key, value]) => [label(`f_${key}`), value === null ? "—" : typeof value === "boolean" ? yesNo(value) : String(value)])} />
      </Section>
      <Section title={t.copyDocuments}>
        <Facts rows={Object.entries(copy.documents).map(([key, value]) => [label(`f_${key}`), yesNo(value)])} />
      </Section>
      <Section title={t.copyPassport}>
        <Facts
          rows={[
            [t.f_status, copy.passport.status],
            [t.f_statusOn, day(copy.passport.statusOn)],
            [t.f_appliedOn, day(copy.passport.appliedOn)],
            [t.f_issuedOn, day(copy.passport.issuedOn)],
          ]}
        />
      </Section>
      <Section title={t.copyRisk}>{copy.riskFlags.length ? <p>{riskLabels(copy.riskFlags, locale).join(", ")}</p> : <p>{t.none}</p>}</Section>

      <Section title={t.copyGuidance}>
        <Table
          empty={t.none}
          head={[t.at, t.f_topics, t.copyNotes]}
          rows={copy.guidanceSessions.map((g) => [day(g.sessionDate), g.topics.join(", "), g.notes ?? "—"])}
        />
      </Section>
      <Section title={t.copyNotes}>
        <Table empty={t.none} head={[t.at, t.copyNotes]} rows={copy.notes.map((n) => [when(n.at), n.body])} />
      </Section>
      <Section title={t.copyStatusChanges}>
        <Table
          empty={t.none}
          head={[t.at, t.f_change, t.copyNotes]}
          rows={copy.passportStatusChanges.map((s) => [day(s.effectiveOn), `${s.from} → ${s.to}`, s.note ?? "—"])}
        />
      </Section>
      <Section title={t.copyRequests}>
        <Table
          empty={t.none}
          head={[t.colReceived, t.colType, t.colStatus]}
          rows={copy.requests.map((r) => [when(r.receivedAt), label(`type${r.type}`), label(`status${r.status}`)])}
        />
      </Section>
      <Section title={t.copyAccess}>
        <p className="text-sm">{t.copyAccessIntro}</p>
        <Table
          empty={t.none}
          head={[t.at, t.kind, t.purpose, t.role]}
          rows={copy.accessHistory.map((a) => [when(a.at), label(`kind${a.kind}`), label(`purpose${a.purpose}`), label(`role${a.actorRole ?? "SYSTEM"}`)])}
        />
      </Section>
      <Section title={t.copyHistory}>
        <Table
          empty={t.none}
          head={[t.at, t.action, t.role, t.fields]}
          rows={copy.processingHistory.map((h) => [when(h.at), h.action, label(`role${h.actorRole ?? "SYSTEM"}`), h.fields.join(", ") || "—"])}
        />
      </Section>
      <Section title={t.copyRightsTitle}>
        <p>{rights(locale, copy)}</p>
      </Section>
    </article>
  );
}

function rights(locale: Locale, copy: SubjectCopy) {
  return fill(privacyMessages(locale).copyRights, {
    after: copy.retention.monthsAfterDeparture,
    inactive: copy.retention.monthsOfInactivity,
  });
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2 break-inside-avoid">
      <h2 className="border-b border-slate-300 pb-1 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Table({ head, rows, empty }: { head: string[]; rows: ReactNode[][]; empty: string }) {
  if (!rows.length) return <p className="text-sm">{empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="border-b border-slate-300 p-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} className="border-b border-slate-200 align-top">
              {row.map((cell, j) => (
                <td key={j} className="p-2">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
