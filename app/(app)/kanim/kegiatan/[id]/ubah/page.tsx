import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { getEvent, listEventVillages } from "@/lib/events/queries";
import { listOfficers } from "@/lib/officers/queries";
import { isAppError } from "@/lib/platform/errors";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import { utcToLocal } from "@/lib/platform/time/office-zone";
import { updatePlannedEventAction } from "../../actions";
import { EventFields } from "../../event-fields";

export const metadata: Metadata = { title: "Ubah kegiatan" };

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireWorkspace("kanim");
  const locale = await getRequestLocale();
  const t = kanimMessages(locale);
  const common = commonMessages(locale);
  const { id } = await params;
  const event = await getEvent(actor, id).catch((error) => {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  });
  // Only a planned event can be corrected; a held, cancelled or postponed one is a record. Officers offered are
  // the active ones: one deactivated since scheduling leaves the event when it is saved.
  if (event.status !== "PLANNED") notFound();
  const [villages, officers] = await Promise.all([listEventVillages(actor), listOfficers(actor, { activeOnly: true })]);
  if (!villages.some((v) => v.code === event.villageCode)) {
    villages.unshift({ code: event.villageCode, name: event.villageName, district: event.districtName });
  }
  const zone = event.office.timeZone;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">
        {t.editEvent}: {event.title}
      </h1>
      <p className="text-sm text-slate-700">{t.editEventHint}</p>
      <ActionForm action={updatePlannedEventAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <input type="hidden" name="eventId" value={event.id} />
        <EventFields
          locale={locale}
          zone={zone}
          villages={villages}
          officers={officers}
          villageLocked={Boolean(event.visitRequest)}
          defaults={{
            villageCode: event.villageCode,
            type: event.type,
            title: event.title,
            startsAt: utcToLocal(event.startsAt, zone),
            endsAt: utcToLocal(event.endsAt, zone),
            location: event.location,
            description: event.description ?? undefined,
            officerIds: event.officers.map((o) => o.id),
            isPublic: event.isPublic,
          }}
        />
        <SubmitButton pending={common.saving}>{common.save}</SubmitButton>
      </ActionForm>
    </div>
  );
}
