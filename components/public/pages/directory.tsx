import type { PublicPage } from "@/components/public/public-page";
import { PublicShell } from "@/components/public/public-shell";
import { SelectField, TextField } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { firstValue, type RawQuery } from "@/lib/checklist/schema";
import { directoryFilterOptions, searchDesignatedVillages } from "@/lib/directory/queries";
import { fill, type Locale } from "@/lib/platform/i18n/locale";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { publicMessages } from "@/lib/platform/i18n/messages/public";
import { localePath } from "@/lib/public/seo";

const control = "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

export async function directoryPage({ locale, query }: { locale: Locale; query: RawQuery }): Promise<PublicPage> {
  const t = publicMessages(locale);
  const c = commonMessages(locale);
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

  return {
    head: { locale, path: "/desa-binaan", title: t.directoryTitle, description: t.directoryDescription },
    body: (
      <PublicShell locale={locale} path="/desa-binaan" section="directory">
        <h1 className="text-2xl font-bold text-brand-800">{t.directoryTitle}</h1>
        <p className="mt-2 text-slate-700">{t.directoryDescription}</p>

        <form
          method="get"
          action={localePath(locale, "/desa-binaan")}
          role="search"
          className="mt-4 grid gap-3 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-3"
        >
          <div className="sm:col-span-3">
            <TextField label={t.directorySearch} name="q" type="search" defaultValue={q} autoComplete="off" />
          </div>
          <SelectField
            label={t.directoryProvince}
            name="provinsi"
            placeholder={t.directoryAll}
            defaultValue={province}
            options={options.map((p) => ({ value: p.code, label: p.name }))}
          />
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
            <button
              type="submit"
              className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
            >
              {c.search}
            </button>
            <a
              href={localePath(locale, "/desa-binaan")}
              className="inline-flex min-h-11 items-center px-2 text-brand-700 underline"
            >
              {c.reset}
            </a>
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
                  <a href={localePath(locale, `/desa-binaan/${entry.code}`)} className="text-brand-700 underline">
                    {entry.name}
                  </a>
                </h2>
                <p className="text-sm text-slate-700">
                  {fill(t.villageLocation, {
                    district: entry.district,
                    regency: entry.regency,
                    province: entry.province,
                  })}
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
          link="a"
          labels={{
            previous: c.previous,
            next: c.next,
            pageOf: fill(c.pageOf, { page: result.page, pages: result.pages }),
          }}
        />
      </PublicShell>
    ),
  };
}
