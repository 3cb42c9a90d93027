"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { idleFormState, type FormState } from "@/lib/platform/forms";

export type FormField =
  | {
      kind?: "text";
      name: string;
      label: string;
      type?: "text" | "email" | "password" | "search";
      autoComplete?: string;
      hint?: string;
      required?: boolean;
      defaultValue?: string;
      inputMode?: "text" | "numeric" | "email";
      maxLength?: number;
    }
  | {
      kind: "select";
      name: string;
      label: string;
      options: { value: string; label: string }[];
      placeholder?: string;
      hint?: string;
      required?: boolean;
      defaultValue?: string;
    };

/** A success that hands over a one-time code (shown once, never stored in clear). */
export type IssuedState = { status: "issued"; message: string; code: string; link: string };
export type ActionFormState = FormState | IssuedState;

/**
 * A form posting to a server action that returns a FormState. Works without JavaScript (the action runs as a
 * plain form post) and keeps what was typed, except password fields, when the server refuses it.
 */
export function ActionForm({
  action,
  fields,
  submitLabel,
  pendingLabel,
  hidden = {},
  variant = "primary",
  issuedLabels,
}: {
  action:
    | ((state: FormState, formData: FormData) => Promise<FormState>)
    | ((state: ActionFormState, formData: FormData) => Promise<ActionFormState>);
  fields: FormField[];
  submitLabel: string;
  pendingLabel: string;
  hidden?: Record<string, string>;
  variant?: "primary" | "danger" | "secondary";
  issuedLabels?: { title: string; intro: string; link: string; code: string };
}) {
  const [state, formAction, pending] = useActionState(
    action as (state: ActionFormState, formData: FormData) => Promise<ActionFormState>,
    idleFormState as ActionFormState,
  );
  if (state.status === "issued") {
    return (
      <section className="space-y-3" aria-live="polite">
        <Alert tone="success" title={state.message} />
        <Alert tone="warning" title={issuedLabels?.title}>
          {issuedLabels?.intro}
        </Alert>
        <dl className="space-y-2 text-sm">
          <dt className="font-medium">{issuedLabels?.link}</dt>
          <dd className="break-all font-mono" data-testid="issued-link">{state.link}</dd>
          <dt className="font-medium">{issuedLabels?.code}</dt>
          <dd className="break-all font-mono text-base" data-testid="issued-code">{state.code}</dd>
        </dl>
      </section>
    );
  }
  const errors = state.status === "error" ? state.fieldErrors : {};
  const kept = (name: string, fallback?: string) => {
    const value = state.status === "error" ? state.values[name] : undefined;
    return typeof value === "string" ? value : fallback;
  };
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.status === "error" && state.message ? <Alert tone="error">{state.message}</Alert> : null}
      {state.status === "success" ? <Alert tone="success">{state.message}</Alert> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) =>
        field.kind === "select" ? (
          <SelectField
            key={`${field.name}-${state.status}`}
            name={field.name}
            label={field.label}
            options={field.options}
            placeholder={field.placeholder}
            hint={field.hint}
            required={field.required}
            error={errors[field.name]}
            defaultValue={kept(field.name, field.defaultValue)}
          />
        ) : (
          <TextField
            key={`${field.name}-${state.status}`}
            name={field.name}
            label={field.label}
            type={field.type ?? "text"}
            autoComplete={field.autoComplete}
            hint={field.hint}
            required={field.required}
            inputMode={field.inputMode}
            maxLength={field.maxLength}
            error={errors[field.name]}
            defaultValue={field.type === "password" ? undefined : kept(field.name, field.defaultValue)}
          />
        ),
      )}
      <Button type="submit" variant={variant} disabled={pending} aria-busy={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
