import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { refreshRiskFlagsFor } from "@/lib/candidates/commands";
import { getVillageSummary } from "@/lib/candidates/queries";
import { getJourneySummary } from "@/lib/journeys/queries";
import { journeyMessages } from "@/lib/platform/i18n/messages/journey";
import { PassportStatus } from "@/lib/platform/db/generated/enums";
import { fill, formatDateTime, formatDay, formatNumber } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { villageMessages, villageText } from "@/lib/platform/i18n/messages/village";
import { completeFollowUpAction } from "./actions";

export async function generateMetadata() {
  return { title: villageMessages(await getRequestLocale())["home.title"] };
}

export default async function VillageHomePage() {
  const actor = await requireWorkspace("desa");
  const locale = await getRequestLocale();
  const t = villageMessages(locale);
  // Flags that time alone changes (departure near, 18th birthday) are brought up to date before counting.
  await refreshRiskFlagsFor(actor);
  const [summary, journeys] = await Promise.all([getVillageSummary(actor), getJourneySummary(actor)]);
  const j = journeyMessages(locale);

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t["home.title"]}</h1>
      <ul className="grid gap-3 sm:grid-cols-3">
        <Stat label={t["home.total"]} value={formatNumber(locale, summary.total)} href="/desa/cpmi" />
        <Stat label={t["home.flagged"]} value={formatNumber(locale, summary.flagged)} href="/desa/cpmi?flagged=1" />
        <Stat label={t["home.followUps"]} value={formatNumber(locale, summary.followUpsDue)} href="#tindak-lanjut" />
        <Stat label={j["nav.abroad"]} value={formatNumber(locale, journeys.abroad)} href="/desa/luar-negeri" />
        <Stat label={fill(j["journey.noContactFlag"], { days: journeys.noContactDays })} value={formatNumber(locale, journeys.noContact)} href="/desa/luar-negeri?noContact=1" />
        <Stat label={j["nav.cases"]} value={formatNumber(locale, journeys.openCases)} href="/desa/kasus" />
      </ul>

      <section aria-labelledby="by-status" className="space-y-2">
        <h2 id="by-status" className="text-lg font-semibold">{t["home.byStatus"]}</h2>
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white">
          {Object.values(PassportStatus).map((status) => (
            <li key={status}>
              <Link href={`/desa/cpmi?passportStatus=${status}`} className="flex min-h-11 items-center justify-between px-3 py-2 hover:bg-slate-50">
                <span>{villageText(locale, `passportStatus.${status}`)}</span>
                <span className="font-semibold">{formatNumber(locale, summary.byStatus[status] ?? 0)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="tindak-lanjut" className="space-y-2">
        <h2 id="tindak-lanjut" className="text-lg font-semibold">{t["home.followUps"]}</h2>
        {summary.followUps.length === 0 ? (
          <p className="text-slate-700">{t["home.followUpsNone"]}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white">
            {summary.followUps.map((f) => (
              <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                <div>
                  <Link href={`/desa/cpmi/${f.candidateId}`} className="font-semibold text-brand-700 underline">
                    {f.candidateName}
                  </Link>
                  <p className="text-sm text-slate-700">
                    {formatDay(locale, f.followUpDate)}
                    {f.overdue ? <strong className="ml-2 text-red-700">{t["home.overdue"]}</strong> : null} ·{" "}
                    {f.topics.map((topic) => villageText(locale, `topic.${topic}`)).join(", ")}
                  </p>
                </div>
                <form action={completeFollowUpAction}>
                  <input type="hidden" name="guidanceId" value={f.id} />
                  <button type="submit" className={buttonClass("secondary")}>
                    {t["home.done"]}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="next-visit" className="space-y-2">
        <h2 id="next-visit" className="text-lg font-semibold">{t["home.nextVisit"]}</h2>
        {summary.nextVisit ? (
          <p>
            <strong>{summary.nextVisit.title}</strong>
            <br />
            {formatDateTime(locale, summary.nextVisit.startsAt, summary.nextVisit.office.timeZone)} · {summary.nextVisit.location}
          </p>
        ) : (
          <p className="text-slate-700">{t["home.noVisit"]}</p>
        )}
        <Link href="/desa/kunjungan" className={buttonClass("secondary")}>
          {t["home.requestVisit"]}
        </Link>
      </section>
    </div>
  );
}

function Stat({ label, value, href }: { label: string; value: string; href: string }) {
  return (
    <li>
      <Link href={href} className="block rounded-md border border-slate-300 bg-white p-4 hover:bg-slate-50">
        <span className="block text-sm text-slate-700">{label}</span>
        <span className="block text-3xl font-bold text-brand-800">{value}</span>
      </Link>
    </li>
  );
}
