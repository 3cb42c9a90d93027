import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// Labelled form controls with their error tied to the input (aria-invalid, aria-describedby), so a screen
// reader announces what is wrong with which field.

const control =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

type Common = { label: ReactNode; name: string; error?: string; hint?: ReactNode; required?: boolean };

function Frame({ label, name, error, hint, required, children }: Common & { children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
        {required ? <span aria-hidden="true" className="text-red-700"> *</span> : null}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(name: string, error?: string, hint?: ReactNode) {
  return [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function TextField({
  label,
  name,
  error,
  hint,
  required,
  ...props
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name">) {
  return (
    <Frame label={label} name={name} error={error} hint={hint} required={required}>
      <input
        id={name}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, error, hint)}
        className={control}
        {...props}
      />
    </Frame>
  );
}

export function TextAreaField({
  label,
  name,
  error,
  hint,
  required,
  ...props
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  return (
    <Frame label={label} name={name} error={error} hint={hint} required={required}>
      <textarea
        id={name}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, error, hint)}
        className={control}
        rows={4}
        {...props}
      />
    </Frame>
  );
}

export function SelectField({
  label,
  name,
  error,
  hint,
  required,
  options,
  placeholder,
  ...props
}: Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & {
    options: { value: string; label: string }[];
    placeholder?: string;
  }) {
  return (
    <Frame label={label} name={name} error={error} hint={hint} required={required}>
      <select
        id={name}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, error, hint)}
        className={control}
        {...props}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** A group of checkboxes or radios under one legend. */
export function ChoiceGroup({
  legend,
  name,
  type = "checkbox",
  options,
  selected = [],
  error,
  hint,
}: {
  legend: ReactNode;
  name: string;
  type?: "checkbox" | "radio";
  options: { value: string; label: ReactNode }[];
  selected?: string[];
  error?: string;
  hint?: ReactNode;
}) {
  return (
    <fieldset className="space-y-2" aria-describedby={describedBy(name, error, hint)}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-start gap-2 rounded-md border border-slate-300 bg-white p-2">
            <input
              type={type}
              name={name}
              value={o.value}
              defaultChecked={selected.includes(o.value)}
              className="mt-1 h-5 w-5 accent-brand-600"
            />
            <span className="text-sm">{o.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
