import { BarChart } from "@/components/charts/bar-chart";
import type { Dashboard } from "@/lib/dashboard/queries";
import { fill, formatNumber, type Locale } from "@/lib/platform/i18n/locale";
import { journeyLabel, journeyMessages } from "@/lib/platform/i18n/messages/journey";
import { label } from "@/lib/platform/i18n/messages/kanim-labels";
import { countryName } from "@/lib/reference-data/countries";

// The journey's figures on the office and national dashboards: departures by channel and country, the share
// that left by a legal route (its legal source on screen), returns by reason, departures prevented, open cases.
export function JourneyFigures({ locale, figures }: { locale: Locale; figures: Dashboard["journeys"] }) {
  const t = journeyMessages(locale);
  const n = (v: number) => formatNumber(locale, v);
  const share = figures.departures ? Math.round((figures.legalDepartures / figures.departures) * 100) : 0;
  const kpis = [
    { id: "legal-share", label: t["dash.legalShare"], value: `${share}%`, hint: fill(t["dash.legalShareHint"], { legal: n(figures.legalDepartures), total: n(figures.departures) }) },
    { id: "prevented", label: t["dash.prevented"], value: n(figures.prevented) },
    { id: "open-cases", label: t["nav.cases"], value: n(figures.openCases) },
  ];
  const chart = (title: string, rows: { key: string; count: number }[], name: (key: string) => string) => (
    <BarChart title={title} series={[title]} labelHeader={title} formatNumber={n} bars={rows.map((r) => ({ label: name(r.key), values: [r.count] }))} />
  );
  return (
    <section aria-labelledby="journey-figures" className="space-y-4">
      <h2 id="journey-figures" className="text-lg font-semibold">{t["area.title"]}</h2>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-3">
        {kpis.map((k) => (
          <div key={k.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-700">{k.label}</dt>
            <dd className="text-3xl font-bold tabular-nums" data-testid={`kpi-${k.id}`}>{k.value}</dd>
            {k.hint ? <dd className="text-xs text-slate-600" data-testid={`kpi-${k.id}-hint`}>{k.hint}</dd> : null}
          </div>
        ))}
      </dl>
      {chart(t["dash.departuresByChannel"], figures.departuresByChannel, (key) => label(locale, "placementChannel", key))}
      {chart(t["dash.departuresByCountry"], figures.departuresByCountry.slice(0, 15), (key) => countryName(key, locale))}
      {chart(t["dash.returnsByReason"], figures.returnsByReason, (key) => journeyLabel(locale, "returnReason", key))}
      {chart(t["dash.openCasesByType"], figures.openCasesByType, (key) => journeyLabel(locale, "caseType", key))}
      {chart(t["dash.openCasesByAge"], figures.openCasesByAge, (key) => journeyLabel(locale, "ageBand", key))}
    </section>
  );
}
