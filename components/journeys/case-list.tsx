import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { CaseType } from "@/lib/platform/db/generated/enums";
import { fill, formatDay, type Locale } from "@/lib/platform/i18n/locale";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { journeyLabel, journeyMessages } from "@/lib/platform/i18n/messages/journey";
import type { listCases } from "@/lib/journeys/queries";
import type { CaseFilters } from "@/lib/journeys/schema";

// The case list of a village or a working area: open (oldest first) or closed, filtered by type with a GET
// form, each row with its age, last referral and next follow-up.

const control = "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

export function CaseList({ locale, list, filters, path }: { locale: Locale; list: Awaited<ReturnType<typeof listCases>>; filters: CaseFilters; path: string }) {
  const t = journeyMessages(locale);
  const common = commonMessages(locale);
  const href = (page: number, status = filters.status) => `${path}?status=${status}${filters.type ? `&type=${filters.type}` : ""}${page > 1 ? `&page=${page}` : ""}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t["cases.title"]}</h1>
      <nav aria-label={t["cases.title"]} className="flex gap-4">
        {(["OPEN", "CLOSED"] as const).map((status) => (
          <Link key={status} href={href(1, status)} aria-current={filters.status === status ? "page" : undefined} className="font-semibold text-brand-700 underline aria-[current=page]:no-underline aria-[current=page]:text-slate-900">
            {status === "OPEN" ? t["cases.open"] : t["cases.closed"]}
          </Link>
        ))}
      </nav>
      <form method="get" action={path} className="flex flex-wrap items-end gap-3 rounded-md border border-slate-300 bg-white p-4">
        <input type="hidden" name="status" value={filters.status} />
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor="type" className="block text-sm font-medium">{t["field.type"]}</label>
          <select id="type" name="type" defaultValue={filters.type ?? ""} className={control}>
            <option value="">{t["cases.anyType"]}</option>
            {Object.values(CaseType).map((type) => (
              <option key={type} value={type}>{journeyLabel(locale, "caseType", type)}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white">{t["abroad.filter"]}</button>
      </form>
      <p>{fill(t["cases.count"], { count: list.total })}</p>
      {list.rows.length === 0 ? (
        <p className="text-slate-700">{t["cases.empty"]}</p>
      ) : (
        <ul className="space-y-2">
          {list.rows.map((r) => (
            <li key={r.id} className="rounded-md border border-slate-300 bg-white p-3">
              <Link href={`${path}/${r.id}`} className="font-semibold text-brand-700 underline">
                {journeyLabel(locale, "caseType", r.type)} — {r.candidateName}
              </Link>
              <p className="text-sm">
                {r.villageName} · {journeyLabel(locale, "caseUrgency", r.urgency)} · {formatDay(locale, r.openedOn)} · {journeyLabel(locale, "ageBand", r.ageBand)}
              </p>
              <p className="text-sm">
                {r.lastReferral
                  ? fill(t["cases.referredTo"], { agency: journeyLabel(locale, "caseAgency", r.lastReferral.agency), date: formatDay(locale, r.lastReferral.referredOn) })
                  : t["cases.notReferred"]}
                {r.nextFollowUp ? ` · ${fill(t["cases.nextFollowUp"], { date: formatDay(locale, r.nextFollowUp) })}` : ""}
                {r.followUpOverdue ? <strong className="text-red-800"> ({t["cases.overdue"]})</strong> : null}
              </p>
              {r.status === "CLOSED" && r.outcome && r.closedOn ? (
                <p className="text-sm">{fill(t["case.closedOn"], { date: formatDay(locale, r.closedOn), outcome: journeyLabel(locale, "caseOutcome", r.outcome) })}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pages={list.pages} hrefFor={(page) => href(page)} labels={{ previous: common.previous, next: common.next, pageOf: fill(common.pageOf, { page: list.page, pages: list.pages }) }} />
    </div>
  );
}
