import Link from "next/link";
import type { Metadata } from "next";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { buttonClass } from "@/components/ui/button";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { getAreaVillage, listDistricts, listWorkingAreaRegencies, searchVillages } from "@/lib/designations/queries";
import { listOfficers } from "@/lib/officers/queries";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import { designateVillageAction } from "../actions";
import { DesignationFields } from "../designation-fields";

export const metadata: Metadata = { title: "Tetapkan Desa Binaan" };

type Search = { kab?: string; kec?: string; q?: string; desa?: string };

const selectClass = "mt-1 w-full rounded-md border border-slate-400 bg-white px-2 py-2";

export default async function DesignateVillagePage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireWorkspace("kanim");
  const locale = await getRequestLocale();
  const t = kanimMessages(locale);
  const common = commonMessages(locale);
  const s = await searchParams;
  const regencies = await listWorkingAreaRegencies(actor);
  const regency = regencies.find((r) => r.code === s.kab)?.code ?? (regencies.length === 1 ? regencies[0].code : undefined);
  const districts = regency ? await listDistricts(actor, regency) : [];
  const district = districts.find((d) => d.code === s.kec)?.code;
  const q = s.q?.trim().slice(0, 60) ?? "";
  const searching = Boolean(district || q.length >= 3);
  const [results, chosen, officers] = await Promise.all([
    searching ? searchVillages(actor, { regency, district, q: q || undefined }) : Promise.resolve([]),
    s.desa ? getAreaVillage(actor, s.desa) : Promise.resolve(null),
    listOfficers(actor, { activeOnly: true }),
  ]);
  const pickHref = (code: string) => {
    const p = new URLSearchParams();
    if (regency) p.set("kab", regency);
    if (district) p.set("kec", district);
    if (q) p.set("q", q);
    p.set("desa", code);
    return `/kanim/desa/baru?${p}#sk`;
  };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.designateVillage}</h1>
      <section aria-labelledby="find" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="find" className="font-semibold">
          {t.findVillage}
        </h2>
        <p className="text-sm text-slate-700">{t.findVillageHint}</p>
        <form method="get" className="grid gap-3 sm:grid-cols-4" role="search">
          <label className="text-sm">
            <span className="block font-medium">{t.regency}</span>
            <select name="kab" defaultValue={regency ?? ""} className={selectClass}>
              <option value="">{t.allRegencies}</option>
              {regencies.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t.district}</span>
            <select name="kec" defaultValue={district ?? ""} className={selectClass}>
              <option value="">{t.allDistricts}</option>
              {districts.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t.searchVillage}</span>
            <input name="q" type="search" defaultValue={q} className={selectClass} autoComplete="off" />
          </label>
          <div className="flex items-end">
            <button type="submit" className={buttonClass("secondary")}>
              {common.search}
            </button>
          </div>
        </form>
        {!searching ? (
          <p className="text-sm text-slate-700">{t.typeToSearch}</p>
        ) : results.length === 0 ? (
          <p className="text-sm">{t.noVillageFound}</p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label={t.village}>
            {results.map((v) => (
              <li key={v.code} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-semibold">{v.name}</span>{" "}
                  <span className="text-sm text-slate-700">
                    · {v.district} · {v.regency}
                  </span>
                  {v.designated ? <span className="ml-2 text-xs font-semibold text-amber-800">({t.alreadyDesignated})</span> : null}
                </span>
                {v.designated ? null : (
                  <Link href={pickHref(v.code)} className={buttonClass("ghost")} aria-label={`${t.pickVillage} ${v.name}`}>
                    {t.pickVillage}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {chosen ? (
        <section id="sk" aria-labelledby="sk-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="sk-title" className="font-semibold">
            {t.decreeSection}
          </h2>
          <p>
            {t.chosenVillage}: <strong>{chosen.name}</strong> · {chosen.district} · {chosen.regency}
          </p>
          <ActionForm action={designateVillageAction}>
            <input type="hidden" name="villageCode" value={chosen.code} />
            <DesignationFields locale={locale} officers={officers} />
            <SubmitButton pending={common.saving}>{t.saveDesignation}</SubmitButton>
          </ActionForm>
        </section>
      ) : null}
    </div>
  );
}
