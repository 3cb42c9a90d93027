// Locales and the formatting every page uses. Bahasa Indonesia first; English second.

export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "id";

export function isLocale(value: unknown): value is Locale {
  return value === "id" || value === "en";
}

const intlTag: Record<Locale, string> = { id: "id-ID", en: "en-GB" };

/** A dictionary whose English side must have exactly the keys of the Indonesian side. */
export function defineMessages<T extends Record<string, string>>(messages: { id: T; en: { [K in keyof T]: string } }) {
  return (locale: Locale): T => (locale === "en" ? (messages.en as T) : messages.id);
}

/** Fills {name} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

export function formatDate(
  locale: Locale,
  value: Date | string,
  options: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric" },
  timeZone = "Asia/Jakarta",
): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(intlTag[locale], { timeZone, ...options }).format(date);
}

/** A calendar date stored as a PostgreSQL `date` (midnight UTC): format it in UTC so it never shifts a day. */
export function formatDay(locale: Locale, value: Date | string, options?: Intl.DateTimeFormatOptions): string {
  return formatDate(locale, value, options ?? { day: "numeric", month: "long", year: "numeric" }, "UTC");
}

export function formatDateTime(locale: Locale, value: Date | string, timeZone = "Asia/Jakarta"): string {
  return formatDate(
    locale,
    value,
    { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" },
    timeZone,
  );
}

export function formatRupiah(locale: Locale, amount: number): string {
  return new Intl.NumberFormat(intlTag[locale], { style: "currency", currency: "IDR", maximumFractionDigits: 0 }).format(
    amount,
  );
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(intlTag[locale]).format(value);
}
