import "server-only";
import { errorState, type FormValues } from "@/lib/platform/forms";
import { isAppError } from "@/lib/platform/errors";
import { fieldErrorKeys } from "@/lib/admin/input";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { adminMessages } from "@/lib/platform/i18n/messages/admin";
import type { Locale } from "@/lib/platform/i18n/locale";

/** A rejected admin command as the form state the user sees: per-field messages, or "not found". */
export function commandFailure(error: unknown, locale: Locale, values: FormValues) {
  const t = adminMessages(locale) as Record<string, string>;
  const keys = fieldErrorKeys(error);
  if (keys) {
    const translated = Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, t[key] ?? key]));
    return errorState(commonMessages(locale).fixErrors, values, translated);
  }
  if (isAppError(error, "NOT_FOUND")) return errorState(t.notFound, values);
  throw error;
}
