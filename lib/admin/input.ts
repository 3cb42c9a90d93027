import type { z } from "zod";
import { AppError, isAppError } from "@/lib/platform/errors";

// Domain commands parse their own input, so a caller that skips the form still cannot write bad data.
// Failures carry message keys per field; the server action translates them for the user's language.

export type FieldErrorKeys = Record<string, string>;

export function invalidInput(fieldErrors: FieldErrorKeys, code: "INVALID_INPUT" | "DUPLICATE" | "CONFLICT" = "INVALID_INPUT") {
  return new AppError(code, "invalid input", { fieldErrors });
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors: FieldErrorKeys = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join(".") || "form";
    if (!(field in errors)) errors[field] = issue.message;
  }
  throw invalidInput(errors);
}

/** The per-field message keys of a rejected command, or null when the error is of another kind. */
export function fieldErrorKeys(error: unknown): FieldErrorKeys | null {
  if (!isAppError(error)) return null;
  const keys = error.details?.fieldErrors;
  return keys && typeof keys === "object" ? (keys as FieldErrorKeys) : null;
}
