import type { Metadata } from "next";
import Link from "next/link";
import { PublicShell } from "@/components/public/public-shell";
import { Pagination } from "@/components/ui/pagination";
import { firstValue, type RawQuery } from "@/lib/checklist/schema";
import { directoryFilterOptions, searchDesignatedVillages } from "@/lib/directory/queries";
import { fill, isLocale, type Locale } from "@/lib/i18n/locale";
import { commonMessages } from "@/lib/i18n/messages/common";
import { publicMessages } from "@/lib/i18n/messages/public";
import { localePath, pageMetadata } from "@/lib/public/seo";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawQuery> };
const localeOf = (value: string): Locale => (isLocale(value) ? value : "id");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOf((await params).locale);
  const t = publicMessages(locale);
  return pageMetadata({ locale, path: "/desa-binaan", title: t.directoryTitle, description: t.directoryDescription });
}

const control = "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

export default async function DirectoryPage({ params, searchParams }: Props) {
  const locale = localeOf((await params).locale);
  const t = publicMessages(locale);
  const c = commonMessages(locale);
  const query = await searchParams;
  const q = firstValue(query.q) ?? "";
  const province = firstValue(query.provinsi) ?? "";
  const regency = firstValue(query.kabupaten) ?? "";
  const page = Number(firstValue(query.halaman) ?? "1") || 1;

  const [options, result] = await Promise.all([
    directoryFilterOptions(),
    searchDesignatedVillages({ q, province, regency, page }),
  ]);
  const hrefFor = (p: number) => {
    const search = new URLSearchParams();
    if (q) search.set("q", q);
    if (province) search.set("provinsi", province);
    if (regency) search.set("kabupaten", regency);
    if (p > 1) search.set("halaman", String(p));
    const s = search.toString();
    return localePath(locale, `/desa-binaan${s ? `?${s}` : ""}`);
  };

  return (
    <PublicShell locale={locale} path="/desa-binaan" section="directory">
      <h1 className="text-2xl font-bold text-brand-800">{t.directoryTitle}</h1>
      <p className="mt-2 text-slate-700">{t.directoryDescription}</p>

      <form method="get" action={localePath(locale, "/desa-binaan")} role="search" className="mt-4 grid gap-3 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-3">
        <div className="sm:col-span-3">
          <label htmlFor="q" className="block text-sm font-medium">
            {t.directorySearch}
          </label>
          <input id="q" name="q" type="search" defaultValue={q} className={control} autoComplete="off" />
        </div>
        <div>
          <label htmlFor="provinsi" className="block text-sm font-medium">
            {t.directoryProvince}
          </label>
          <select id="provinsi" name="provinsi" defaultValue={province} className={control}>
            <option value="">{t.directoryAll}</option>
            {options.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="kabupaten" className="block text-sm font-medium">
            {t.directoryRegency}
          </label>
          <select id="kabupaten" name="kabupaten" defaultValue={regency} className={control}>
            <option value="">{t.directoryAll}</option>
            {options.map((p) => (
              <optgroup key={p.code} label={p.name}>
                {p.regencies.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
            {c.search}
          </button>
          <Link href={localePath(locale, "/desa-binaan")} className="inline-flex min-h-11 items-center px-2 text-brand-700 underline">
            {c.reset}
          </Link>
        </div>
      </form>

      <p className="mt-4 text-sm text-slate-700" role="status">
        {fill(t.directoryCount, { count: result.total })}
      </p>
      {result.entries.length === 0 ? (
        <p className="mt-2">{t.directoryEmpty}</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {result.entries.map((entry) => (
            <li key={entry.code} className="rounded-lg border border-slate-300 bg-white p-4">
              <h2 className="text-lg font-semibold">
                <Link href={localePath(locale, `/desa-binaan/${entry.code}`)} className="text-brand-700 underline">
                  {entry.name}
                </Link>
              </h2>
              <p className="text-sm text-slate-700">
                {fill(t.villageLocation, { district: entry.district, regency: entry.regency, province: entry.province })}
              </p>
              <p className="text-sm text-slate-700">
                {t.directoryOffice}: {entry.office}
              </p>
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
    </PublicShell>
  );
}
