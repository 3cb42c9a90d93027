// Indonesia's three time zones by province code (none observes daylight saving).
const WITA = new Set(["51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"]);
const WIT = new Set(["81", "82", "91", "92", "93", "94", "95", "96"]);

export type IndonesianTimeZone = "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";

export function timeZoneOfProvince(provinceCode: string): IndonesianTimeZone {
  if (WIT.has(provinceCode)) return "Asia/Jayapura";
  if (WITA.has(provinceCode)) return "Asia/Makassar";
  return "Asia/Jakarta";
}
