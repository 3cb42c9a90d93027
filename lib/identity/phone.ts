// Indonesian mobile numbers. One normal form for every writer (registration, edit, privacy correction, demo
// seed, import): E.164, "+628…". People type 0812-3456-7890, 62812…, +62 812 …; all become +6281234567890.
// Pure: the browser-side schemas use it too. Decision 013.

/** Separators people type between digit groups. */
export function cleanPhone(input: string): string {
  return input.replace(/[\s().\-]/g, "");
}

/** Any usual spelling of an Indonesian mobile number → "+628…"; null when it cannot be one. */
export function normalisePhone(input: string): string | null {
  const digits = cleanPhone(input);
  let rest: string;
  if (digits.startsWith("+62")) rest = digits.slice(3);
  else if (digits.startsWith("62")) rest = digits.slice(2);
  else if (digits.startsWith("0")) rest = digits.slice(1);
  else rest = digits;
  return /^8\d{7,11}$/.test(rest) ? `+62${rest}` : null;
}

/** The number as lists and exports show it: the country and operator prefix and the last three digits. */
export function maskPhone(input: string): string {
  const phone = normalisePhone(input) ?? cleanPhone(input);
  return `${phone.slice(0, 6)}${"•".repeat(Math.max(phone.length - 9, 0))}${phone.slice(-3)}`;
}
