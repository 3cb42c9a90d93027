// A small RFC 5545 (iCalendar) writer: CRLF line ends, lines folded at 75 octets without splitting a UTF-8
// character, TEXT values escaped, times in UTC ("Z"). Generic: public and private feeds both use it.

export type IcsEvent = {
  /** Globally unique and stable across feeds, e.g. `${event.id}@desabinaan`. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  status?: "TENTATIVE" | "CONFIRMED" | "CANCELLED";
  /** When the event last changed (LAST-MODIFIED); clients use it to refresh. */
  updatedAt?: Date;
};

export type IcsCalendar = {
  /** PRODID, e.g. "-//Desa Binaan Imigrasi//Kalender Publik//ID". */
  productId: string;
  name?: string;
  description?: string;
  events: IcsEvent[];
  /** DTSTAMP of every event; defaults to now. */
  generatedAt?: Date;
};

/** 20240503T013000Z */
export function formatIcsDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/** Folds a content line into chunks of at most 75 octets; continuation lines start with one space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  // The first line holds 75 octets; continuation lines hold 74 after their leading space.
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

export function buildCalendar(calendar: IcsCalendar): string {
  const stamp = formatIcsDate(calendar.generatedAt ?? new Date());
  const lines: string[] = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${calendar.productId}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  if (calendar.name) lines.push(`X-WR-CALNAME:${escapeIcsText(calendar.name)}`);
  if (calendar.description) lines.push(`X-WR-CALDESC:${escapeIcsText(calendar.description)}`);
  for (const event of calendar.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeIcsText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${formatIcsDate(event.start)}`,
      `DTEND:${formatIcsDate(event.end)}`,
      `SUMMARY:${escapeIcsText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeIcsText(event.location)}`);
    // URI values are not TEXT: no escaping, but a control character would break the line structure.
    if (event.url) lines.push(`URL:${event.url.replace(/[\r\n]/g, "")}`);
    if (event.status) lines.push(`STATUS:${event.status}`);
    if (event.updatedAt) lines.push(`LAST-MODIFIED:${formatIcsDate(event.updatedAt)}`);
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
