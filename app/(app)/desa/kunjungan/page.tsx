import { Alert } from "@/components/ui/alert";
import { VisitRequestForm } from "@/components/village/visit-request-form";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { listVisitRequests } from "@/lib/visit-requests/queries";
import { fill, formatDateTime, formatDay } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { villageMessages } from "@/lib/platform/i18n/messages/village";
import { requestOutreachVisitAction } from "./actions";

export async function generateMetadata() {
  return { title: villageMessages(await getRequestLocale())["visits.title"] };
}

const tones = { PENDING: "bg-amber-50 text-amber-900", SCHEDULED: "bg-green-50 text-green-900", DECLINED: "bg-slate-100 text-slate-800" };

export default async function VisitRequestsPage({ searchParams }: { searchParams: Promise<{ sent?: string }> }) {
  const actor = await requireWorkspace("desa");
  const locale = await getRequestLocale();
  const t = villageMessages(locale);
  const requests = await listVisitRequests(actor);
  const { sent } = await searchParams;
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <h1 className="text-2xl font-bold">{t["visits.title"]}</h1>
      {sent && requests[0] ? <Alert tone="success" title={fill(t["visits.sent"], { office: requests[0].office.name })} /> : null}
      <p className="text-slate-800">{t["visits.intro"]}</p>
      <VisitRequestForm locale={locale} action={requestOutreachVisitAction} />
      <section aria-labelledby="earlier" className="space-y-3">
        <h2 id="earlier" className="text-lg font-semibold">{t["visits.list"]}</h2>
        {requests.length === 0 ? (
          <p className="text-slate-700">{t["visits.none"]}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white">
            {requests.map((r) => (
              <li key={r.id} className="space-y-1 px-3 py-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="font-semibold">{r.topic}</p>
                  <span className={`rounded px-2 py-0.5 text-sm font-semibold ${tones[r.status]}`}>{t[`visitStatus.${r.status}`]}</span>
                </div>
                <p className="text-sm text-slate-700">
                  {fill(t["visits.window"], { from: formatDay(locale, r.preferredFrom), to: formatDay(locale, r.preferredTo), count: r.expectedParticipants })} · {r.office.name}
                </p>
                {r.event ? (
                  <p className="text-sm">
                    {fill(t["visits.scheduled"], { title: r.event.title, at: formatDateTime(locale, r.event.startsAt, r.office.timeZone) })}
                  </p>
                ) : null}
                {r.responseNote ? <p className="text-sm">{fill(t["visits.response"], { note: r.responseNote })}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
