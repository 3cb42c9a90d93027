import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { requireActor } from "@/lib/platform/auth/session";
import { fill, formatDateTime } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { privacyMessages } from "@/lib/platform/i18n/messages/privacy";
import { canManageSubjectRequests, listSubjectRequests } from "@/lib/privacy/subject-requests/queries";
import { SUBJECT_REQUEST_TYPES, requestFiltersSchema } from "@/lib/privacy/subject-requests/schema";

export const metadata: Metadata = { title: "Permintaan subjek data" };

export default async function SubjectRequestQueuePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  if (!canManageSubjectRequests(actor)) notFound();
  const locale = await getRequestLocale();
  const t = privacyMessages(locale);
  const c = commonMessages(locale);
  const filters = requestFiltersSchema.parse(await searchParams);
  const list = await listSubjectRequests(actor, filters);
  const query = (page: number) =>
    `/pdp?${new URLSearchParams({ status: filters.status, ...(filters.type ? { type: filters.type } : {}), page: String(page) })}`;
  const label = (key: string) => (t as Record<string, string>)[key] ?? key;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-3xl space-y-2">
          <h1 className="text-2xl font-bold">{t.queueTitle}</h1>
          <p className="text-slate-700">{t.queueIntro}</p>
        </div>
        <Link href="/pdp/permintaan/baru" className={buttonClass()}>
          {t.navNew}
        </Link>
      </div>
      {list.overdue > 0 ? <Alert tone="error" title={fill(t.overdueCount, { count: list.overdue })} /> : null}

      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={c.filter}>
        <label className="text-sm font-medium">
          {t.filterStatus}
          <select name="status" defaultValue={filters.status} className="mt-1 block min-h-11 rounded-md border border-slate-400 bg-white px-3">
            {(["OPEN", "FULFILLED", "REJECTED", "ALL"] as const).map((s) => (
              <option key={s} value={s}>
                {label(`status${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {t.filterType}
          <select name="type" defaultValue={filters.type ?? ""} className="mt-1 block min-h-11 rounded-md border border-slate-400 bg-white px-3">
            <option value="">{t.allTypes}</option>
            {SUBJECT_REQUEST_TYPES.map((type) => (
              <option key={type} value={type}>
                {label(`type${type}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          {c.filter}
        </button>
      </form>

      {list.rows.length === 0 ? (
        <p className="text-slate-700">{c.noResults}</p>
      ) : (
        <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-3">{t.colSubject}</th>
                <th scope="col" className="p-3">{t.colType}</th>
                <th scope="col" className="p-3">{t.colVillage}</th>
                <th scope="col" className="p-3">{t.colReceived}</th>
                <th scope="col" className="p-3">{t.colDue}</th>
                <th scope="col" className="p-3">{t.colStatus}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id} className={`border-t border-slate-200 ${row.overdue ? "bg-red-50" : ""}`}>
                  <td className="p-3">
                    <Link href={`/pdp/permintaan/${row.id}`} className="font-semibold text-brand-700 underline">
                      {row.subject?.name ?? t.erasedSubject}
                    </Link>
                    <span className="block font-mono text-xs text-slate-600">{row.subject?.nikMasked}</span>
                  </td>
                  <td className="p-3">{label(`type${row.type}`)}</td>
                  <td className="p-3">{row.villageName}</td>
                  <td className="p-3 whitespace-nowrap">{formatDateTime(locale, row.receivedAt)}</td>
                  <td className="p-3 whitespace-nowrap">
                    {row.dueAt ? formatDateTime(locale, row.dueAt) : <span className="text-slate-600">{t.noDeadline}</span>}
                    {row.overdue ? (
                      <span className="ml-2 rounded bg-red-700 px-2 py-0.5 text-xs font-semibold text-white">{t.overdue}</span>
                    ) : null}
                  </td>
                  <td className="p-3">{label(`status${row.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={list.page}
        pages={list.pages}
        hrefFor={query}
        labels={{ previous: c.previous, next: c.next, pageOf: fill(c.pageOf, { page: list.page, pages: list.pages }) }}
      />
    </div>
  );
}
