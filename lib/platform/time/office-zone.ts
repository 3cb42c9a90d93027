import { isSaneDay } from "@/lib/platform/validation/dates";

// Outreach times are typed in the office's own zone (WIB, WITA or WIT) and stored in UTC. Indonesia has no
// daylight saving, so one offset per zone is exact; Intl tells us that offset without a date library.

export const OFFICE_ZONES = {
  "Asia/Jakarta": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
} as const;

export type OfficeZone = keyof typeof OFFICE_ZONES;

export function zoneLabel(timeZone: string): string {
  return OFFICE_ZONES[timeZone as OfficeZone] ?? timeZone;
}

/** Minutes the zone is ahead of UTC at that instant (WIB +420, WITA +480, WIT +540). */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  const instant = Math.floor(at.getTime() / 1000) * 1000;
  return Math.round((wall - instant) / 60_000);
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isLocalDateTime(value: string): boolean {
  const m = LOCAL_INPUT.exec(value);
  if (!m || !isSaneDay(value.slice(0, 10))) return false;
  const [, y, mo, d, h, mi] = m.map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60;
}

/** "2024-05-03T09:00" on the office's wall clock → the UTC instant. */
export function localToUtc(value: string, timeZone: string): Date {
  if (!isLocalDateTime(value)) throw new RangeError(`not a local date-time: ${value}`);
  const [, y, mo, d, h, mi] = LOCAL_INPUT.exec(value)!.map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  return new Date(wall - zoneOffsetMinutes(timeZone, new Date(wall)) * 60_000);
}

/** The UTC instant as "YYYY-MM-DDTHH:mm" on the office's wall clock (for <input type="datetime-local">). */
export function utcToLocal(at: Date, timeZone: string): string {
  return new Date(at.getTime() + zoneOffsetMinutes(timeZone, at) * 60_000).toISOString().slice(0, 16);
}

/** The office's calendar day of an instant, "YYYY-MM-DD". */
export function localDay(at: Date, timeZone: string): string {
  return utcToLocal(at, timeZone).slice(0, 10);
}

/** Start of a local day ("YYYY-MM-DD") as a UTC instant. */
export function localDayStart(day: string, timeZone: string): Date {
  return localToUtc(`${day}T00:00`, timeZone);
}

/** Today's date on the office's wall clock, "YYYY-MM-DD". */
export function todayIn(timeZone: string): string {
  return localDay(new Date(), timeZone);
}

/** "YYYY-MM-DD" plus n days (calendar arithmetic, no zone involved). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Monday of the week that holds the day. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}
