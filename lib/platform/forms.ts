import type { z } from "zod";
import { stripUnsafeCharacters } from "@/lib/platform/validation/text";

// The one shape every form's server action returns, so forms keep what was typed and show errors per field.

export type FormValues = Record<string, string | string[]>;

export type FormState =
  | { status: "idle" }
  | { status: "error"; message: string; fieldErrors: Record<string, string>; values: FormValues }
  | { status: "success"; message: string; id?: string };

export const idleFormState: FormState = { status: "idle" };

/** FormData as plain values (without unsafe characters); repeated names (checkbox groups, multi-selects) become arrays. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, raw] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    // Every posted text loses NUL and control characters here, before any schema sees it: PostgreSQL
    // refuses NUL in text, so one stray byte would otherwise turn a form post into a 500.
    const value = stripUnsafeCharacters(typeof raw === "string" ? raw : raw.name);
    const current = values[key];
    if (current === undefined) values[key] = value;
    else values[key] = Array.isArray(current) ? [...current, value] : [current, value];
  }
  return values;
}

/**
 * The first error of each field, translated. Schemas use message keys (e.g. "nik.length"); `translate`
 * maps a key to the user's language and falls back to the key's own text.
 */
export function fieldErrors(error: z.ZodError, translate: (key: string) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "form";
    if (!(field in errors)) errors[field] = translate(issue.message);
  }
  return errors;
}

export function errorState(
  message: string,
  values: FormValues,
  errors: Record<string, string> = {},
): Extract<FormState, { status: "error" }> {
  return { status: "error", message, fieldErrors: errors, values };
}
