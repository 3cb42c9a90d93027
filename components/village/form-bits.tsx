"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import type { ZodError } from "zod";
import { useFormStatus } from "react-dom";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fieldErrors, formValues, type FormState, type FormValues } from "@/lib/platform/forms";

/** The form's error summary; takes focus when it appears so keyboard and screen-reader users land on it. */
export function FormError({ state }: { state: FormState }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") ref.current?.focus();
  }, [state]);
  if (state.status !== "error") return null;
  return (
    <div ref={ref} tabIndex={-1} className="outline-none">
      <Alert tone="error" title={state.message} />
    </div>
  );
}

export function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : label}
    </Button>
  );
}

/** What the form shows: what was typed when the last submit failed, else the starting values. */
export function shownValues(state: FormState, initial: FormValues): FormValues {
  return state.status === "error" ? state.values : initial;
}

export function one(values: FormValues, name: string): string {
  const v = values[name];
  return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
}

export function many(values: FormValues, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v : v ? [v] : [];
}

export function errorOf(state: FormState, name: string): string | undefined {
  return state.status === "error" ? state.fieldErrors[name] : undefined;
}

/** Independent yes/no boxes under one legend; each posts its own name with "on" when ticked. */
export function Checkboxes({
  legend,
  items,
  values,
  error,
  errorId,
}: {
  legend: string;
  items: { name: string; label: string }[];
  values: FormValues;
  error?: string;
  errorId?: string;
}) {
  return (
    <fieldset className="space-y-2" aria-describedby={error && errorId ? `${errorId}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {items.map((item) => (
          <label key={item.name} className="flex min-h-11 items-start gap-2 rounded-md border border-slate-300 bg-white p-2">
            <input
              type="checkbox"
              id={item.name}
              name={item.name}
              defaultChecked={one(values, item.name) === "on"}
              aria-invalid={error ? true : undefined}
              className="mt-1 h-5 w-5 accent-brand-600"
            />
            <span className="text-sm">{item.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${errorId}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * A key that changes with every answer of the server action. React resets a form after its action runs, and a
 * reset <select> forgets a changed defaultValue; remounting the form shows what the user typed instead.
 */
export function useFormKey(state: FormState): number {
  const [previous, setPrevious] = useState(state);
  const [key, setKey] = useState(0);
  if (previous !== state) {
    setPrevious(state);
    setKey(key + 1);
  }
  return key;
}

type Schema = { safeParse(data: unknown): { success: true } | { success: false; error: ZodError } };

/**
 * Runs the shared zod schema in the browser before sending, so a slow connection is not needed to learn that a
 * NIK is 15 digits. The server validates again with the same schema; without JavaScript only it does.
 * Returns the browser's error state (null when the last check passed) and the submit handler.
 */
export function useClientValidation(schema: () => Schema, translate: (key: string) => string, fixErrors: string) {
  const [state, setState] = useState<FormState | null>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const values = formValues(new FormData(event.currentTarget));
    const result = schema().safeParse(values);
    if (result.success) {
      setState(null);
      return;
    }
    event.preventDefault();
    const found: Record<string, string> = {};
    for (const [path, message] of Object.entries(fieldErrors(result.error, translate))) {
      found[path.split(".")[0]] ??= message;
    }
    setState({ status: "error", message: fixErrors, fieldErrors: found, values });
  };
  return { clientState: state, onSubmit };
}
