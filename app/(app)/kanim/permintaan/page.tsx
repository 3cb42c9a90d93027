import Link from "next/link";
import type { Metadata } from "next";
import { ActionForm, FormTextArea, SubmitButton } from "@/components/forms/action-form";
import { buttonClass } from "@/components/ui/button";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { listVisitRequests } from "@/lib/events/queries";
import { formatDay } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import { label } from "@/lib/platform/i18n/messages/kanim-labels";
import { declineVisitRequestAction } from "./actions";

export const metadata: Metadata = { title: "Permintaan kunjungan" };

export default async function VisitRequestsPage() {
  const actor = await requireWorkspace("kanim");
  const locale = await getRequestLocale();
  const t = kanimMessages(locale);
  const common = commonMessages(locale);
  const requests = await listVisitRequests(actor);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.requestsTitle}</h1>
      {requests.length === 0 ? (
        <p>{t.noRequests}</p>
      ) : (
        <ul className="space-y-3">
          {requests.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <p className="font-semibold">
                    {r.villageName} <span className="font-normal text-slate-700">· {r.districtName}</span>
                  </p>
                  <p>
                    {t.topic}: {r.topic}
                  </p>
                  <p className="text-sm text-slate-700">
                    {t.preferredDates}: {formatDay(locale, r.preferredFrom)} – {formatDay(locale, r.preferredTo)} · {t.expectedParticipants}:{" "}
                    {r.expectedParticipants}
                  </p>
                  {r.notes ? <p className="text-sm">{t.notes}: {r.notes}</p> : null}
                  {r.responseNote ? <p className="text-sm">{t.declineNote}: {r.responseNote}</p> : null}
                </div>
                <span className="rounded bg-slate-100 px-2 py-1 text-xs font-semibold">{label(locale, "visitRequestStatus", r.status)}</span>
              </div>
              {r.status === "PENDING" ? (
                <div className="mt-3 flex flex-wrap items-start gap-3">
                  <Link href={`/kanim/kegiatan/baru?permintaan=${r.id}`} className={buttonClass()}>
                    {t.scheduleFromRequest}
                  </Link>
                  <details className="flex-1">
                    <summary className="cursor-pointer py-2 font-semibold text-red-800">{t.decline}</summary>
                    <ActionForm action={declineVisitRequestAction} className="mt-2 space-y-2">
                      <input type="hidden" name="requestId" value={r.id} />
                      <FormTextArea label={t.declineNote} name={`note-${r.id}`} required rows={2} />
                      <SubmitButton variant="danger" pending={common.saving}>
                        {t.decline}
                      </SubmitButton>
                    </ActionForm>
                  </details>
                </div>
              ) : r.event ? (
                <Link className="mt-2 inline-block text-brand-700 underline" href={`/kanim/kegiatan/${r.event.id}`}>
                  {t.viewEvent}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
