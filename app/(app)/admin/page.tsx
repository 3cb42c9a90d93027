import Link from "next/link";
import type { Metadata } from "next";
import { requireAdminActor } from "./require-admin";
import { adminOverview } from "@/lib/admin/queries";
import { listGuidesDueForCheck } from "@/lib/guides/editing/queries";
import { getDashboard } from "@/lib/dashboard/queries";
import { JourneyFigures } from "@/components/journeys/journey-figures";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { fill, formatDateTime, formatDay, formatNumber } from "@/lib/platform/i18n/locale";
import { adminMessages } from "@/lib/platform/i18n/messages/admin";
import { ROLES } from "./labels";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminHomePage() {
  const actor = await requireAdminActor("office:manage");
  const locale = await getRequestLocale();
  const t = adminMessages(locale);
  const [overview, national, dueForCheck] = await Promise.all([adminOverview(actor), getDashboard(actor), listGuidesDueForCheck(actor)]);
  const stats = [
    { label: t.statOffices, value: overview.offices, href: "/admin/kantor" },
    { label: t.statDesignations, value: overview.designations },
    { label: t.statOpenRequests, value: overview.openRequests },
    { label: t.statGuides, value: overview.guides, href: "/admin/panduan" },
    { label: t.statCandidates, value: national.candidates.total },
    { label: t.statFlagged, value: national.candidates.flagged },
  ];
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t.dashboardTitle}</h1>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {stats.map((s) => (
          <li key={s.label} className="rounded-lg border border-slate-300 bg-white p-4">
            <p className="text-sm text-slate-700">{s.label}</p>
            <p className="text-3xl font-bold">
              {s.href ? (
                <Link href={s.href} className="underline decoration-1 underline-offset-4">
                  {formatNumber(locale, s.value)}
                </Link>
              ) : (
                formatNumber(locale, s.value)
              )}
            </p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="guides-due">
        <h2 id="guides-due" className="mb-2 text-lg font-semibold">
          {t.guidesDueTitle}
        </h2>
        {dueForCheck.length === 0 ? (
          <p className="text-sm text-slate-700">{t.guidesDueNone}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white" data-testid="guides-due">
            {dueForCheck.map((g) => (
              <li key={g.id} className="flex flex-wrap justify-between gap-2 p-3 text-sm">
                <Link href={`/admin/panduan/${g.id}`} className="font-medium text-brand-700 underline" lang={g.locale}>
                  {g.title}
                </Link>
                <span className="text-slate-700">
                  {g.checkedOn ? fill(t.guideLastChecked, { date: formatDay(locale, g.checkedOn) }) : t.guideNeverChecked}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="by-office">
        <h2 id="by-office" className="mb-2 text-lg font-semibold">
          {fill(t.byOfficeTitle, { year: national.year })}
        </h2>
        <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-3">{t.officeName}</th>
                <th scope="col" className="p-3 text-right">{t.designations}</th>
                <th scope="col" className="p-3 text-right">{t.eventsHeld}</th>
                <th scope="col" className="p-3 text-right">{t.statCandidates}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {national.byOffice.map((o) => (
                <tr key={o.officeId}>
                  <th scope="row" className="p-3 font-medium">
                    <Link href={`/admin/kantor/${o.officeId}`} className="text-brand-700 underline">
                      {o.name}
                    </Link>
                  </th>
                  <td className="p-3 text-right tabular-nums">{formatNumber(locale, o.designations)}</td>
                  <td className="p-3 text-right tabular-nums">{formatNumber(locale, o.eventsHeld)}</td>
                  <td className="p-3 text-right tabular-nums">{formatNumber(locale, o.candidates)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <JourneyFigures locale={locale} figures={national.journeys} />
      <section aria-labelledby="users-by-role">
        <h2 id="users-by-role" className="mb-2 text-lg font-semibold">
          {t.usersByRole}
        </h2>
        <dl className="grid gap-2 sm:grid-cols-3">
          {ROLES.map((role) => (
            <div key={role} className="rounded-md border border-slate-300 bg-white p-3">
              <dt className="text-sm text-slate-700">{t[`role${role}`]}</dt>
              <dd className="text-xl font-semibold">{formatNumber(locale, overview.usersByRole[role] ?? 0)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="recent-audit">
        <div className="mb-2 flex items-baseline justify-between">
          <h2 id="recent-audit" className="text-lg font-semibold">
            {t.recentAudit}
          </h2>
          <Link href="/admin/log-audit" className="text-sm font-semibold text-brand-700 underline">
            {t.seeAll}
          </Link>
        </div>
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white">
          {overview.recent.map((entry) => (
            <li key={entry.id} className="flex flex-wrap justify-between gap-2 p-3 text-sm">
              <Link href={`/admin/log-audit/${entry.id}`} className="font-medium text-brand-700 underline">
                {entry.action} · {entry.entity}
              </Link>
              <time dateTime={entry.at.toISOString()} className="text-slate-700">
                {formatDateTime(locale, entry.at)}
              </time>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
