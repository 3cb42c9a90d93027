import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { fill, formatDay } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { journeyMessages } from "@/lib/platform/i18n/messages/journey";
import { label } from "@/lib/platform/i18n/messages/kanim-labels";
import { listAbroad } from "@/lib/journeys/queries";
import { abroadFiltersSchema } from "@/lib/journeys/schema";
import { countryName } from "@/lib/reference-data/countries";

// "Warga di luar negeri": the village's residents abroad, the longest silence first, flagged after the
// no-contact threshold (UU 18/2017 Pasal 42(d): the village monitors them).
export default async function AbroadPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireWorkspace("desa");
  const locale = await getRequestLocale();
  const t = journeyMessages(locale);
  const common = commonMessages(locale);
  const filters = abroadFiltersSchema.parse(await searchParams);
  const list = await listAbroad(actor, filters);
  const href = (page: number) => `/desa/luar-negeri?${filters.noContact ? "noContact=1&" : ""}page=${page}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t["abroad.title"]}</h1>
      <p className="text-sm text-slate-700">{t["journey.monitoringSource"]} {fill(t["abroad.thresholdHint"], { days: list.noContactDays })}</p>
      <form method="get" action="/desa/luar-negeri" className="flex flex-wrap items-center gap-3 rounded-md border border-slate-300 bg-white p-4">
        <label className="flex min-h-11 items-center gap-2 text-sm font-medium">
          <input type="checkbox" name="noContact" value="1" defaultChecked={filters.noContact} className="h-5 w-5" />
          {fill(t["abroad.noContactOnly"], { days: list.noContactDays })}
        </label>
        <button type="submit" className="min-h-11 rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white">{t["abroad.filter"]}</button>
      </form>
      <p>{fill(t["abroad.count"], { count: list.total })}</p>
      {list.rows.length === 0 ? (
        <p className="text-slate-700">{t["abroad.empty"]}</p>
      ) : (
        <ul className="space-y-2">
          {list.rows.map((r) => (
            <li key={r.id} className={`rounded-md border bg-white p-3 ${r.noContact ? "border-l-4 border-amber-600" : "border-slate-300"}`}>
              <Link href={`/desa/cpmi/${r.id}`} className="font-semibold text-brand-700 underline">{r.name}</Link>{" "}
              <span className="font-mono text-sm">{r.nikMasked}</span>
              <p className="text-sm">
                {r.departure?.destinationCountry ? countryName(r.departure.destinationCountry, locale) : "—"}
                {r.departure?.channel ? ` · ${label(locale, "placementChannel", r.departure.channel)}` : ""}
                {r.departure?.agencyName ? ` · ${r.departure.agencyName}` : ""}
                {r.departure?.employerMasked ? ` · ${r.departure.employerMasked}` : ""}
                {r.departedOn ? ` · ${fill(t["abroad.departed"], { date: formatDay(locale, r.departedOn) })}` : ""}
              </p>
              <p className="text-sm">
                {r.lastContactOn
                  ? `${fill(t["journey.lastContact"], { date: formatDay(locale, r.lastContactOn) })} (${fill(t["abroad.daysAgo"], { days: r.daysSinceContact ?? 0 })})`
                  : t["abroad.neverContacted"]}
                {r.departure?.contactAbroadMasked ? ` · ${r.departure.contactAbroadMasked}` : ""}
              </p>
              {r.noContact ? <p className="text-sm font-semibold text-amber-900">{fill(t["journey.noContactFlag"], { days: list.noContactDays })}</p> : null}
              {r.openCases ? <p className="text-sm font-semibold text-red-800">{fill(t["abroad.openCases"], { count: r.openCases })}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pages={list.pages} hrefFor={href} labels={{ previous: common.previous, next: common.next, pageOf: fill(common.pageOf, { page: list.page, pages: list.pages }) }} />
    </div>
  );
}
