import Link from "next/link";
import type { Metadata } from "next";
import { buttonClass } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { villageNames } from "@/lib/candidates/area";
import { isFullNik, listCandidates } from "@/lib/candidates/queries";
import { NikSearchForm } from "@/components/forms/nik-search-form";
import { riskFlagText, isRiskCode } from "@/lib/candidates/risk";
import { candidateFiltersSchema } from "@/lib/candidates/schema";
import { fill, formatDay } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import { label, options } from "@/lib/platform/i18n/messages/kanim-labels";
import { countryName } from "@/lib/reference-data/countries";
import { findCandidateByNikAction } from "./actions";

export const metadata: Metadata = { title: "CPMI" };

export default async function AreaCandidatesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireWorkspace("kanim");
  const locale = await getRequestLocale();
  const t = kanimMessages(locale);
  const common = commonMessages(locale);
  const raw = await searchParams;
  const filters = candidateFiltersSchema.parse({ ...raw, page: raw.hal });
  const result = await listCandidates(actor, filters);
  const villages = await villageNames(result.items.map((c) => c.villageCode));
  const hrefFor = (page: number) => {
    const p = new URLSearchParams();
    for (const key of ["q", "passportStatus", "channel", "flagged"] as const) if (raw[key]) p.set(key, raw[key]!);
    p.set("hal", String(page));
    return `/kanim/cpmi?${p}`;
  };
  const control = "mt-1 w-full rounded-md border border-slate-400 bg-white px-2 py-2";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t.candidatesTitle}</h1>
        <Link href="/kanim/cpmi/perhatian" className={buttonClass("secondary")}>
          {t.seeFlagged}
        </Link>
      </div>
      <p className="text-sm text-slate-700">{t.readOnlyHint}</p>
      <form method="get" role="search" className="grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-5">
        <label className="text-sm sm:col-span-2">
          <span className="block font-medium">{t.searchCandidate}</span>
          <input name="q" type="search" defaultValue={filters.q} className={control} autoComplete="off" />
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t.passport}</span>
          <select name="passportStatus" defaultValue={filters.passportStatus ?? ""} className={control}>
            <option value="">{t.allStatuses}</option>
            {options(locale, "passportStatus").map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-end gap-2 text-sm">
          <input type="checkbox" name="flagged" value="1" defaultChecked={filters.flagged} className="mb-3 h-5 w-5" />
          <span className="mb-3">{t.onlyFlagged}</span>
        </label>
        <div className="flex items-end">
          <button type="submit" className={buttonClass("secondary")}>
            {common.search}
          </button>
        </div>
      </form>
      <NikSearchForm action={findCandidateByNikAction} locale={locale} />
      {isFullNik(filters.q) ? <p role="status" className="text-sm text-amber-900">{common.nikInNameSearch}</p> : null}
      {result.items.length === 0 ? (
        <p>{common.noResults}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="p-2">{t.name}</th>
                <th scope="col" className="p-2">{t.village}</th>
                <th scope="col" className="p-2">{t.destination}</th>
                <th scope="col" className="p-2">{t.passport}</th>
                <th scope="col" className="p-2">{t.departure}</th>
                <th scope="col" className="p-2">{t.risk}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((c) => (
                <tr key={c.id} className="border-t border-slate-100">
                  <td className="p-2">
                    <Link className="font-semibold text-brand-700 underline" href={`/kanim/cpmi/${c.id}`}>
                      {c.name}
                    </Link>
                    <span className="block font-mono text-xs text-slate-600">{c.nikMasked}</span>
                  </td>
                  <td className="p-2">{villages.get(c.villageCode) ?? c.villageCode}</td>
                  <td className="p-2">{countryName(c.destinationCountry, locale)}</td>
                  <td className="p-2">{label(locale, "passportStatus", c.passportStatus)}</td>
                  <td className="p-2">{c.plannedDeparture ? formatDay(locale, c.plannedDeparture) : "–"}</td>
                  <td className="p-2">
                    {c.riskFlags.filter(isRiskCode).map((code) => riskFlagText(code, locale).label).join(", ") || "–"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={result.page}
        pages={result.pages}
        hrefFor={hrefFor}
        labels={{ previous: common.previous, next: common.next, pageOf: fill(common.pageOf, { page: result.page, pages: result.pages }) }}
      />
    </div>
  );
}
