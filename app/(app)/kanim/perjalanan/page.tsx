import Link from "next/link";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { CASE_AGE_BANDS } from "@/lib/journeys/stages";
import { getAreaJourneyView } from "@/lib/journeys/queries";
import { fill, formatDay } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { journeyLabel, journeyMessages } from "@/lib/platform/i18n/messages/journey";
import { label } from "@/lib/platform/i18n/messages/kanim-labels";
import { countryName } from "@/lib/reference-data/countries";

// The office's view over its working area: departures and returns of the last 90 days, open cases by age.
export default async function AreaJourneyPage() {
  const actor = await requireWorkspace("kanim");
  const locale = await getRequestLocale();
  const t = journeyMessages(locale);
  const view = await getAreaJourneyView(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t["area.title"]}</h1>
      <p className="text-sm text-slate-700">{fill(t["area.since"], { date: formatDay(locale, view.since) })}</p>
      <section aria-labelledby="open-cases" className="space-y-2">
        <h2 id="open-cases" className="text-lg font-semibold">{t["area.openCases"]}</h2>
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {CASE_AGE_BANDS.map((band) => (
            <div key={band.key} className="rounded-md border border-slate-300 bg-white p-3">
              <dt className="text-sm text-slate-700">{journeyLabel(locale, "ageBand", band.key)}</dt>
              <dd className="text-2xl font-bold">{view.openCases.byAge[band.key]}</dd>
            </div>
          ))}
        </dl>
        <p>
          <Link href="/kanim/kasus" className="font-semibold text-brand-700 underline">{t["nav.cases"]}</Link>
        </p>
        {view.openCases.byType.length ? (
          <ul className="text-sm">
            {view.openCases.byType.map((row) => (
              <li key={row.key}>{journeyLabel(locale, "caseType", row.key)}: {row.count}</li>
            ))}
          </ul>
        ) : null}
      </section>
      {(
        [
          ["departures", t["area.departures"], view.departures],
          ["returns", t["area.returns"], view.returns],
        ] as const
      ).map(([key, title, rows]) => (
        <section key={key} aria-labelledby={key} className="space-y-2">
          <h2 id={key} className="text-lg font-semibold">{title} ({rows.length})</h2>
          {rows.length === 0 ? (
            <p className="text-slate-700">{t["area.none"]}</p>
          ) : (
            <ul className="space-y-2">
              {rows.map((e) => (
                <li key={e.id} className="rounded-md border border-slate-300 bg-white p-3 text-sm">
                  <Link href={`/kanim/cpmi/${e.candidate.id}`} className="font-semibold text-brand-700 underline">{e.candidate.name}</Link> · {e.villageName} ·{" "}
                  {formatDay(locale, e.effectiveOn)}
                  {e.destinationCountry ? ` · ${countryName(e.destinationCountry, locale)}` : ""}
                  {e.channel ? ` · ${label(locale, "placementChannel", e.channel)}` : ""}
                  {e.returnReason ? ` · ${journeyLabel(locale, "returnReason", e.returnReason)}` : ""}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
