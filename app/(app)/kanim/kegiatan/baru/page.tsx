import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import {
  ActionForm,
  FormChoices,
  FormConfirm,
  FormSelect,
  FormText,
  FormTextArea,
  SubmitButton,
} from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { requireActor } from "@/lib/auth/session";
import { getAreaVillage } from "@/lib/designations/queries";
import { getVisitRequest, listEventVillages, officeTimeZone } from "@/lib/events/queries";
import { listOfficers } from "@/lib/officers/queries";
import { isAppError } from "@/lib/errors";
import { fill, formatDay } from "@/lib/i18n/locale";
import { getRequestLocale } from "@/lib/i18n/server";
import { commonMessages } from "@/lib/i18n/messages/common";
import { kanimMessages } from "@/lib/i18n/messages/kanim";
import { options } from "@/lib/i18n/messages/kanim-labels";
import { zoneLabel } from "@/lib/time/office-zone";
import { scheduleEventAction } from "../actions";

export const metadata: Metadata = { title: "Jadwalkan kegiatan" };

export default async function ScheduleEventPage({ searchParams }: { searchParams: Promise<{ desa?: string; permintaan?: string }> }) {
  const actor = await requireActor();
  const locale = await getRequestLocale();
  const t = kanimMessages(locale);
  const common = commonMessages(locale);
  const s = await searchParams;
  const [villages, officers, zone] = await Promise.all([
    listEventVillages(actor),
    listOfficers(actor, { activeOnly: true }),
    officeTimeZone(actor),
  ]);
  const request = s.permintaan
    ? await getVisitRequest(actor, s.permintaan).catch((error) => {
        if (isAppError(error, "NOT_FOUND")) return null;
        throw error;
      })
    : null;
  const wanted = request?.villageCode ?? s.desa;
  if (wanted && !villages.some((v) => v.code === wanted)) {
    const extra = await getAreaVillage(actor, wanted);
    if (extra) villages.unshift({ code: extra.code, name: extra.name, district: extra.district });
  }
  const defaultDay = request ? request.preferredFrom.toISOString().slice(0, 10) : "";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.scheduleEvent}</h1>
      {request ? (
        <Alert title={fill(t.fromRequest, { topic: request.topic })}>
          {request.village.name} · {formatDay(locale, request.preferredFrom)} – {formatDay(locale, request.preferredTo)} ·{" "}
          {t.expectedParticipants}: {request.expectedParticipants}
        </Alert>
      ) : null}
      <ActionForm action={scheduleEventAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <input type="hidden" name="idempotencyKey" value={randomUUID()} />
        {request ? <input type="hidden" name="visitRequestId" value={request.id} /> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <FormSelect
            label={t.village}
            name="villageCode"
            required
            placeholder="–"
            disabled={Boolean(request)}
            options={villages.map((v) => ({ value: v.code, label: `${v.name} · ${v.district}` }))}
            defaultValue={wanted ?? ""}
          />
          <FormSelect label={t.type} name="type" required options={options(locale, "eventType")} defaultValue="OUTREACH" />
        </div>
        {request ? <input type="hidden" name="villageCode" value={request.villageCode} /> : null}
        <FormText label={t.title} name="title" required defaultValue={request?.topic} />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormText
            label={t.startsAt}
            name="startsAt"
            type="datetime-local"
            required
            hint={fill(t.timeHint, { zone: zoneLabel(zone) })}
            defaultValue={defaultDay ? `${defaultDay}T09:00` : undefined}
          />
          <FormText
            label={t.endsAt}
            name="endsAt"
            type="datetime-local"
            required
            hint={fill(t.timeHint, { zone: zoneLabel(zone) })}
            defaultValue={defaultDay ? `${defaultDay}T12:00` : undefined}
          />
        </div>
        <FormText label={t.location} name="location" required />
        <FormTextArea label={t.description} name="description" rows={3} />
        {officers.length ? (
          <FormChoices
            legend={t.officers}
            name="officerIds"
            options={officers.map((o) => ({ value: o.id, label: `${o.name} · ${o.rank}` }))}
          />
        ) : (
          <p className="text-sm">{t.noOfficersYet}</p>
        )}
        <FormChoices legend={t.isPublic} name="isPublic" options={[{ value: "on", label: t.isPublic }]} selected={["on"]} />
        <FormConfirm name="acknowledgeConflicts" label={t.confirmConflict} />
        <SubmitButton pending={common.saving}>{t.saveEvent}</SubmitButton>
      </ActionForm>
    </div>
  );
}
