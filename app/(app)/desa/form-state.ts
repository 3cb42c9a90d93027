import "server-only";
import { errorState, type FormState, type FormValues } from "@/lib/platform/forms";
import type { CommandResult } from "@/lib/candidates/results";
import { fill, formatDateTime, type Locale } from "@/lib/platform/i18n/locale";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { villageError, villageMessages, villageText } from "@/lib/platform/i18n/messages/village";

// Turns a command's expected failure into the form's error state, in the user's language.

/** Field errors keyed by form field ("topics.0" → "topics"), translated. */
export function translateFieldErrors(locale: Locale, keys: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, key] of Object.entries(keys)) {
    const field = path.split(".")[0];
    out[field] ??= villageError(locale, key);
  }
  return out;
}

const FIELD_LABELS: Record<string, string> = { nikHash: "field.nik", phoneEncrypted: "field.phone", passportStatus: "detail.passport", passportStatusAt: "detail.effectiveOn" };

function describeValue(locale: Locale, field: string, value: unknown): string {
  const t = villageMessages(locale);
  if (value === "[redacted]") return t["conflict.redacted"];
  if (value === null || value === undefined || value === "") return t["conflict.empty"];
  if (typeof value === "boolean") return value ? commonMessages(locale).yes : commonMessages(locale).no;
  const label = villageText(locale, `${field}.${String(value)}`);
  return label === `${field}.${String(value)}` ? String(value) : label;
}

export function failureState(
  locale: Locale,
  result: Exclude<CommandResult<unknown>, { ok: true }>,
  values: FormValues,
  timeZone = "Asia/Jakarta",
): Extract<FormState, { status: "error" }> {
  const t = villageMessages(locale);
  switch (result.reason) {
    case "invalid":
      return errorState(commonMessages(locale).fixErrors, values, translateFieldErrors(locale, result.fieldErrors));
    case "duplicate": {
      const message =
        result.where === "own-village"
          ? t["duplicate.own"]
          : result.office
            ? fill(t["duplicate.other"], { office: result.office.name, phone: result.office.phone })
            : t["duplicate.otherNoOffice"];
      return errorState(message, values, { nik: message });
    }
    case "conflict": {
      const { conflict } = result;
      const list = conflict.changes
        .map((c) => {
          const label = villageText(locale, FIELD_LABELS[c.field] ?? `field.${c.field}`);
          return `${label}: ${describeValue(locale, c.field, c.from)} → ${describeValue(locale, c.field, c.to)}`;
        })
        .join("; ");
      const title = fill(t["conflict.title"], {
        who: conflict.changedBy.join(", ") || t["conflict.someone"],
        at: conflict.changedAt ? formatDateTime(locale, conflict.changedAt, timeZone) : "",
      });
      // The form now carries the current version: saving again is a deliberate choice after seeing the changes.
      return errorState(`${title} ${fill(t["conflict.changes"], { list })}`, { ...values, version: String(conflict.currentVersion) });
    }
  }
}
