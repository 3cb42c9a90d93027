"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { idleFormState, type FormState } from "@/lib/platform/forms";
import type { AdminMessages } from "@/lib/platform/i18n/messages/admin";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The office's passport-service settings the public checklist reads. Works without JavaScript. */
export function OfficePassportForm({
  action,
  initial,
  t,
  saveLabel,
}: {
  action: Action;
  initial: { electronicOnlySince: string; quotaReleaseNote: string };
  t: AdminMessages;
  saveLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const values = state.status === "error" ? state.values : initial;
  const value = (name: keyof typeof initial) => {
    const v = values[name];
    return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
  };
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={formAction} className="space-y-4 rounded-md border border-slate-300 bg-white p-4" noValidate aria-labelledby="passport-settings">
      <h2 id="passport-settings" className="text-lg font-semibold">
        {t.passportSettingsTitle}
      </h2>
      {state.status === "error" ? <Alert tone="error" title={state.message} /> : null}
      {state.status === "success" ? <Alert tone="success" title={state.message} /> : null}
      <TextField
        label={t.electronicOnlySince}
        name="electronicOnlySince"
        type="date"
        defaultValue={value("electronicOnlySince")}
        error={errors.electronicOnlySince}
        hint={t.electronicOnlySinceHint}
      />
      <TextField
        label={t.quotaReleaseNote}
        name="quotaReleaseNote"
        defaultValue={value("quotaReleaseNote")}
        error={errors.quotaReleaseNote}
        hint={t.quotaReleaseNoteHint}
        maxLength={300}
      />
      <Button type="submit" disabled={pending}>
        {saveLabel}
      </Button>
    </form>
  );
}
