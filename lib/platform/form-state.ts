import "server-only";
import type { Failure, Message } from "@/lib/platform/command";
import { errorState, type FormState, type FormValues } from "@/lib/platform/forms";
import { fill, formatDateTime, type Locale } from "@/lib/platform/i18n/locale";
import { catalogText } from "@/lib/platform/i18n/catalog";
import { commonMessages } from "@/lib/platform/i18n/messages/common";

// The one translator from a command's answer to what a form shows: per-field messages and a summary in the
// reader's language, the typed values kept (never a password), times in the office's or village's zone.

export type ReaderContext = { locale: Locale; timeZone: string };

/** A message in the reader's language: nested messages are translated, dates shown in the reader's zone. */
export function messageText(reader: ReaderContext, message: Message): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    params[name] =
      value instanceof Date ? formatDateTime(reader.locale, value, reader.timeZone) : typeof value === "object" ? messageText(reader, value) : value;
  }
  return fill(catalogText(reader.locale, message.key), params);
}

/** Values a form must never get back. */
const keptValues = (values: FormValues): FormValues =>
  Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));

/** Field errors by the form's field names, translated. */
function byFormField(reader: ReaderContext, errors: Record<string, Message>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, messageText(reader, message)]));
}

export function failureFormState(reader: ReaderContext, failure: Failure, values: FormValues): Extract<FormState, { status: "error" }> {
  const common = commonMessages(reader.locale);
  const kept = keptValues(values);
  switch (failure.reason) {
    case "invalid":
      return errorState(common.fixErrors, kept, byFormField(reader, failure.fieldErrors));
    case "not-found":
      return errorState(common.notFoundBody, kept);
    case "conflict": {
      // The lines (what disagrees) go with the field they concern, or into the summary when none is named.
      const lines = (failure.lines ?? []).map((line) => messageText(reader, line));
      const summary = messageText(reader, failure.message);
      const text = lines.length ? `${summary}\n${lines.map((line) => `• ${line}`).join("\n")}` : summary;
      return failure.field
        ? errorState(summary, { ...kept, ...failure.keep }, { [failure.field]: text })
        : errorState(text, { ...kept, ...failure.keep });
    }
  }
}

/** The database is down or saturated: nothing was written, the form keeps what was typed. */
export function unavailableFormState(locale: Locale, values: FormValues): Extract<FormState, { status: "error" }> {
  return errorState(commonMessages(locale).errorBody, keptValues(values));
}
