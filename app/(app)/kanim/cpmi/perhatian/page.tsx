import Link from "next/link";
import type { Metadata } from "next";
import { Pagination } from "@/components/ui/pagination";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { listFlaggedQueue, listNikReconciliations } from "@/lib/candidates/area";
import { actorTimeZone } from "@/lib/platform/form-action";
import { riskFlagText } from "@/lib/candidates/risk";
import { riskMessages } from "@/lib/platform/i18n/messages/risk";
import { fill, formatDateTime, formatDay } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import { label } from "@/lib/platform/i18n/messages/kanim-labels";
import { countryName } from "@/lib/reference-data/countries";
import { pageNumber } from "@/lib/platform/validation/paging";

export const metadata: Metadata = { title: "Antrean perhatian" };

export default async function FlaggedQueuePage({ searchParams }: { searchParams: Promise<{ hal?: string }> }) {
  const actor = await requireWorkspace("kanim");
  const locale = await getRequestLocale();
  const t = kanimMessages(locale);
  const common = commonMessages(locale);
  const queue = await listFlaggedQueue(actor, { page: pageNumber((await searchParams).hal) });
  const reconciliations = await listNikReconciliations(actor);
  const zone = await actorTimeZone(actor);
  return (
    <div className="space-y-4">
      {reconciliations.length > 0 && (
        <section aria-labelledby="rekonsiliasi" className="rounded-lg border-l-4 border-red-700 bg-white p-3 shadow-sm">
          <h2 id="rekonsiliasi" className="text-lg font-semibold">
            {t.reconcileTitle}
          </h2>
          <p className="text-sm text-slate-700">{t.reconcileHint}</p>
          <ul className="mt-2 space-y-1 text-sm">
            {reconciliations.map((r) => (
              <li key={r.id}>
                <Link className="font-semibold text-brand-700 underline" href={`/kanim/cpmi/${r.candidate.id}`}>
                  {r.candidate.name}
                </Link>
                {": "}
                {fill(t.reconcileLine, { village: r.fromVillage, at: formatDateTime(locale, r.at, zone) })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <h1 className="text-2xl font-bold">{t.flaggedTitle}</h1>
      <p className="text-sm text-slate-700">{t.flaggedHint}</p>
      {queue.rows.length === 0 ? (
        <p>{common.noResults}</p>
      ) : (
        <ol className="space-y-2">
          {queue.rows.map((c) => (
            <li key={c.id} className="rounded-lg border-l-4 border-amber-600 bg-white p-3 shadow-sm">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link className="font-semibold text-brand-700 underline" href={`/kanim/cpmi/${c.id}`}>
                  {c.name}
                </Link>
                <span className="text-sm font-semibold">
                  {t.departure}: {c.plannedDeparture ? formatDay(locale, c.plannedDeparture) : t.unknownDeparture}
                </span>
              </div>
              <p className="text-sm text-slate-700">
                {c.villageName} · {countryName(c.destinationCountry, locale)} · {t.passport}: {label(locale, "passportStatus", c.passportStatus)} ·{" "}
                {t.guidance}: {c.guidanceCount}
              </p>
              <ul className="mt-1 flex flex-wrap gap-1">
                {c.riskFlags.map((code) => {
                  const text = riskFlagText(code, locale);
                  // Warning signs in red, the milder "needs review" in amber (lib/candidates/risk.ts levels).
                  const tone = text.level === "WARNING" ? "bg-red-50 text-red-900" : "bg-amber-50 text-amber-900";
                  return (
                    <li key={code} className={`rounded px-2 py-0.5 text-xs ${tone}`}>
                      <span className="sr-only">{riskLevelName(locale, text.level)}: </span>
                      {text.label}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={queue.page}
        pages={queue.pages}
        hrefFor={(page) => `/kanim/cpmi/perhatian?hal=${page}`}
        labels={{ previous: common.previous, next: common.next, pageOf: fill(common.pageOf, { page: queue.page, pages: queue.pages }) }}
      />
    </div>
  );
}

function riskLevelName(locale: Parameters<typeof riskMessages>[0], level: "WARNING" | "REVIEW"): string {
  return riskMessages(locale)[`level.${level}`];
}
