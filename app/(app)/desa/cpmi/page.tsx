import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { isFullNik, listCandidates } from "@/lib/candidates/queries";
import { NikSearchForm } from "@/components/forms/nik-search-form";
import { candidateFiltersSchema } from "@/lib/candidates/schema";
import { PassportStatus, PlacementChannel } from "@/lib/platform/db/generated/enums";
import { countryName, countryOptions } from "@/lib/reference-data/countries";
import { fill, formatDay } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { villageMessages, villageText } from "@/lib/platform/i18n/messages/village";
import { findCandidateByNikAction } from "./actions";

export async function generateMetadata() {
  return { title: villageMessages(await getRequestLocale())["list.title"] };
}

const control = "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

export default async function CandidateRegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireWorkspace("desa");
  const locale = await getRequestLocale();
  const t = villageMessages(locale);
  const c = commonMessages(locale);
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filters = candidateFiltersSchema.parse(raw);
  const result = await listCandidates(actor, filters);

  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) {
      if (key === "page" || value === undefined || value === false || value === "") continue;
      params.set(key, value === true ? "1" : String(value));
    }
    params.set("page", String(page));
    return `/desa/cpmi?${params}`;
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t["list.title"]}</h1>
        <Link href="/desa/cpmi/baru" className={buttonClass()}>
          {t["nav.new"]}
        </Link>
      </div>

      <form method="get" action="/desa/cpmi" role="search" className="space-y-3 rounded-md border border-slate-300 bg-white p-4">
        <div className="space-y-1">
          <label htmlFor="q" className="block text-sm font-medium">{t["list.search"]}</label>
          <p id="q-hint" className="text-sm text-slate-600">{t["list.searchHint"]}</p>
          <input id="q" name="q" type="search" defaultValue={filters.q ?? ""} aria-describedby="q-hint" className={control} autoComplete="off" />
        </div>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <Select name="passportStatus" label={t["detail.passport"]} value={filters.passportStatus} placeholder={t["list.anyStatus"]}
            options={Object.values(PassportStatus).map((s) => ({ value: s, label: villageText(locale, `passportStatus.${s}`) }))} />
          <Select name="destination" label={t["field.destinationCountry"]} value={filters.destination} placeholder={t["list.anyDestination"]}
            options={countryOptions(locale)} />
          <Select name="channel" label={t["field.placementChannel"]} value={filters.channel} placeholder={t["list.anyChannel"]}
            options={Object.values(PlacementChannel).map((s) => ({ value: s, label: villageText(locale, `placementChannel.${s}`) }))} />
          <div className="space-y-1">
            <label htmlFor="departureMonth" className="block text-sm font-medium">{t["list.departureMonth"]}</label>
            <input id="departureMonth" name="departureMonth" type="month" defaultValue={filters.departureMonth ?? ""} className={control} />
          </div>
        </div>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="flagged" value="1" defaultChecked={filters.flagged} className="h-5 w-5 accent-brand-600" />
          <span>{t["list.flaggedOnly"]}</span>
        </label>
        <div className="flex gap-2">
          <button type="submit" className={buttonClass()}>{c.search}</button>
          <Link href="/desa/cpmi" className={buttonClass("ghost")}>{c.reset}</Link>
        </div>
      </form>

      <NikSearchForm action={findCandidateByNikAction} locale={locale} />

      {isFullNik(filters.q) ? <p role="status" className="text-sm text-amber-900">{c.nikInNameSearch}</p> : null}
      <p aria-live="polite" className="text-sm text-slate-700">{fill(t["list.count"], { count: result.total })}</p>
      {result.items.length === 0 ? (
        <p>{t["list.empty"]}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white">
          {result.items.map((item) => (
            <li key={item.id} className="px-3 py-3">
              <Link href={`/desa/cpmi/${item.id}`} className="text-lg font-semibold text-brand-700 underline">
                {item.name}
              </Link>
              <p className="font-mono text-sm text-slate-700">{item.nikMasked}</p>
              <p className="text-sm text-slate-800">
                {countryName(item.destinationCountry, locale)} · {villageText(locale, `placementChannel.${item.placementChannel}`)} ·{" "}
                {villageText(locale, `passportStatus.${item.passportStatus}`)}
                {item.plannedDeparture ? ` · ${formatDay(locale, item.plannedDeparture)}` : ""}
              </p>
              {item.riskFlags.length ? (
                <p className="mt-1 inline-block rounded bg-red-50 px-2 py-0.5 text-sm font-semibold text-red-800">
                  {fill(t["list.flags"], { count: item.riskFlags.length })}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={result.page}
        pages={result.pages}
        hrefFor={hrefFor}
        labels={{ previous: c.previous, next: c.next, pageOf: fill(c.pageOf, { page: result.page, pages: result.pages }) }}
      />
    </div>
  );
}

function Select({ name, label, value, placeholder, options }: { name: string; label: string; value?: string; placeholder: string; options: { value: string; label: string }[] }) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium">{label}</label>
      <select id={name} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}
