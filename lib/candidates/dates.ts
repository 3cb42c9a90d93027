// Calendar days (PostgreSQL `date`) are handled as UTC midnight; "today" is the calendar day where the village
// is, so an age or a departure countdown does not change with the server's or the browser's time zone. Pure.

/** "YYYY-MM-DD" → UTC midnight, or null when it is not a real date. */
export function parseDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [y, m, d] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

/** UTC midnight → "YYYY-MM-DD" (for form values and query strings). */
export function dayString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The calendar day in a time zone, as UTC midnight. */
export function todayIn(timeZone: string, now: Date = new Date()): Date {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return parseDay(parts)!;
}

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * 86_400_000);
}

/** Whole years from birth to the given day. */
export function ageOn(birthDate: Date, today: Date): number {
  let age = today.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    today.getUTCMonth() < birthDate.getUTCMonth() ||
    (today.getUTCMonth() === birthDate.getUTCMonth() && today.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

const WITA = new Set(["51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"]);
const WIT = new Set(["81", "82", "91", "92", "93", "94", "95", "96"]);

/** The IANA zone of a village from its province code (Indonesia's three zones follow province lines). */
export function timeZoneOfVillage(villageCode: string): string {
  const province = villageCode.slice(0, 2);
  if (WIT.has(province)) return "Asia/Jayapura";
  if (WITA.has(province)) return "Asia/Makassar";
  return "Asia/Jakarta";
}

/** The latest calendar day anywhere in Indonesia: a date after it is in the future for every village. */
export function latestIndonesianToday(now: Date = new Date()): Date {
  return todayIn("Asia/Jayapura", now);
}
