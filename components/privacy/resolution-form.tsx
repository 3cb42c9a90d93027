"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { idleFormState, type FormState } from "@/lib/platform/forms";
import { FormMessage } from "./form-message";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** One fulfilment step (restrict, erase, reject…): what it does, a resolution note, and the button. */
export function ResolutionForm({
  id,
  action,
  title,
  intro,
  label,
  submit,
  danger = false,
}: {
  id: string;
  action: Action;
  title: string;
  intro: string;
  label: string;
  submit: string;
  danger?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={formAction} className="space-y-3 rounded-md border border-slate-300 bg-white p-4" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="font-semibold">
        {title}
      </h3>
      <p className="text-sm text-slate-700">{intro}</p>
      <FormMessage state={state} />
      {/* Several of these forms share a page, so the field's id comes from the form, not from its name. */}
      <div className="space-y-1">
        <label htmlFor={`${id}-resolution`} className="block text-sm font-medium text-slate-800">
          {label}
          <span aria-hidden="true" className="text-red-700"> *</span>
        </label>
        <textarea
          id={`${id}-resolution`}
          name="resolution"
          required
          rows={3}
          defaultValue={String(values.resolution ?? "")}
          aria-invalid={errors.resolution ? true : undefined}
          aria-describedby={errors.resolution ? `${id}-resolution-error` : undefined}
          className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
        />
        {errors.resolution ? (
          <p id={`${id}-resolution-error`} className="text-sm font-medium text-red-700">
            {errors.resolution}
          </p>
        ) : null}
      </div>
      <Button type="submit" variant={danger ? "danger" : "primary"} disabled={pending}>
        {submit}
      </Button>
    </form>
  );
}

export function CorrectionForm({
  action,
  labels,
}: {
  action: Action;
  labels: Record<"title" | "intro" | "name" | "nik" | "birthDate" | "phone" | "address" | "employer" | "contactAbroad" | "resolution" | "submit", string>;
}) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  const value = (name: string) => String(values[name] ?? "");
  return (
    <form action={formAction} className="space-y-3 rounded-md border border-slate-300 bg-white p-4" aria-labelledby="correction-title">
      <h3 id="correction-title" className="font-semibold">
        {labels.title}
      </h3>
      <p className="text-sm text-slate-700">{labels.intro}</p>
      <FormMessage state={state} />
      <TextField label={labels.name} name="name" defaultValue={value("name")} error={errors.name} autoComplete="off" />
      <TextField label={labels.nik} name="nik" inputMode="numeric" maxLength={16} autoComplete="off" error={errors.nik} />
      <TextField label={labels.birthDate} name="birthDate" type="date" defaultValue={value("birthDate")} error={errors.birthDate} />
      <TextField label={labels.phone} name="phone" type="tel" autoComplete="off" error={errors.phone} />
      <TextField label={labels.address} name="addressLine" defaultValue={value("addressLine")} error={errors.addressLine} />
      <TextField label={labels.employer} name="employer" autoComplete="off" error={errors.employer} />
      <TextField label={labels.contactAbroad} name="contactAbroad" autoComplete="off" error={errors.contactAbroad} />
      <TextAreaField label={labels.resolution} name="resolution" required rows={3} defaultValue={value("resolution")} error={errors.resolution} />
      <Button type="submit" disabled={pending}>
        {labels.submit}
      </Button>
    </form>
  );
}
