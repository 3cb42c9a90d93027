import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { getAreaVillage } from "@/lib/designations/queries";
import { getVisitRequest, listEventVillages, officeTimeZone } from "@/lib/events/queries";
import { listOfficers } from "@/lib/officers/queries";
import { isAppError } from "@/lib/platform/errors";
import { fill, formatDay } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import { scheduleEventAction } from "../actions";
import { EventFields } from "../event-fields";

export const metadata: Metadata = { title: "Jadwalkan kegiatan" };

export default async function ScheduleEventPage({ searchParams }: { searchParams: Promise<{ desa?: string; permintaan?: string }> }) {
  const actor = await requireWorkspace("kanim");
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
        <EventFields
          locale={locale}
          zone={zone}
          villages={villages}
          officers={officers}
          villageLocked={Boolean(request)}
          defaults={{
            villageCode: wanted,
            title: request?.topic,
            startsAt: defaultDay ? `${defaultDay}T09:00` : undefined,
            endsAt: defaultDay ? `${defaultDay}T12:00` : undefined,
          }}
        />
        <SubmitButton pending={common.saving}>{t.saveEvent}</SubmitButton>
      </ActionForm>
    </div>
  );
}
