import Link from "next/link";
import { fill, formatDay, type Locale } from "@/lib/platform/i18n/locale";
import { journeyLabel, journeyMessages } from "@/lib/platform/i18n/messages/journey";
import { label } from "@/lib/platform/i18n/messages/kanim-labels";
import type { WorkerTimelineEntry } from "@/lib/journeys/queries";
import { countryName } from "@/lib/reference-data/countries";

// The journey's entries on the CPMI page's one timeline (stages, contacts abroad, cases); guidance, passport
// and warning-sign entries are drawn by the page as before. Personal fields appear masked.

type JourneyEntry = Extract<WorkerTimelineEntry, { kind: "stage" | "contact" | "case" }>;

export function isJourneyEntry(entry: WorkerTimelineEntry): entry is JourneyEntry {
  return entry.kind === "stage" || entry.kind === "contact" || entry.kind === "case";
}

export function JourneyTimelineItem({ entry, locale, casePath }: { entry: JourneyEntry; locale: Locale; casePath: string }) {
  const t = journeyMessages(locale);
  const by = "by" in entry && entry.by ? ` · ${entry.by}` : "";
  switch (entry.kind) {
    case "stage": {
      const details = [
        entry.preventionReason ? journeyLabel(locale, "preventionReason", entry.preventionReason) : null,
        entry.channel ? label(locale, "placementChannel", entry.channel) : null,
        entry.destinationCountry ? countryName(entry.destinationCountry, locale) : null,
        entry.agencyName,
        entry.employerMasked,
        entry.contractMonths ? fill(t["timeline.contract"], { months: entry.contractMonths }) : null,
        entry.contactAbroadMasked,
        entry.returnReason ? journeyLabel(locale, "returnReason", entry.returnReason) : null,
        entry.plansToLeaveAgain == null ? null : entry.plansToLeaveAgain ? t["timeline.plansAgain"] : t["timeline.noPlans"],
      ].filter(Boolean);
      return (
        <div>
          <p className="text-sm text-slate-700">{formatDay(locale, entry.on)}{by}</p>
          <p className="font-semibold">{fill(t["timeline.stage"], { stage: journeyLabel(locale, "stage", entry.stage) })}</p>
          {details.length ? <p className="text-sm">{details.join(" · ")}</p> : null}
          {entry.note ? <p className="text-sm whitespace-pre-line">{entry.note}</p> : null}
        </div>
      );
    }
    case "contact":
      return (
        <div>
          <p className="text-sm text-slate-700">{formatDay(locale, entry.on)}{by}</p>
          <p className={entry.outcome === "PROBLEM" ? "font-semibold text-red-800" : "font-semibold"}>
            {fill(t["timeline.contact"], { method: journeyLabel(locale, "contactMethod", entry.method), outcome: journeyLabel(locale, "contactOutcome", entry.outcome) })}
            {entry.withFamily ? ` (${t["timeline.viaFamily"]})` : ""}
          </p>
          {entry.note ? <p className="text-sm whitespace-pre-line">{entry.note}</p> : null}
        </div>
      );
    case "case":
      return (
        <div>
          <p className="text-sm text-slate-700">{formatDay(locale, entry.on)}</p>
          <p className="font-semibold">
            <Link href={`${casePath}/${entry.id}`} className="text-brand-700 underline">
              {fill(t["timeline.case"], { type: journeyLabel(locale, "caseType", entry.type) })}
            </Link>
            {entry.closedOn ? ` · ${fill(t["timeline.caseClosed"], { date: formatDay(locale, entry.closedOn) })}` : ""}
          </p>
        </div>
      );
  }
}
