// NIK shape, masking and detection. Pure: used by the browser-side schemas, the server and the log scanner.
//
// A NIK is PP RR DD DDMMYY SSSS: province, regency, district, birth date (day + 40 for women) and a serial.

export const NIK_LENGTH = 16;

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

/** NIK-shaped substrings of a text (for log scanning and free-text validation). */
export function findNikShaped(text: string): string[] {
  return [...text.matchAll(SIXTEEN_DIGITS)].map((m) => m[0]).filter(looksLikeNik);
}

/** Free text must never carry a NIK (or anything 16 digits long): staff refer to the record, not the number. */
export function containsNik(text: string): boolean {
  return /(?<!\d)\d{16}(?!\d)/.test(text);
}

/** The NIK as lists show it: 6302••••••••0001. */
export function maskNik(nik: string): string {
  return `${nik.slice(0, 4)}${"•".repeat(8)}${nik.slice(12)}`;
}

/** A phone number as lists show it: the last three digits only. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return `${"•".repeat(Math.max(digits.length - 3, 4))}${digits.slice(-3)}`;
}

/** Digits only, with a leading +62 or 62 written as 0, so one number always hashes the same. */
export function normalisePhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "");
  if (digits.startsWith("+62")) return `0${digits.slice(3)}`;
  if (digits.startsWith("62")) return `0${digits.slice(2)}`;
  return digits.replace(/\+/g, "");
}
