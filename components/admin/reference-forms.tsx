"use client";

import { formKey } from "./form-key";
import { useActionState, type InputHTMLAttributes } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { idleFormState, type FormState } from "@/lib/platform/forms";
import type { AdminMessages } from "@/lib/platform/i18n/messages/admin";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

function pick(state: FormState, initial: Record<string, string>) {
  const values = state.status === "error" ? state.values : initial;
  return {
    value: (name: string) => {
      const v = values[name];
      return Array.isArray(v) ? v[0] : (v ?? "");
    },
    errors: state.status === "error" ? state.fieldErrors : ({} as Record<string, string>),
  };
}

function Status({ state }: { state: FormState }) {
  if (state.status === "error") return <Alert tone="error" title={state.message} />;
  if (state.status === "success") return <Alert tone="success" title={state.message} />;
  return null;
}

/** A labelled input whose id carries a prefix: the page holds one form per fee, and ids must stay unique. */
function PrefixedField({
  prefix,
  name,
  label,
  error,
  ...props
}: { prefix: string; name: string; label: string; error?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">) {
  const id = `${prefix}-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700"
        {...props}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** One passport fee; `fee` absent means a new one (the code is then typed in). */
export function FeeForm({ action, fee, t, saveLabel }: { action: Action; fee?: Record<string, string>; t: AdminMessages; saveLabel: string }) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const { value, errors } = pick(state, fee ?? { sortOrder: "0" });
  const prefix = `fee-${fee?.code ?? "new"}`;
  const field = (name: string, label: string, extra: InputHTMLAttributes<HTMLInputElement> = {}) => (
    <PrefixedField prefix={prefix} name={name} label={label} required defaultValue={value(name)} error={errors[name]} {...extra} />
  );
  const number = { type: "number", inputMode: "numeric", min: 0 } as const;
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label={fee ? fee.code : t.addFee}>
      <Status state={state} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        {fee ? <input type="hidden" name="code" value={fee.code} /> : field("code", t.feeCode)}
        {field("labelId", t.feeLabelId)}
        {field("labelEn", t.feeLabelEn)}
        {field("amount", t.feeAmount, number)}
        {field("sortOrder", t.sortOrder, number)}
      </div>
      <Button type="submit" disabled={pending} variant={fee ? "secondary" : "primary"}>
        {fee ? saveLabel : t.addFee}
      </Button>
    </form>
  );
}

export function MoratoriumForm({ action, options, t }: { action: Action; options: { value: string; label: string }[]; t: AdminMessages }) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const { value, errors } = pick(state, {});
  return (
    <form key={formKey(state)} action={formAction} className="space-y-3" noValidate>
      <Status state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t.country}
          name="countryCode"
          required
          placeholder={t.chooseOne}
          defaultValue={value("countryCode")}
          error={errors.countryCode}
          options={options}
        />
        <TextField label={t.note} name="note" defaultValue={value("note")} error={errors.note} />
      </div>
      <Button type="submit" disabled={pending}>
        {t.addCountry}
      </Button>
    </form>
  );
}

/** The day one country's moratorium applies from. */
export function MoratoriumDateForm({
  action,
  countryCode,
  countryLabel,
  inForceSince,
  t,
  saveLabel,
}: {
  action: Action;
  countryCode: string;
  countryLabel: string;
  inForceSince: string;
  t: AdminMessages;
  saveLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const { value, errors } = pick(state, { inForceSince });
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" noValidate aria-label={`${t.moratoriumSince}: ${countryLabel}`}>
      <Status state={state} />
      <input type="hidden" name="countryCode" value={countryCode} />
      <PrefixedField
        prefix={`moratorium-${countryCode}`}
        name="inForceSince"
        label={t.moratoriumSince}
        type="date"
        required
        defaultValue={value("inForceSince")}
        error={errors.inForceSince}
      />
      <Button type="submit" disabled={pending} variant="secondary">
        {saveLabel}
      </Button>
    </form>
  );
}

export function ZeroCostJobForm({ action, options, t }: { action: Action; options: { value: string; label: string }[]; t: AdminMessages }) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const { value, errors } = pick(state, {});
  return (
    <form key={formKey(state)} action={formAction} className="space-y-3" noValidate>
      <Status state={state} />
      <SelectField
        label={t.zeroCostJob}
        name="jobSector"
        required
        placeholder={t.chooseOne}
        defaultValue={value("jobSector")}
        error={errors.jobSector}
        options={options}
      />
      <Button type="submit" disabled={pending}>
        {t.addZeroCostJob}
      </Button>
    </form>
  );
}
