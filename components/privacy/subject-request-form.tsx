"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { idleFormState, type FormState } from "@/lib/platform/forms";
import { FormMessage } from "./form-message";

type Option = { value: string; label: string };

export function SubjectRequestForm({
  action,
  labels,
  types,
  channels,
  receivedAtDefault,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  labels: Record<"nik" | "type" | "channel" | "receivedAt" | "details" | "detailsHint" | "choose" | "submit", string>;
  types: Option[];
  channels: Option[];
  receivedAtDefault: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  const value = (name: string, fallback = "") => String(values[name] ?? fallback);
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField
        label={labels.nik}
        name="nik"
        required
        inputMode="numeric"
        autoComplete="off"
        maxLength={16}
        defaultValue={value("nik")}
        error={errors.nik}
      />
      <SelectField label={labels.type} name="type" required options={types} placeholder={labels.choose} defaultValue={value("type")} error={errors.type} />
      <SelectField
        label={labels.channel}
        name="channel"
        required
        options={channels}
        placeholder={labels.choose}
        defaultValue={value("channel")}
        error={errors.channel}
      />
      <TextField
        label={labels.receivedAt}
        name="receivedAt"
        type="datetime-local"
        required
        defaultValue={value("receivedAt", receivedAtDefault)}
        error={errors.receivedAt}
      />
      <TextAreaField label={labels.details} name="details" hint={labels.detailsHint} defaultValue={value("details")} error={errors.details} />
      <Button type="submit" disabled={pending}>
        {labels.submit}
      </Button>
    </form>
  );
}
