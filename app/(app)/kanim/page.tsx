import Link from "next/link";
import type { Metadata } from "next";
import { BarChart } from "@/components/charts/bar-chart";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { getDashboard } from "@/lib/dashboard/queries";
import { fill, formatDate, formatNumber } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import { label } from "@/lib/platform/i18n/messages/kanim-labels";
import { countryName } from "@/lib/reference-data/countries";
import { JourneyFigures } from "@/components/journeys/journey-figures";

export const metadata: Metadata = { title: "Dasbor Kanim" };

export default async function KanimDashboardPage({ searchParams }: { searchParams: Promise<{ tahun?: string }> }) {
  const actor = await requireWorkspace("kanim");
  const locale = await getRequestLocale();
  const t = kanimMessages(locale);
  const requested = Number((await searchParams).tahun);
  const year = Number.isInteger(requested) && requested >= 2023 && requested <= 2100 ? requested : undefined;
  const d = await getDashboard(actor, { year });
  const n = (v: number) => formatNumber(locale, v);
  const coverage = d.candidates.total ? Math.round((d.candidates.withGuidance / d.candidates.total) * 100) : 0;
  const kpis = [
    { id: "designations", label: t.kpiDesignations, value: n(d.designations.total) },
    { id: "candidates", label: t.kpiCandidates, value: n(d.candidates.total) },
    { id: "flagged", label: t.kpiFlagged, value: n(d.candidates.flagged), href: "/kanim/cpmi/perhatian", linkLabel: t.seeFlagged },
    {
      id: "coverage",
      label: t.kpiCoverage,
      value: `${coverage}%`,
      hint: fill(t.kpiCoverageHint, { guided: n(d.candidates.withGuidance), total: n(d.candidates.total) }),
    },
  ];
  const monthName = (m: number) => formatDate(locale, new Date(Date.UTC(2024, m - 1, 15)), { month: "short" }, "UTC");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h1 className="text-2xl font-bold">{t.dashboardTitle}</h1>
        <nav aria-label={t.year} className="flex gap-2 text-sm">
          <Link className="underline" href={`/kanim?tahun=${d.year - 1}`}>
            {d.year - 1}
          </Link>
          <span aria-current="page" className="font-semibold">
            {fill(t.dashboardYear, { year: d.year })}
          </span>
          <Link className="underline" href={`/kanim?tahun=${d.year + 1}`}>
            {d.year + 1}
          </Link>
        </nav>
      </div>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {kpis.map((k) => (
          <div key={k.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-700">{k.label}</dt>
            <dd className="text-3xl font-bold tabular-nums" data-testid={`kpi-${k.id}`}>
              {k.value}
            </dd>
            {k.hint ? <dd className="text-xs text-slate-600">{k.hint}</dd> : null}
            {k.href ? (
              <dd className="text-sm">
                <Link className="text-brand-700 underline" href={k.href}>
                  {k.linkLabel}
                </Link>
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
      <BarChart
        title={t.chartEvents}
        series={[t.planned, t.held]}
        labelHeader={t.month}
        formatNumber={n}
        bars={d.eventsByMonth.map((m) => ({ label: monthName(m.month), values: [m.planned, m.held] }))}
      />
      <BarChart
        title={t.chartByRegency}
        series={[t.count]}
        labelHeader={t.regency}
        formatNumber={n}
        bars={d.designations.byRegency.map((r) => ({ label: r.label ?? r.key, values: [r.count] }))}
      />
      <BarChart
        title={t.chartPassport}
        series={[t.count]}
        labelHeader={t.status}
        formatNumber={n}
        bars={d.candidates.byPassportStatus.map((r) => ({ label: label(locale, "passportStatus", r.key), values: [r.count] }))}
      />
      <BarChart
        title={t.chartDestination}
        series={[t.count]}
        labelHeader={t.chartDestination}
        formatNumber={n}
        bars={d.candidates.byDestination.slice(0, 15).map((r) => ({ label: countryName(r.key, locale), values: [r.count] }))}
      />
      <BarChart
        title={t.chartChannel}
        series={[t.count]}
        labelHeader={t.chartChannel}
        formatNumber={n}
        bars={d.candidates.byChannel.map((r) => ({ label: label(locale, "placementChannel", r.key), values: [r.count] }))}
      />
      <JourneyFigures locale={locale} figures={d.journeys} />
    </div>
  );
}
