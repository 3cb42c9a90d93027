"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { idleFormState, type FormState } from "@/lib/platform/forms";
import type { AdminMessages } from "@/lib/platform/i18n/messages/admin";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** A guide's sources and the day it was checked against them. Works without JavaScript. */
export function GuideCheckForm({
  action,
  initial,
  t,
  saveLabel,
}: {
  action: Action;
  initial: { sources: string; checkedOn: string };
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
    <form action={formAction} className="space-y-4 rounded-md border border-slate-300 bg-white p-4" noValidate aria-labelledby="guide-check">
      <h2 id="guide-check" className="text-lg font-semibold">
        {t.guideCheckTitle}
      </h2>
      {state.status === "error" ? <Alert tone="error" title={state.message} /> : null}
      {state.status === "success" ? <Alert tone="success" title={state.message} /> : null}
      <TextAreaField label={t.guideSources} name="sources" rows={4} defaultValue={value("sources")} error={errors.sources} hint={t.guideSourcesHint} required />
      <TextField label={t.guideCheckedOn} name="checkedOn" type="date" defaultValue={value("checkedOn")} error={errors.checkedOn} required />
      <Button type="submit" disabled={pending}>
        {saveLabel}
      </Button>
    </form>
  );
}
