import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { dayFilter } from "@/lib/platform/validation/dates";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { can } from "@/lib/platform/auth/policy";
import { requireActor } from "@/lib/platform/auth/session";
import { fill, formatDateTime } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { privacyMessages } from "@/lib/platform/i18n/messages/privacy";
import { ACCESS_KINDS, listAccessRecords } from "@/lib/privacy/access-records";
import { pageParam } from "@/lib/platform/validation/paging";

export const metadata: Metadata = { title: "Catatan akses" };

const filtersSchema = z.object({
  kind: z.enum(ACCESS_KINDS).optional().catch(undefined),
  candidateId: z.uuid().optional().catch(undefined),
  actorId: z.uuid().optional().catch(undefined),
  from: dayFilter,
  to: dayFilter,
  page: pageParam,
});

export default async function AccessRecordsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  if (!can(actor, "accessRecord:read")) notFound();
  const locale = await getRequestLocale();
  const t = privacyMessages(locale);
  const c = commonMessages(locale);
  const label = (key: string) => (t as Record<string, string>)[key] ?? key;
  const raw = await searchParams;
  const filters = filtersSchema.parse(raw);
  const refusedDay = (["from", "to"] as const).some((key) => typeof raw[key] === "string" && raw[key] !== "" && !filters[key]);
  // Days are read in WIB, the zone most offices use; the table shows each time with its zone.
  const list = await listAccessRecords(actor, {
    kind: filters.kind,
    candidateId: filters.candidateId,
    actorId: filters.actorId,
    from: filters.from ? new Date(`${filters.from}T00:00:00+07:00`) : undefined,
    to: filters.to ? new Date(new Date(`${filters.to}T00:00:00+07:00`).getTime() + 86_400_000) : undefined,
    page: filters.page,
  });
  const query = (page: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filters, page })) if (value !== undefined) params.set(key, String(value));
    return `/pdp/akses?${params}`;
  };

  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold">{t.accessTitle}</h1>
        <p className="text-slate-700">{t.accessIntro}</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={c.filter}>
        <label className="text-sm font-medium">
          {t.kind}
          <select name="kind" defaultValue={filters.kind ?? ""} className="mt-1 block min-h-11 rounded-md border border-slate-400 bg-white px-3">
            <option value="">{t.allKinds}</option>
            {ACCESS_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {label(`kind${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {t.accessFrom}
          <input type="date" name="from" defaultValue={filters.from} className="mt-1 block min-h-11 rounded-md border border-slate-400 bg-white px-3" />
        </label>
        <label className="text-sm font-medium">
          {t.accessTo}
          <input type="date" name="to" defaultValue={filters.to} className="mt-1 block min-h-11 rounded-md border border-slate-400 bg-white px-3" />
        </label>
        {filters.candidateId ? <input type="hidden" name="candidateId" value={filters.candidateId} /> : null}
        {filters.actorId ? <input type="hidden" name="actorId" value={filters.actorId} /> : null}
        <button type="submit" className={buttonClass("secondary")}>
          {c.filter}
        </button>
      </form>
      {refusedDay ? <p role="alert" className="text-sm font-medium text-red-800">{c.dateFilterRefused}</p> : null}
      {list.rows.length === 0 ? (
        <p>{c.noResults}</p>
      ) : (
        <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-3">{t.at}</th>
                <th scope="col" className="p-3">{t.accessWho}</th>
                <th scope="col" className="p-3">{t.accessWhose}</th>
                <th scope="col" className="p-3">{t.kind}</th>
                <th scope="col" className="p-3">{t.purpose}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-200">
                  <td className="whitespace-nowrap p-3">{formatDateTime(locale, row.at)}</td>
                  <td className="p-3">
                    {row.actor ? (
                      <a className="text-brand-700 underline" href={`/pdp/akses?actorId=${row.actor.id}`}>
                        {row.actor.name}
                      </a>
                    ) : (
                      "—"
                    )}
                    {row.actor ? <span className="block text-xs text-slate-600">{label(`role${row.actor.role}`)}</span> : null}
                  </td>
                  <td className="p-3 font-mono">
                    {row.candidate ? (
                      <a className="text-brand-700 underline" href={`/pdp/akses?candidateId=${row.candidate.id}`}>
                        {row.candidate.nikMasked}
                      </a>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="p-3">{label(`kind${row.kind}`)}</td>
                  <td className="p-3">{label(`purpose${row.purpose}`)}</td>
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
