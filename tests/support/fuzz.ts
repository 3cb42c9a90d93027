import fc from "fast-check";

// Hostile input for property-based tests: what a crafted POST (not a browser form) can send.

const HOMOGLYPH_DIGITS = ["٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "０１２３４５６７８９", "०१२३४५६७८९", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗", "①②③"];
const INVISIBLE = ["\u200B", "\u200C", "\u200D", "\uFEFF", "\u200E", "\u200F", "\u202E", "\u2066", "\u00AD"];
const INJECTION = [
  "' OR 1=1 --",
  "'; DROP TABLE \"Candidate\";--",
  "%",
  "_",
  "\\",
  "%_\\%",
  "100%",
  "a_b",
  "\\%",
  "$1",
  "${7*7}",
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "\"><svg onload=alert(1)>",
  "javascript:alert(1)",
  "\u0000",
  "a\u0000b",
  "\r\n\t",
  "\uD800",
  "S̷̨i̴t̶i̵",
  "𝓢𝓲𝓽𝓲",
  "NaN",
  "-1",
  "1e309",
  "0x10",
  "__proto__",
  "constructor",
];

/** Strings that break naive code: homoglyph digits, invisible and bidi marks, wildcards, markup, NUL. */
export const trickyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...INJECTION),
  fc.constantFrom(...HOMOGLYPH_DIGITS),
  fc
    .tuple(fc.constantFrom(...INVISIBLE), fc.string({ maxLength: 20 }), fc.constantFrom(...INVISIBLE))
    .map(([a, s, b]) => `${a}${s}${b}`),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.array(fc.constantFrom(...INJECTION, ...INVISIBLE, "a", "7"), { maxLength: 12 }).map((parts) => parts.join("")),
);

/** Beyond the 1 MB a server action accepts; domain code must still answer with a field error. */
export const oversizedString: fc.Arbitrary<string> = fc
  .constantFrom("x", "٣", "\u200B", "%", "é")
  .map((unit) => unit.repeat(1_100_000));

/** Any value a JSON or multipart body could carry, wrong types included. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: trickyString },
  { weight: 1, arbitrary: oversizedString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, [], {}, Number.NaN) },
  { weight: 1, arbitrary: fc.array(trickyString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
);

/** A valid form with a few fields replaced by hostile values, plus some fields that are not in the form. */
export function mutated(base: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(base);
  return fc
    .record({
      replace: fc.dictionary(fc.constantFrom(...keys), hostileValue, { minKeys: 1, maxKeys: 3 }),
      extra: fc.dictionary(
        fc.constantFrom("villageCode", "role", "officeId", "createdById", "id", "riskFlags", "__proto__", "nikHash"),
        hostileValue,
        { maxKeys: 2 },
      ),
    })
    .map(({ replace, extra }) => ({ ...base, ...extra, ...replace }));
}

/** Every string anywhere in a parsed value. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object" && !(value instanceof Date)) return Object.values(value).flatMap(stringsIn);
  return [];
}
