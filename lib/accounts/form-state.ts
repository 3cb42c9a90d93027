import "server-only";
import { errorState, fieldErrors, type FormState, type FormValues } from "@/lib/platform/forms";
import { isAppError } from "@/lib/platform/errors";
import type { Locale } from "@/lib/platform/i18n/locale";
import { accountMessages } from "@/lib/platform/i18n/messages/accounts";
import { authMessages } from "@/lib/platform/i18n/messages/auth";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { InvalidInputError } from "./commands";

/** The FormState of a refused account action, translated; rethrows what is not an expected failure. */
export function accountErrorState(error: unknown, values: FormValues, locale: Locale): Extract<FormState, { status: "error" }> {
  const t = { ...authMessages(locale), ...accountMessages(locale) } as Record<string, string>;
  // Passwords are never sent back to the form.
  const kept = Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
  if (error instanceof InvalidInputError) {
    const errors = fieldErrors(error.zodError, (key) => t[key] ?? key);
    return errorState(commonMessages(locale).fixErrors, kept, errors);
  }
  if (isAppError(error, "NOT_FOUND")) return errorState(t.notFound, kept);
  if (isAppError(error, "CONFLICT")) {
    return errorState(error.message === "last administrator" ? t.lastAdmin : error.message.startsWith("own") ? t.selfNote : t.conflict, kept);
  }
  throw error;
}
