import type { EventType } from "@/lib/platform/db/generated/enums";
import { formatDate, type Locale } from "@/lib/platform/i18n/locale";
import { publicMessages } from "@/lib/platform/i18n/messages/public";

type PublicEventView = {
  type: EventType;
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  location: string;
  timeZone: string;
};

/** One upcoming event, with its times in the office's own time zone (WIB, WITA or WIT). */
export function EventItem({
  locale,
  event,
  extra,
  headingLevel = 3,
}: {
  locale: Locale;
  event: PublicEventView;
  extra?: React.ReactNode;
  /** 2 on a page that lists events directly under its title, 3 inside a section. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const t = publicMessages(locale);
  const day = formatDate(
    locale,
    event.startsAt,
    { weekday: "long", day: "numeric", month: "long", year: "numeric" },
    event.timeZone,
  );
  const time = (d: Date, zone: boolean) =>
    formatDate(
      locale,
      d,
      { hour: "2-digit", minute: "2-digit", ...(zone ? { timeZoneName: "short" } : {}) },
      event.timeZone,
    );
  return (
    <li className="rounded-lg border border-slate-300 bg-white p-4">
      <p className="text-sm font-semibold text-brand-800">
        <time dateTime={event.startsAt.toISOString()}>
          {day}, {time(event.startsAt, false)}–{time(event.endsAt, true)}
        </time>
      </p>
      <Heading className="mt-1 font-semibold">{event.title}</Heading>
      <p className="text-sm text-slate-700">{t[`eventType_${event.type}`]}</p>
      <p className="mt-1 text-sm">
        {t.calendarWhere}: {event.location}
      </p>
      {event.description ? <p className="mt-1 text-sm">{event.description}</p> : null}
      {extra}
    </li>
  );
}
