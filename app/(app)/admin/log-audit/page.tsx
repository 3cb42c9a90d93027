import Link from "next/link";
import type { Metadata } from "next";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { requireAdminActor } from "../require-admin";
import { AUDIT_EXPORT_LIMIT, listAuditEntries, parseAuditFilter, type AuditFilter } from "@/lib/platform/audit/queries";
import { fill, formatDateTime, formatNumber } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { adminMessages } from "@/lib/platform/i18n/messages/admin";
import { commonMessages } from "@/lib/platform/i18n/messages/common";

export const metadata: Metadata = { title: "Log audit" };

function queryString(filter: AuditFilter, page?: number) {
  const params = new URLSearchParams();
  for (const key of ["actor", "entity", "action", "from", "to"] as const) if (filter[key]) params.set(key, filter[key]!);
  if (page && page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireAdminActor("audit:read");
  const locale = await getRequestLocale();
  const t = adminMessages(locale);
  const c = commonMessages(locale);
  const raw = await searchParams;
  const filter = parseAuditFilter(raw);
  // A day given but dropped by the filter (a year outside 1900–2100, or no real day) is said at its field.
  const refused = (key: "from" | "to") => (typeof raw[key] === "string" && raw[key] !== "" && !filter[key] ? c.dateFilterRefused : undefined);
  const result = await listAuditEntries(actor, filter);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">{t.auditTitle}</h1>
        <p className="text-sm text-slate-700">{t.auditHint}</p>
      </div>
      <form method="get" className="grid gap-3 rounded-md border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
        <TextField label={t.auditActor} name="actor" defaultValue={filter.actor ?? ""} />
        <SelectField
          label={t.auditEntity}
          name="entity"
          defaultValue={filter.entity ?? ""}
          placeholder={t.auditAny}
          options={result.entities.map((e) => ({ value: e, label: e }))}
        />
        <SelectField
          label={t.auditAction}
          name="action"
          defaultValue={filter.action ?? ""}
          placeholder={t.auditAny}
          options={result.actions.map((a) => ({ value: a, label: a }))}
        />
        <TextField label={t.auditFrom} name="from" type="date" defaultValue={filter.from ?? ""} error={refused("from")} />
        <TextField label={t.auditTo} name="to" type="date" defaultValue={filter.to ?? ""} error={refused("to")} />
        <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-5">
          <button type="submit" className={buttonClass()}>
            {c.filter}
          </button>
          <Link href="/admin/log-audit" className={buttonClass("ghost")}>
            {c.reset}
          </Link>
          <a href={`/admin/log-audit/ekspor${queryString(filter)}`} className={buttonClass("secondary")} download>
            {t.exportCsv}
          </a>
        </div>
        <p className="text-sm text-slate-700 sm:col-span-2 lg:col-span-5">
          {fill(t.exportLimit, { limit: formatNumber(locale, AUDIT_EXPORT_LIMIT) })}
        </p>
      </form>
      <p aria-live="polite" className="text-sm font-medium">
        {fill(t.auditTotal, { count: formatNumber(locale, result.total) })}
      </p>
      {result.rows.length === 0 ? (
        <p>{c.noResults}</p>
      ) : (
        <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-3">{t.auditWhen}</th>
                <th scope="col" className="p-3">{t.auditActor}</th>
                <th scope="col" className="p-3">{t.auditAction}</th>
                <th scope="col" className="p-3">{t.auditEntity}</th>
                <th scope="col" className="p-3">{t.auditEntityId}</th>
                <th scope="col" className="p-3"><span className="sr-only">{c.actions}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {result.rows.map((row) => (
                <tr key={row.id}>
                  <td className="whitespace-nowrap p-3">
                    <time dateTime={row.at.toISOString()}>{formatDateTime(locale, row.at)}</time>
                  </td>
                  <td className="p-3">
                    {row.actorName ?? t.system}
                    {row.actorRole ? <span className="block text-xs text-slate-700">{t[`role${row.actorRole}`]}</span> : null}
                  </td>
                  <td className="p-3 font-mono">{row.action}</td>
                  <td className="p-3">{row.entity}</td>
                  <td className="max-w-48 truncate p-3 font-mono text-xs">{row.entityId}</td>
                  <td className="p-3">
                    <Link href={`/admin/log-audit/${row.id}`} className="font-semibold text-brand-700 underline">
                      {t.open}
                      <span className="sr-only"> #{row.id}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={filter.page}
        pages={result.pages}
        hrefFor={(page) => `/admin/log-audit${queryString(filter, page)}`}
        labels={{ previous: c.previous, next: c.next, pageOf: fill(c.pageOf, { page: filter.page, pages: result.pages }) }}
      />
    </div>
  );
}
