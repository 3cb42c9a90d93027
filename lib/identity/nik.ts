// The NIK (Nomor Induk Kependudukan) is 16 digits: a six-digit region code (province, regency, district),
// the birth date as DDMMYY with 40 added to the day for women, and a four-digit serial. Pure: no I/O, so the
// browser-side schemas, the server and the log scanner share it.

export type NikError = "identity.nik.length" | "identity.nik.digits" | "identity.nik.region" | "identity.nik.date" | "identity.nik.serial";

export type ParsedNik = {
  regionCode: string;
  day: number;
  month: number;
  /** Two-digit year: the NIK does not say the century. */
  yy: number;
  sex: "MALE" | "FEMALE";
  serial: string;
};

// Kemendagri province codes, including the Papua provinces formed in 2022 and the older codes NIKs still carry.
const PROVINCES = new Set([
  "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
  "31", "32", "33", "34", "35", "36",
  "51", "52", "53",
  "61", "62", "63", "64", "65",
  "71", "72", "73", "74", "75", "76",
  "81", "82",
  "91", "92", "93", "94", "95", "96",
]);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Spaces, dots and dashes people type between digit groups. */
export function cleanNik(input: string): string {
  return input.replace(/[\s.\-]/g, "");
}

export function parseNik(input: string): { ok: true; nik: ParsedNik } | { ok: false; error: NikError } {
  const nik = cleanNik(input);
  if (!/^\d*$/.test(nik)) return { ok: false, error: "identity.nik.digits" };
  if (nik.length !== 16) return { ok: false, error: "identity.nik.length" };
  if (!PROVINCES.has(nik.slice(0, 2)) || nik.slice(2, 4) === "00" || nik.slice(4, 6) === "00") {
    return { ok: false, error: "identity.nik.region" };
  }
  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const sex = rawDay > 40 ? "FEMALE" : "MALE";
  const day = sex === "FEMALE" ? rawDay - 40 : rawDay;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return { ok: false, error: "identity.nik.date" };
  // 29 February needs a leap year; with two digits, "00" may be 2000 (leap), so yy % 4 decides.
  if (month === 2 && day === 29 && yy % 4 !== 0) return { ok: false, error: "identity.nik.date" };
  const serial = nik.slice(12);
  if (serial === "0000") return { ok: false, error: "identity.nik.serial" };
  return { ok: true, nik: { regionCode: nik.slice(0, 6), day, month, yy, sex, serial } };
}

export function isValidNik(input: string): boolean {
  return parseNik(input).ok;
}

/** Which entered facts disagree with the NIK: a sign of altered documents. */
export function nikMismatches(
  nik: ParsedNik,
  entered: { birthDate: Date; sex: "MALE" | "FEMALE" },
): ("birthDate" | "sex")[] {
  const mismatches: ("birthDate" | "sex")[] = [];
  const b = entered.birthDate;
  if (b.getUTCDate() !== nik.day || b.getUTCMonth() + 1 !== nik.month || b.getUTCFullYear() % 100 !== nik.yy) {
    mismatches.push("birthDate");
  }
  if (entered.sex !== nik.sex) mismatches.push("sex");
  return mismatches;
}

/** The NIK as lists and exports show it: 6302••••••••0001. */
export function maskNik(input: string): string {
  const nik = cleanNik(input);
  return `${nik.slice(0, 4)}${"•".repeat(Math.max(nik.length - 8, 0))}${nik.slice(-4)}`;
}

export function isNikFormat(value: string): boolean {
  return /^\d{16}$/.test(value);
}

/** True when a 16-digit string has a plausible province code and birth-date part, as a real NIK has. */
export function looksLikeNik(digits: string): boolean {
  if (!isNikFormat(digits)) return false;
  const province = Number(digits.slice(0, 2));
  const day = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const dayOk = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
  return province >= 11 && province <= 99 && dayOk && month >= 1 && month <= 12;
}

// Digits only on either side: a NIK glued to letters ("nik6302…") still counts, a longer number does not.
const SIXTEEN_DIGITS = /(?<!\d)\d{16}(?!\d)/g;

/** NIK-shaped substrings of a text (for log scanning). */
export function findNikShaped(text: string): string[] {
  return [...text.matchAll(SIXTEEN_DIGITS)].map((m) => m[0]).filter(looksLikeNik);
}

/** Free text must never carry a NIK (or anything 16 digits long): staff refer to the record, not the number. */
export function containsNik(text: string): boolean {
  return /(?<!\d)\d{16}(?!\d)/.test(text);
}

/** A NIK for a birth date and sex (test data, demo seed). */
export function composeNik(regionCode: string, birthDate: Date, sex: "MALE" | "FEMALE", serial: number): string {
  const day = birthDate.getUTCDate() + (sex === "FEMALE" ? 40 : 0);
  const pad = (n: number, len = 2) => String(n).padStart(len, "0");
  return `${regionCode}${pad(day)}${pad(birthDate.getUTCMonth() + 1)}${pad(birthDate.getUTCFullYear() % 100)}${pad(serial, 4)}`;
}
