import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { ActionForm, FormConfirm, FormText, FormTextArea, SubmitButton } from "@/components/forms/action-form";
import { buttonClass } from "@/components/ui/button";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { getEvent } from "@/lib/events/queries";
import { isAppError } from "@/lib/platform/errors";
import { fill, formatDateTime } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import { label } from "@/lib/platform/i18n/messages/kanim-labels";
import { zoneLabel } from "@/lib/platform/time/office-zone";
import { cancelEventAction, markEventDoneAction, postponeEventAction } from "../actions";
import { ReportForm } from "../report-form";

export const metadata: Metadata = { title: "Kegiatan" };

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireWorkspace("kanim");
  const locale = await getRequestLocale();
  const t = kanimMessages(locale);
  const common = commonMessages(locale);
  const { id } = await params;
  const event = await getEvent(actor, id).catch((error) => {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  });
  const zone = event.office.timeZone;
  const started = event.hasStarted;
  const planned = event.status === "PLANNED";
  const rows: [string, string][] = [
    [t.type, label(locale, "eventType", event.type)],
    [t.village, `${event.villageName}, ${event.districtName}, ${event.regencyName}`],
    [t.startsAt, formatDateTime(locale, event.startsAt, zone)],
    [t.endsAt, formatDateTime(locale, event.endsAt, zone)],
    [t.location, event.location],
    [t.officers, event.officers.map((o) => `${o.name} (${o.rank})`).join(", ") || "–"],
    [t.isPublic, event.isPublic ? common.yes : common.no],
    [t.status, label(locale, "eventStatus", event.status)],
  ];
  if (event.statusReason) rows.push([t.reason, event.statusReason]);
  if (event.description) rows.push([t.description, event.description]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{event.title}</h1>
        {event.report ? (
          <Link href={`/kanim/kegiatan/${event.id}/laporan`} className={buttonClass("secondary")}>
            {t.printReport}
          </Link>
        ) : null}
      </div>
      <dl className="grid gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[12rem_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium text-slate-700">{k}</dt>
            <dd data-testid={k === t.status ? "event-status" : undefined}>{v}</dd>
          </div>
        ))}
      </dl>
      {event.visitRequest ? <p className="text-sm">{fill(t.fromRequest, { topic: event.visitRequest.topic })}</p> : null}
      {event.rescheduledTo ? (
        <p>
          <Link className="text-brand-700 underline" href={`/kanim/kegiatan/${event.rescheduledTo.id}`}>
            {t.postponedTo}: {formatDateTime(locale, event.rescheduledTo.startsAt, zone)}
          </Link>
        </p>
      ) : null}
      {event.rescheduledFrom ? (
        <p>
          <Link className="text-brand-700 underline" href={`/kanim/kegiatan/${event.rescheduledFrom.id}`}>
            {t.postponedFrom}: {formatDateTime(locale, event.rescheduledFrom.startsAt, zone)}
          </Link>
        </p>
      ) : null}
      {planned ? (
        <section aria-labelledby="lifecycle" className="space-y-3">
          <h2 id="lifecycle" className="text-lg font-semibold">
            {t.lifecycle}
          </h2>
          <p>
            <Link href={`/kanim/kegiatan/${event.id}/ubah`} className={buttonClass("secondary")}>
              {t.editEvent}
            </Link>
          </p>
          {started ? (
            <ActionForm action={markEventDoneAction} className="space-y-2">
              <input type="hidden" name="eventId" value={event.id} />
              <SubmitButton variant="secondary" pending={common.saving}>
                {t.markDone}
              </SubmitButton>
            </ActionForm>
          ) : null}
          <details className="rounded-lg border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-semibold">{t.postponeEvent}</summary>
            <ActionForm action={postponeEventAction} className="mt-3 space-y-3">
              <input type="hidden" name="eventId" value={event.id} />
              <div className="grid gap-4 sm:grid-cols-2">
                <FormText label={t.newStartsAt} name="startsAt" type="datetime-local" required hint={fill(t.timeHint, { zone: zoneLabel(zone) })} />
                <FormText label={t.newEndsAt} name="endsAt" type="datetime-local" required hint={fill(t.timeHint, { zone: zoneLabel(zone) })} />
              </div>
              <FormTextArea label={t.reason} name="reason" required rows={2} />
              <FormConfirm name="acknowledgeConflicts" label={t.confirmConflict} />
              <SubmitButton pending={common.saving}>{t.postponeEvent}</SubmitButton>
            </ActionForm>
          </details>
          <details className="rounded-lg border border-red-200 bg-white p-4">
            <summary className="cursor-pointer font-semibold text-red-800">{t.cancelEvent}</summary>
            <ActionForm action={cancelEventAction} className="mt-3 space-y-3">
              <input type="hidden" name="eventId" value={event.id} />
              <FormTextArea label={t.reason} name="cancelReason" required rows={2} />
              <SubmitButton variant="danger" pending={common.saving}>
                {t.cancelEvent}
              </SubmitButton>
            </ActionForm>
          </details>
        </section>
      ) : null}
      {event.status === "DONE" || (planned && started) ? (
        <section aria-labelledby="report" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="report" className="mb-3 text-lg font-semibold">
            {event.report ? t.updateReport : t.fileReport}
          </h2>
          <ReportForm locale={locale} event={event} />
        </section>
      ) : null}
    </div>
  );
}
