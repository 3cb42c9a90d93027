import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { ActionForm, FormTextArea, SubmitButton } from "@/components/forms/action-form";
import { GuidanceForm } from "@/components/village/guidance-form";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { listCandidateNotes } from "@/lib/candidates/area";
import { dayString, timeZoneOfVillage, todayIn } from "@/lib/candidates/dates";
import { getCandidateDetail, listGuidanceOfficers } from "@/lib/candidates/queries";
import { getJourney, getWorkerTimeline } from "@/lib/journeys/queries";
import { JourneySection, journeyFormOf } from "@/components/journeys/journey-section";
import { JourneyTimelineItem, isJourneyEntry } from "@/components/journeys/journey-timeline-item";
import { openAreaCaseAction } from "../../kasus/actions";
import { riskFlagText } from "@/lib/candidates/risk";
import { RiskFlagItem } from "@/components/candidates/risk-flag-item";
import { isAppError } from "@/lib/platform/errors";
import { formatDateTime, formatDay } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import { label } from "@/lib/platform/i18n/messages/kanim-labels";
import { countryName } from "@/lib/reference-data/countries";
import { addCandidateNoteAction, recordAreaGuidanceAction } from "../actions";

export const metadata: Metadata = { title: "CPMI" };

// Read-only for the office: the record belongs to the village. Staff add guidance and status notes.
export default async function AreaCandidatePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ form?: string }> }) {
  const actor = await requireWorkspace("kanim");
  const locale = await getRequestLocale();
  const t = kanimMessages(locale);
  const common = commonMessages(locale);
  const { id } = await params;
  const query = await searchParams;
  const [candidate, timeline, officers, notes, journey] = await Promise.all([
    getCandidateDetail(actor, id),
    getWorkerTimeline(actor, id),
    listGuidanceOfficers(actor, id),
    listCandidateNotes(actor, id),
    getJourney(actor, id),
  ]).catch((error: unknown) => {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  });
  const today = todayIn(timeZoneOfVillage(candidate.villageCode));
  const rows: [string, string][] = [
    [t.nikMasked, candidate.nikMasked],
    [t.village, candidate.villageName],
    [t.destination, countryName(candidate.destinationCountry, locale)],
    [label(locale, "placementChannel", candidate.placementChannel), candidate.agencyName ?? "–"],
    [t.passport, label(locale, "passportStatus", candidate.passportStatus)],
    [t.departure, candidate.plannedDeparture ? formatDay(locale, candidate.plannedDeparture) : t.unknownDeparture],
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{candidate.name}</h1>
      <p className="text-sm text-slate-700">{t.readOnlyHint}</p>
      <dl className="grid gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[12rem_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium text-slate-700">{k}</dt>
            <dd className={k === t.nikMasked ? "font-mono" : undefined}>{v}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="risk" className="space-y-2">
        <h2 id="risk" className="text-lg font-semibold">
          {t.riskTitle}
        </h2>
        {candidate.riskFlags.length === 0 ? (
          <p>–</p>
        ) : (
          <ul className="space-y-2">
            {candidate.riskFlags.map((code) => (
              <RiskFlagItem key={code} code={code} locale={locale} />
            ))}
          </ul>
        )}
      </section>
      <JourneySection
        locale={locale}
        journey={journey}
        pagePath={`/kanim/cpmi/${candidate.id}`}
        casePath="/kanim/kasus"
        open={journeyFormOf(query.form)}
        today={dayString(today)}
        openCaseAction={openAreaCaseAction.bind(null, candidate.id)}
      />
      <section id="catatan" aria-labelledby="notes" className="space-y-3">
        <h2 id="notes" className="text-lg font-semibold">
          {t.notesTitle}
        </h2>
        {notes.length === 0 ? (
          <p className="text-sm">{t.noNotes}</p>
        ) : (
          <ul className="space-y-2">
            {notes.map((n) => (
              <li key={n.id} className="rounded-md border border-slate-200 bg-white p-3">
                <p className="whitespace-pre-line">{n.body}</p>
                <p className="text-xs text-slate-600">
                  {n.authorName ?? "–"} · {formatDateTime(locale, n.createdAt)}
                </p>
              </li>
            ))}
          </ul>
        )}
        <ActionForm action={addCandidateNoteAction} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <input type="hidden" name="candidateId" value={candidate.id} />
          <FormTextArea label={t.noteBody} name="body" required rows={3} />
          <SubmitButton pending={common.saving}>{t.addNote}</SubmitButton>
        </ActionForm>
      </section>
      {candidate.mayAddGuidance ? (
        <section aria-labelledby="guidance" className="space-y-3">
          <h2 id="guidance" className="text-lg font-semibold">
            {t.addGuidance}
          </h2>
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <GuidanceForm
              locale={locale}
              action={recordAreaGuidanceAction.bind(null, candidate.id)}
              officers={officers}
              today={dayString(today)}
              idempotencyKey={randomUUID()}
            />
          </div>
        </section>
      ) : null}
      <section id="riwayat" aria-labelledby="history" className="space-y-2">
        <h2 id="history" className="text-lg font-semibold">
          {t.history}
        </h2>
        <ol className="space-y-2 border-l-2 border-slate-300 pl-4">
          {timeline.map((entry) => (
            <li key={`${entry.kind}-${entry.id}`} className="text-sm">
              {isJourneyEntry(entry) ? (
                <JourneyTimelineItem entry={entry} locale={locale} casePath="/kanim/kasus" />
              ) : entry.kind === "guidance" ? (
                <>
                  <strong>{formatDay(locale, entry.on)}</strong> · {t.guidance}: {entry.topics.map((topic) => label(locale, "topic", topic)).join(", ")}
                  {entry.officer ? ` · ${entry.officer}` : ""}
                  {entry.notes ? <span className="block">{entry.notes}</span> : null}
                </>
              ) : entry.kind === "status" ? (
                <>
                  <strong>{formatDay(locale, entry.on)}</strong> · {t.passport}: {label(locale, "passportStatus", entry.from)} →{" "}
                  {label(locale, "passportStatus", entry.to)}
                </>
              ) : (
                <>
                  <strong>{formatDateTime(locale, entry.at)}</strong> · {t.risk}:{" "}
                  {[...entry.added.map((c) => `+${riskFlagText(c, locale).label}`), ...entry.removed.map((c) => `−${riskFlagText(c, locale).label}`)].join(", ")}
                </>
              )}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
