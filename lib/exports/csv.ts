// RFC 4180 CSV for spreadsheets. A text cell that starts with = + - @ (or a tab/CR) would run as a formula in
// Excel or Sheets, so it gets a leading apostrophe (OWASP "CSV injection").

export type Cell = string | number | boolean | Date | null | undefined | Record<string, unknown> | unknown[];

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  let text = value instanceof Date ? value.toISOString() : typeof value === "object" ? JSON.stringify(value) : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document with a UTF-8 byte-order mark so Excel reads Indonesian names correctly; CRLF line ends. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
