"use client";

import { createContext, useActionState, useContext, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { idleFormState, type FormState } from "@/lib/platform/forms";
import { Alert } from "@/components/ui/alert";
import { ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

// A form bound to a server action through useActionState: it works without JavaScript (the server re-renders
// with the returned state) and keeps typed values and per-field errors either way. Fields read the state from
// context, so a server page composes a form from these pieces without writing a client component per form.

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const FormContext = createContext<FormState>(idleFormState);

export function ActionForm({ action, children, className }: { action: Action; children: ReactNode; className?: string }) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <FormContext.Provider value={state}>
      <form action={formAction} className={className ?? "space-y-4"} noValidate>
        {state.status === "error" ? <Alert tone="error" title={state.message} /> : null}
        {state.status === "success" ? <Alert tone="success" title={state.message} /> : null}
        {children}
      </form>
    </FormContext.Provider>
  );
}

function useField(name: string, fallback?: string | string[]) {
  const state = useContext(FormContext);
  if (state.status !== "error") return { error: undefined, value: fallback };
  return { error: state.fieldErrors[name], value: state.values[name] ?? (Array.isArray(fallback) ? [] : "") };
}

type TextProps = Omit<Parameters<typeof TextField>[0], "error">;

export function FormText({ defaultValue, ...props }: TextProps) {
  const { error, value } = useField(props.name, defaultValue as string | undefined);
  return <TextField {...props} key={String(value)} error={error} defaultValue={value as string | undefined} />;
}

export function FormTextArea({ defaultValue, ...props }: Omit<Parameters<typeof TextAreaField>[0], "error">) {
  const { error, value } = useField(props.name, defaultValue as string | undefined);
  return <TextAreaField {...props} key={String(value)} error={error} defaultValue={value as string | undefined} />;
}

export function FormSelect({ defaultValue, ...props }: Omit<Parameters<typeof SelectField>[0], "error">) {
  const { error, value } = useField(props.name, defaultValue as string | undefined);
  return <SelectField {...props} key={String(value)} error={error} defaultValue={value as string | undefined} />;
}

export function FormChoices({ selected, ...props }: Omit<Parameters<typeof ChoiceGroup>[0], "error">) {
  const { error, value } = useField(props.name, selected);
  const chosen = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return <ChoiceGroup {...props} key={chosen.join(",")} error={error} selected={chosen} />;
}

/** Shown only when the server asked for a confirmation (e.g. an officer is already booked). */
export function FormConfirm({ name, label }: { name: string; label: string }) {
  const { error } = useField(name);
  if (!error) return null;
  return (
    <div className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-900">
      <p id={`${name}-error`} className="whitespace-pre-line text-sm font-medium">
        {error}
      </p>
      <label className="mt-2 flex min-h-11 items-center gap-2 text-sm font-semibold">
        <input type="checkbox" name={name} value="on" className="h-5 w-5" aria-describedby={`${name}-error`} />
        {label}
      </label>
    </div>
  );
}

export function SubmitButton({ children, pending, variant }: { children: ReactNode; pending: string; variant?: "primary" | "danger" | "secondary" }) {
  const status = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={status.pending} aria-disabled={status.pending}>
      {status.pending ? pending : children}
    </Button>
  );
}

/** The first error of any field under a prefix (e.g. "participants" for a table of inputs). */
export function FormErrorFor({ prefix }: { prefix: string }) {
  const state = useContext(FormContext);
  if (state.status !== "error") return null;
  const key = Object.keys(state.fieldErrors).find((k) => k === prefix || k.startsWith(`${prefix}.`));
  if (!key) return null;
  return <p className="text-sm font-medium text-red-700">{state.fieldErrors[key]}</p>;
}
