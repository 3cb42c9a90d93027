import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { GuidanceForm } from "@/components/village/guidance-form";
import { PassportStatusForm } from "@/components/village/passport-status-form";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { ageOn, dayString, timeZoneOfVillage, todayIn } from "@/lib/candidates/dates";
import { getCandidateDetail, listGuidanceOfficers, type TimelineEntry } from "@/lib/candidates/queries";
import { getJourney, getWorkerTimeline } from "@/lib/journeys/queries";
import { JourneySection, journeyFormOf } from "@/components/journeys/journey-section";
import { JourneyTimelineItem, isJourneyEntry } from "@/components/journeys/journey-timeline-item";
import { RevealNikForm, revealPurposeOf } from "@/components/privacy/reveal-nik-form";
import { DEPARTURE_DOCUMENTS, riskFlagText } from "@/lib/candidates/risk";
import { RiskFlagItem } from "@/components/candidates/risk-flag-item";
import { PASSPORT_TRANSITIONS } from "@/lib/candidates/schema";
import { isAppError } from "@/lib/platform/errors";
import { countryName } from "@/lib/reference-data/countries";
import { fill, formatDateTime, formatDay, type Locale } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { villageMessages, villageText } from "@/lib/platform/i18n/messages/village";
import { changePassportStatusAction, recordGuidanceAction } from "../actions";
import {
  markFormerWorkerAction,
  openVillageCaseAction,
  recordContactAction,
  recordDepartureAction,
  recordPreventionAction,
  recordReturnAction,
  resumePreparingAction,
} from "../../luar-negeri/actions";

const DOCUMENTS = [
  "hasMaritalStatusLetter",
  "hasFamilyConsent",
  "hasCompetenceCertificate",
  "hasHealthCertificate",
  "hasSocialSecurity",
  "hasWorkVisa",
  "hasPlacementAgreement",
  "hasEmploymentContract",
] as const;

export default async function CandidatePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ nik?: string; purpose?: string; saved?: string; form?: string }>;
}) {
  const actor = await requireWorkspace("desa");
  const { id } = await params;
  const query = await searchParams;
  const locale = await getRequestLocale();
  const t = villageMessages(locale);
  const revealNik = query.nik === "1";
  const [candidate, timeline, officers, journey] = await Promise.all([
    getCandidateDetail(actor, id, { revealNik, purpose: revealPurposeOf(query.purpose) }),
    getWorkerTimeline(actor, id),
    listGuidanceOfficers(actor, id),
    getJourney(actor, id),
  ]).catch((error: unknown) => {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  });
  const today = todayIn(timeZoneOfVillage(candidate.villageCode));
  const nextStatuses = PASSPORT_TRANSITIONS[candidate.passportStatus];
  const row = (label: string, value: string | null | undefined) => (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="font-medium sm:col-span-2">{value || "—"}</dd>
    </div>
  );

  return (
    <div className="space-y-8">
      {query.saved ? <Alert tone="success" title={t.saved} /> : null}
      {candidate.restrictedAt ? <Alert tone="warning" title={t["detail.restricted"]} /> : null}
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold">{candidate.name}</h1>
          <p className="text-slate-700">
            {villageText(locale, `sex.${candidate.sex}`)} · {formatDay(locale, candidate.birthDate)} (
            {fill(t["detail.age"], { age: ageOn(candidate.birthDate, today) })}) · {candidate.villageName}
          </p>
        </div>
        {candidate.mayEdit ? (
          <Link href={`/desa/cpmi/${candidate.id}/ubah`} className={buttonClass("secondary")}>
            {t["detail.edit"]}
          </Link>
        ) : null}
      </div>

      <section aria-labelledby="flags" className="space-y-3">
        <h2 id="flags" className="text-lg font-semibold">{t["detail.flagsTitle"]}</h2>
        {candidate.riskFlags.length === 0 ? (
          <p className="text-slate-700">{t["detail.noFlags"]}</p>
        ) : (
          <ul className="space-y-3">
            {candidate.riskFlags.map((code) => {
              const missing = code === "MISSING_DOCUMENTS" ? DEPARTURE_DOCUMENTS.filter((d) => !candidate[d]) : [];
              return (
                <RiskFlagItem key={code} code={code} locale={locale} adviceLead={t["detail.whatToDo"]}>
                  {missing.length ? (
                    <p className="text-sm">{fill(t["detail.missing"], { list: missing.map((d) => t[`doc.${d}`]).join(", ") })}</p>
                  ) : null}
                </RiskFlagItem>
              );
            })}
          </ul>
        )}
      </section>

      <dl className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white px-4">
        <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
          <dt className="text-sm text-slate-700">{t["detail.nik"]}</dt>
          <dd className="font-mono font-medium sm:col-span-2">
            {candidate.fullNik ?? candidate.nikMasked}{" "}
            {candidate.mayViewNik && revealNik ? (
              <Link href={`/desa/cpmi/${candidate.id}`} className="ml-2 font-sans text-sm text-brand-700 underline">
                {t["detail.hideNik"]}
              </Link>
            ) : null}
            {candidate.mayViewNik && !revealNik ? (
              <RevealNikForm action={`/desa/cpmi/${candidate.id}`} locale={locale} label={t["detail.showNik"]} />
            ) : null}
          </dd>
        </div>
        {row(t["field.phone"], candidate.phoneMasked)}
        {row(t["section.address"], [candidate.hamlet, candidate.rt && `RT ${candidate.rt}`, candidate.rw && `RW ${candidate.rw}`, candidate.addressLine].filter(Boolean).join(", "))}
        {row(t["field.education"], villageText(locale, `education.${candidate.education}`))}
        {row(t["field.destinationCountry"], countryName(candidate.destinationCountry, locale))}
        {row(t["field.jobSector"], villageText(locale, `jobSector.${candidate.jobSector}`))}
        {row(t["field.placementChannel"], villageText(locale, `placementChannel.${candidate.placementChannel}`) + (candidate.agencyName ? ` — ${candidate.agencyName}` : ""))}
        {row(t["field.employerType"], villageText(locale, `employerType.${candidate.employerType}`))}
        {row(t["field.plannedVisa"], villageText(locale, `plannedVisa.${candidate.plannedVisa}`))}
        {row(t["field.recruitmentSource"], villageText(locale, `recruitmentSource.${candidate.recruitmentSource}`))}
        {row(t["field.feeArrangement"], villageText(locale, `feeArrangement.${candidate.feeArrangement}`))}
        {row(t["field.plannedDeparture"], candidate.plannedDeparture ? formatDay(locale, candidate.plannedDeparture) : null)}
        {row(t["field.documents"], DOCUMENTS.map((d) => `${candidate[d] ? "✓" : "✗"} ${t[`field.${d}`]}`).join(" · "))}
        {row(
          t["field.consentMethod"],
          fill(t["detail.consentRecorded"], {
            method: villageText(locale, `consentMethod.${candidate.consentMethod}`),
            by: candidate.consentRecordedByName ?? "—",
            at: formatDateTime(locale, candidate.consentRecordedAt, timeZoneOfVillage(candidate.villageCode)),
          }) + (candidate.consentGuardianName ? ` — ${candidate.consentGuardianName}` : ""),
        )}
      </dl>

      <section id="paspor" aria-labelledby="passport" className="space-y-3">
        <h2 id="passport" className="text-lg font-semibold">{t["detail.passport"]}</h2>
        <p>
          <strong>{villageText(locale, `passportStatus.${candidate.passportStatus}`)}</strong>
          {candidate.passportStatusAt ? ` ${fill(t["detail.passportSince"], { date: formatDay(locale, candidate.passportStatusAt) })}` : ""}
        </p>
        {candidate.mayEdit ? (
          nextStatuses.length ? (
            <div className="space-y-3 rounded-md border border-slate-300 bg-white p-4">
              <h3 className="font-semibold">{t["detail.changeStatus"]}</h3>
              <PassportStatusForm
                  locale={locale}
                  action={changePassportStatusAction.bind(null, candidate.id)}
                  nextStatuses={[...nextStatuses]}
                  version={candidate.version}
                  today={dayString(today)}
                />
            </div>
          ) : (
            <p className="text-sm text-slate-700">{t["detail.noNextStatus"]}</p>
          )
        ) : null}
      </section>

      <JourneySection
        locale={locale}
        journey={journey}
        pagePath={`/desa/cpmi/${candidate.id}`}
        casePath="/desa/kasus"
        open={journeyFormOf(query.form)}
        today={dayString(today)}
        stageActions={{
          DEPARTURE_PREVENTED: recordPreventionAction.bind(null, candidate.id),
          DEPARTED: recordDepartureAction.bind(null, candidate.id),
          RETURNED: recordReturnAction.bind(null, candidate.id),
          FORMER_WORKER: markFormerWorkerAction.bind(null, candidate.id),
          PREPARING: resumePreparingAction.bind(null, candidate.id),
        }}
        contactAction={recordContactAction.bind(null, candidate.id)}
        openCaseAction={openVillageCaseAction.bind(null, candidate.id)}
      />

      {candidate.mayAddGuidance ? (
        <section aria-labelledby="guidance" className="space-y-3">
          <h2 id="guidance" className="text-lg font-semibold">{t["detail.guidanceTitle"]}</h2>
          <div className="rounded-md border border-slate-300 bg-white p-4">
              <GuidanceForm
                locale={locale}
                action={recordGuidanceAction.bind(null, candidate.id)}
                officers={officers}
                today={dayString(today)}
                idempotencyKey={randomUUID()}
              />
          </div>
        </section>
      ) : null}

      <section id="riwayat" aria-labelledby="timeline" className="space-y-3">
        <h2 id="timeline" className="text-lg font-semibold">{t["detail.timeline"]}</h2>
        {timeline.length === 0 ? (
          <p className="text-slate-700">{t["detail.timelineEmpty"]}</p>
        ) : (
          <ol className="space-y-3 border-l-2 border-slate-300 pl-4">
            {timeline.map((entry) => (
              <li key={`${entry.kind}-${entry.id}`}>
                {isJourneyEntry(entry) ? <JourneyTimelineItem entry={entry} locale={locale} casePath="/desa/kasus" /> : <TimelineItem entry={entry} locale={locale} />}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function TimelineItem({ entry, locale }: { entry: TimelineEntry; locale: Locale }) {
  const t = villageMessages(locale);
  const riskList = (codes: Parameters<typeof riskFlagText>[0][]) => codes.map((code) => riskFlagText(code, locale).label).join(", ");
  switch (entry.kind) {
    case "guidance":
      return (
        <div>
          <p className="text-sm text-slate-700">{formatDay(locale, entry.on)}</p>
          <p className="font-semibold">
            {fill(t["timeline.guidance"], { topics: entry.topics.map((topic) => villageText(locale, `topic.${topic}`)).join(", ") })}
          </p>
          <p className="text-sm">
            {entry.givenBy ? fill(t["timeline.givenBy"], { name: entry.givenBy }) : null}
            {entry.officer ? ` · ${fill(t["timeline.officer"], { name: entry.officer })}` : null}
          </p>
          {entry.notes ? <p className="text-sm whitespace-pre-line">{entry.notes}</p> : null}
          {entry.followUpDate ? (
            <p className="text-sm">
              {fill(t["timeline.followUp"], { date: formatDay(locale, entry.followUpDate) })} {entry.followUpDoneAt ? t["timeline.followUpDone"] : null}
            </p>
          ) : null}
        </div>
      );
    case "status":
      return (
        <div>
          <p className="text-sm text-slate-700">{formatDay(locale, entry.on)}</p>
          <p className="font-semibold">
            {fill(t["timeline.status"], {
              from: villageText(locale, `passportStatus.${entry.from}`),
              to: villageText(locale, `passportStatus.${entry.to}`),
            })}
          </p>
          {entry.by ? <p className="text-sm">{fill(t["timeline.givenBy"], { name: entry.by })}</p> : null}
          {entry.note ? <p className="text-sm whitespace-pre-line">{entry.note}</p> : null}
        </div>
      );
    case "risk":
      return (
        <div>
          <p className="text-sm text-slate-700">{formatDateTime(locale, entry.at)}</p>
          {entry.added.length ? <p className="font-semibold text-red-800">{fill(t["timeline.riskAdded"], { list: riskList(entry.added) })}</p> : null}
          {entry.removed.length ? <p className="text-green-900">{fill(t["timeline.riskRemoved"], { list: riskList(entry.removed) })}</p> : null}
        </div>
      );
  }
}
