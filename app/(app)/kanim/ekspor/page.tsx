import type { Metadata } from "next";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { buttonClass } from "@/components/ui/button";
import { can } from "@/lib/platform/auth/policy";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { listCalendarFeeds } from "@/lib/calendar/private-feeds";
import { listOfficers } from "@/lib/officers/queries";
import { fill, formatDate } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import { issueCalendarFeedAction, revokeCalendarFeedAction } from "./actions";

export const metadata: Metadata = { title: "Ekspor" };

export default async function ExportsPage() {
  const actor = await requireWorkspace("kanim");
  const locale = await getRequestLocale();
  const t = kanimMessages(locale);
  const common = commonMessages(locale);
  const [feeds, officers] = await Promise.all([listCalendarFeeds(actor), listOfficers(actor, { activeOnly: true })]);
  const feedFor = (officerId: string | null) => feeds.find((f) => f.officerId === officerId);
  const feedRows = [{ id: "", name: t.officeFeed }, ...officers.map((o) => ({ id: o.id, name: `${t.officerFeed}: ${o.name}` }))];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.exportsTitle}</h1>
      <section aria-labelledby="cpmi" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="cpmi" className="text-lg font-semibold">
          {t.exportCandidates}
        </h2>
        <p className="text-sm text-slate-700">{t.exportCandidatesHint}</p>
        <div className="flex flex-wrap gap-2">
          <a className={buttonClass("secondary")} href="/kanim/ekspor/cpmi?format=csv" download>
            CSV
          </a>
          <a className={buttonClass("secondary")} href="/kanim/ekspor/cpmi?format=xlsx" download>
            XLSX
          </a>
          {can(actor, "candidate:exportFullNik") ? (
            <a className={buttonClass("danger")} href="/kanim/ekspor/cpmi?format=xlsx&nik=lengkap" download>
              XLSX {t.exportCandidatesFull}
            </a>
          ) : null}
        </div>
      </section>
      <section aria-labelledby="events" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="events" className="text-lg font-semibold">
          {t.exportEvents}
        </h2>
        <div className="flex flex-wrap gap-2">
          <a className={buttonClass("secondary")} href="/kanim/ekspor/kegiatan?format=csv" download>
            CSV
          </a>
          <a className={buttonClass("secondary")} href="/kanim/ekspor/kegiatan?format=xlsx" download>
            XLSX
          </a>
        </div>
      </section>
      <section aria-labelledby="ics" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="ics" className="text-lg font-semibold">
          {t.calendarTitle}
        </h2>
        <p className="text-sm text-slate-700">{t.calendarHint}</p>
        <ul className="divide-y divide-slate-100">
          {feedRows.map((row) => {
            const feed = feedFor(row.id || null);
            return (
              <li key={row.id || "office"} className="space-y-2 py-3">
                <p>
                  <span className="font-semibold">{row.name}</span>{" "}
                  <span className="text-sm text-slate-700">
                    · {feed ? fill(t.feedActive, { date: formatDate(locale, feed.createdAt) }) : t.feedNone}
                  </span>
                </p>
                <div className="flex flex-wrap gap-2">
                  <ActionForm action={issueCalendarFeedAction} className="space-y-2">
                    <input type="hidden" name="officerId" value={row.id} />
                    <SubmitButton variant="secondary" pending={common.saving}>
                      {t.issueFeed}
                    </SubmitButton>
                  </ActionForm>
                  {feed ? (
                    <ActionForm action={revokeCalendarFeedAction} className="space-y-2">
                      <input type="hidden" name="officerId" value={row.id} />
                      <SubmitButton variant="danger" pending={common.saving}>
                        {t.revokeFeed}
                      </SubmitButton>
                    </ActionForm>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
