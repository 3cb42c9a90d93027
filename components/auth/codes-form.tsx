"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { FormState } from "@/lib/platform/forms";

export type CodesState = FormState | { status: "codes"; codes: string[] };

/**
 * A one-field form (a TOTP code or the current password) whose success shows recovery codes once.
 * Without JavaScript the server renders the same result after the post.
 */
export function CodesForm({
  action,
  field,
  submitLabel,
  pendingLabel,
  codesTitle,
  codesIntro,
  continueHref,
  continueLabel,
}: {
  action: (state: CodesState, formData: FormData) => Promise<CodesState>;
  field: { name: string; label: string; type: "text" | "password"; autoComplete: string };
  submitLabel: string;
  pendingLabel: string;
  codesTitle: string;
  codesIntro: string;
  continueHref?: string;
  continueLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as CodesState);
  if (state.status === "codes") {
    return (
      <section aria-labelledby="recovery-codes" className="space-y-3">
        <h3 id="recovery-codes" className="text-lg font-semibold">
          {codesTitle}
        </h3>
        <Alert tone="warning">{codesIntro}</Alert>
        <ol className="grid grid-cols-2 gap-2 font-mono text-base" data-testid="recovery-codes">
          {state.codes.map((code) => (
            <li key={code} className="rounded bg-slate-100 px-2 py-1">
              {code}
            </li>
          ))}
        </ol>
        {continueHref ? (
          <a href={continueHref} className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 font-semibold text-white">
            {continueLabel}
          </a>
        ) : null}
      </section>
    );
  }
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      <TextField
        name={field.name}
        label={field.label}
        type={field.type}
        autoComplete={field.autoComplete}
        required
        error={state.status === "error" ? state.fieldErrors[field.name] : undefined}
      />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
