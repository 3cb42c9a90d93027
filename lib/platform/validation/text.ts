// Free text from forms, made safe to store and show. PostgreSQL refuses NUL in text (the write would fail
// with a 500), other control characters have no place in a name or a note, and bidi override/isolate marks
// let a name display as something else ("Trojan Source"). Zero-width joiners stay: some scripts need them.
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** The text without NUL, control (except tab and line breaks) and bidi-override characters. */
export function stripUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, "");
}

/** Trimmed text without control and bidi-override characters; other values pass through for zod to judge. */
export function cleanText(value: unknown): unknown {
  return typeof value === "string" ? stripUnsafeCharacters(value).trim() : value;
}
