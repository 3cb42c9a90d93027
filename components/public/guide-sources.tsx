import { formatDay, fill, type Locale } from "@/lib/platform/i18n/locale";
import { publicMessages } from "@/lib/platform/i18n/messages/public";

/** The regulations a guide rests on and the day an editor last checked it against them. */
export function GuideSources({ locale, sources, checkedOn }: { locale: Locale; sources: string; checkedOn: Date | null }) {
  const t = publicMessages(locale);
  const lines = sources
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0 && !checkedOn) return null;
  return (
    <section aria-labelledby="guide-sources" className="mt-6 border-t border-slate-300 pt-3 text-sm text-slate-700" data-testid="guide-sources">
      <h2 id="guide-sources" className="font-semibold">
        {t.guideSources}
      </h2>
      {lines.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <p className="mt-1">{checkedOn ? fill(t.guideCheckedOn, { date: formatDay(locale, checkedOn) }) : t.guideNotChecked}</p>
    </section>
  );
}
