import Link from "next/link";
import type { Metadata } from "next";
import { buttonClass } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { listEvents, listEventsInRange, officeTimeZone, type EventRow } from "@/lib/events/queries";
import { fill, formatDate, formatDateTime, type Locale } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import { label } from "@/lib/platform/i18n/messages/kanim-labels";
import { isSaneDay } from "@/lib/platform/validation/dates";
import { addDays, localDay, localDayStart, mondayOf, todayIn, utcToLocal } from "@/lib/platform/time/office-zone";
import { pageNumber } from "@/lib/platform/validation/paging";

export const metadata: Metadata = { title: "Kegiatan" };

type Search = { tampilan?: string; tgl?: string; status?: string; hal?: string };
const STATUSES = ["PLANNED", "DONE", "CANCELLED", "POSTPONED"] as const;

const STATUS_STYLE: Record<string, string> = {
  PLANNED: "bg-brand-50 text-brand-800 border-brand-600",
  DONE: "bg-green-50 text-green-900 border-green-700",
  CANCELLED: "bg-slate-100 text-slate-700 border-slate-500 line-through",
  POSTPONED: "bg-amber-50 text-amber-900 border-amber-600",
};

function EventChip({ event, locale }: { event: EventRow; locale: Locale }) {
  return (
    <Link
      href={`/kanim/kegiatan/${event.id}`}
      className={`block rounded border-l-4 px-1 py-0.5 text-xs ${STATUS_STYLE[event.status]}`}
      title={label(locale, "eventStatus", event.status)}
    >
      {utcToLocal(event.startsAt, event.timeZone).slice(11)} {event.title} · {event.villageName}
    </Link>
  );
}

export default async function EventsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireWorkspace("kanim");
  const locale = await getRequestLocale();
  const t = kanimMessages(locale);
  const common = commonMessages(locale);
  const s = await searchParams;
  const zone = await officeTimeZone(actor);
  const view = s.tampilan === "bulan" || s.tampilan === "minggu" ? s.tampilan : "daftar";
  const anchor = isSaneDay(s.tgl) ? s.tgl : todayIn(zone);
  const status = STATUSES.find((x) => x === s.status);
  const tabs = [
    { key: "daftar", label: t.viewList },
    { key: "bulan", label: t.viewMonth },
    { key: "minggu", label: t.viewWeek },
  ];
  const href = (params: Record<string, string>) => `/kanim/kegiatan?${new URLSearchParams({ tampilan: view, tgl: anchor, ...params })}`;

  let body: React.ReactNode;
  if (view === "daftar") {
    const result = await listEvents(actor, { status, page: pageNumber(s.hal) });
    body = (
      <>
        <form method="get" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="tampilan" value="daftar" />
          <label className="text-sm">
            <span className="block font-medium">{t.status}</span>
            <select name="status" defaultValue={status ?? ""} className="mt-1 rounded-md border border-slate-400 bg-white px-2 py-2">
              <option value="">{t.allStatuses}</option>
              {STATUSES.map((x) => (
                <option key={x} value={x}>
                  {label(locale, "eventStatus", x)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className={buttonClass("secondary")}>
            {common.filter}
          </button>
        </form>
        {result.rows.length === 0 ? (
          <p>{t.noEvents}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-sm">
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="p-2">{t.startsAt}</th>
                  <th scope="col" className="p-2">{t.title}</th>
                  <th scope="col" className="p-2">{t.village}</th>
                  <th scope="col" className="p-2">{t.officers}</th>
                  <th scope="col" className="p-2">{t.status}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((e) => (
                  <tr key={e.id} className="border-t border-slate-100">
                    <td className="p-2 whitespace-nowrap">{formatDateTime(locale, e.startsAt, e.timeZone)}</td>
                    <td className="p-2">
                      <Link className="font-semibold text-brand-700 underline" href={`/kanim/kegiatan/${e.id}`}>
                        {e.title}
                      </Link>
                      <span className="block text-xs text-slate-600">{label(locale, "eventType", e.type)}</span>
                    </td>
                    <td className="p-2">{e.villageName}</td>
                    <td className="p-2">{e.officers.map((o) => o.name).join(", ") || "–"}</td>
                    <td className="p-2">{label(locale, "eventStatus", e.status)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination
          page={result.page}
          pages={result.pages}
          hrefFor={(page) => href({ ...(status ? { status } : {}), hal: String(page) })}
          labels={{ previous: common.previous, next: common.next, pageOf: fill(common.pageOf, { page: result.page, pages: result.pages }) }}
        />
      </>
    );
  } else {
    const first = view === "bulan" ? mondayOf(`${anchor.slice(0, 8)}01`) : mondayOf(anchor);
    const monthStart = `${anchor.slice(0, 8)}01`;
    const nextMonth = addDays(monthStart, 32).slice(0, 8) + "01";
    const days = view === "bulan" ? Math.ceil((Date.parse(nextMonth) - Date.parse(first)) / 86_400_000 / 7) * 7 : 7;
    const dayList = Array.from({ length: days }, (_, i) => addDays(first, i));
    const events = await listEventsInRange(actor, localDayStart(first, zone), localDayStart(addDays(first, days), zone));
    const byDay = new Map<string, EventRow[]>();
    for (const e of events) {
      const key = localDay(e.startsAt, zone);
      byDay.set(key, [...(byDay.get(key) ?? []), e]);
    }
    const previous = view === "bulan" ? addDays(monthStart, -1).slice(0, 8) + "01" : addDays(anchor, -7);
    const next = view === "bulan" ? nextMonth : addDays(anchor, 7);
    const title =
      view === "bulan"
        ? formatDate(locale, new Date(`${monthStart}T12:00:00Z`), { month: "long", year: "numeric" }, "UTC")
        : `${formatDate(locale, new Date(`${first}T12:00:00Z`), undefined, "UTC")} – ${formatDate(locale, new Date(`${addDays(first, 6)}T12:00:00Z`), undefined, "UTC")}`;
    const weekdayName = (day: string, style: "short" | "long") =>
      formatDate(locale, new Date(`${day}T12:00:00Z`), { weekday: style }, "UTC");
    body = (
      <>
        <div className="flex items-center justify-between gap-2">
          <Link className="underline" href={href({ tgl: previous })}>
            ← {t.previousPeriod}
          </Link>
          <h2 className="text-lg font-semibold">{title}</h2>
          <Link className="underline" href={href({ tgl: next })}>
            {t.nextPeriod} →
          </Link>
        </div>
        {view === "bulan" ? (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[44rem] table-fixed border-collapse bg-white text-sm">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr>
                  {dayList.slice(0, 7).map((d) => (
                    <th key={d} scope="col" className="border border-slate-200 p-1">
                      {weekdayName(d, "short")}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: days / 7 }, (_, w) => (
                  <tr key={w}>
                    {dayList.slice(w * 7, w * 7 + 7).map((d) => (
                      <td key={d} className={`h-24 border border-slate-200 p-1 align-top ${d.slice(0, 7) === monthStart.slice(0, 7) ? "" : "bg-slate-50 text-slate-500"}`}>
                        <span className="text-xs font-semibold">{Number(d.slice(8))}</span>
                        <div className="space-y-0.5">
                          {(byDay.get(d) ?? []).map((e) => (
                            <EventChip key={e.id} event={e} locale={locale} />
                          ))}
                        </div>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <ol className="space-y-2">
            {dayList.map((d) => (
              <li key={d} className="rounded-lg border border-slate-200 bg-white p-2">
                <h3 className="text-sm font-semibold">
                  {weekdayName(d, "long")}, {formatDate(locale, new Date(`${d}T12:00:00Z`), undefined, "UTC")}
                </h3>
                <div className="mt-1 space-y-1">
                  {(byDay.get(d) ?? []).map((e) => (
                    <EventChip key={e.id} event={e} locale={locale} />
                  ))}
                </div>
              </li>
            ))}
          </ol>
        )}
      </>
    );
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t.eventsTitle}</h1>
        <Link href="/kanim/kegiatan/baru" className={buttonClass()}>
          {t.scheduleEvent}
        </Link>
      </div>
      <nav aria-label={t.eventsTitle} className="flex gap-1">
        {tabs.map((tab) => (
          <Link
            key={tab.key}
            href={`/kanim/kegiatan?tampilan=${tab.key}&tgl=${anchor}`}
            aria-current={tab.key === view ? "page" : undefined}
            className={`rounded-md px-3 py-2 text-sm font-semibold ${tab.key === view ? "bg-brand-600 text-white" : "text-brand-700 underline"}`}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
      {body}
    </div>
  );
}
