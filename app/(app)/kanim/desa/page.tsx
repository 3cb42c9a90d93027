import Link from "next/link";
import type { Metadata } from "next";
import { buttonClass } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { listDesignations, listWorkingAreaRegencies } from "@/lib/designations/queries";
import { fill, formatDay } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import { label } from "@/lib/platform/i18n/messages/kanim-labels";
import { pageNumber } from "@/lib/platform/validation/paging";

export const metadata: Metadata = { title: "Desa Binaan" };

type Search = { status?: string; kab?: string; q?: string; hal?: string };

export default async function DesignationsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireWorkspace("kanim");
  const locale = await getRequestLocale();
  const t = kanimMessages(locale);
  const common = commonMessages(locale);
  const s = await searchParams;
  const status = s.status === "ACTIVE" || s.status === "INACTIVE" ? s.status : undefined;
  const regency = s.kab && /^\d{2}\.\d{2}$/.test(s.kab) ? s.kab : undefined;
  const [result, regencies] = await Promise.all([
    listDesignations(actor, { status, regency, q: s.q?.trim().slice(0, 60) || undefined, page: pageNumber(s.hal) }),
    listWorkingAreaRegencies(actor),
  ]);
  const query = (page: number) => {
    const p = new URLSearchParams();
    if (status) p.set("status", status);
    if (regency) p.set("kab", regency);
    if (s.q) p.set("q", s.q);
    p.set("hal", String(page));
    return `/kanim/desa?${p}`;
  };
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t.designationsTitle}</h1>
        <Link href="/kanim/desa/baru" className={buttonClass()}>
          {t.designateVillage}
        </Link>
      </div>
      <form method="get" className="grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-4">
        <label className="text-sm">
          <span className="block font-medium">{t.searchVillage}</span>
          <input name="q" defaultValue={s.q} className="mt-1 w-full rounded-md border border-slate-400 px-2 py-2" />
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t.regency}</span>
          <select name="kab" defaultValue={regency ?? ""} className="mt-1 w-full rounded-md border border-slate-400 px-2 py-2">
            <option value="">{t.allRegencies}</option>
            {regencies.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t.status}</span>
          <select name="status" defaultValue={status ?? ""} className="mt-1 w-full rounded-md border border-slate-400 px-2 py-2">
            <option value="">{t.allStatuses}</option>
            <option value="ACTIVE">{label(locale, "designationStatus", "ACTIVE")}</option>
            <option value="INACTIVE">{label(locale, "designationStatus", "INACTIVE")}</option>
          </select>
        </label>
        <div className="flex items-end">
          <button type="submit" className={buttonClass("secondary")}>
            {common.filter}
          </button>
        </div>
      </form>
      {result.rows.length === 0 ? (
        <p>{common.noResults}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="p-2">{t.village}</th>
                <th scope="col" className="p-2">{t.regency}</th>
                <th scope="col" className="p-2">{t.decreeNumber}</th>
                <th scope="col" className="p-2">{t.pimpasa}</th>
                <th scope="col" className="p-2">{t.status}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((d) => (
                <tr key={d.id} className="border-t border-slate-100">
                  <td className="p-2">
                    <Link href={`/kanim/desa/${d.id}`} className="font-semibold text-brand-700 underline">
                      {d.villageName}
                    </Link>
                    <span className="block text-xs text-slate-600">{d.districtName}</span>
                  </td>
                  <td className="p-2">{d.regencyName}</td>
                  <td className="p-2">
                    {d.decreeNumber}
                    <span className="block text-xs text-slate-600">{formatDay(locale, d.decreeDate)}</span>
                  </td>
                  <td className="p-2">{d.officers.map((o) => o.name).join(", ") || "–"}</td>
                  <td className="p-2">{label(locale, "designationStatus", d.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={result.page}
        pages={result.pages}
        hrefFor={query}
        labels={{ previous: common.previous, next: common.next, pageOf: fill(common.pageOf, { page: result.page, pages: result.pages }) }}
      />
    </div>
  );
}
