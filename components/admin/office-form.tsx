"use client";

import { formKey } from "./form-key";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup, SelectField, TextField } from "@/components/ui/field";
import { idleFormState, type FormState } from "@/lib/platform/forms";
import { OFFICE_CLASSES, OFFICE_TIME_ZONES } from "@/lib/offices/schema";
import type { AdminMessages } from "@/lib/platform/i18n/messages/admin";

export type OfficeFormValues = Record<string, string | string[]>;
type Province = { code: string; name: string; regencies: { code: string; name: string; officeId: string | null; officeName: string | null }[] };

const asList = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Create or edit an office and its working area; works as a plain form without JavaScript. */
export function OfficeForm({
  action,
  initial,
  officeId,
  provinces,
  t,
  saveLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: OfficeFormValues;
  officeId: string | null;
  provinces: Province[];
  t: AdminMessages;
  saveLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const values = state.status === "error" ? state.values : initial;
  const errors = state.status === "error" ? state.fieldErrors : {};
  const value = (name: string) => {
    const v = values[name];
    return Array.isArray(v) ? v[0] : (v ?? "");
  };
  const chosen = new Set(asList(values.regencyCodes));
  const moves = Object.entries(errors).filter(([key]) => key.startsWith("move:"));
  const tz = t as unknown as Record<string, string>;

  return (
    <form key={formKey(state)} action={formAction} className="space-y-6" noValidate>
      {state.status === "error" ? <Alert tone="error" title={state.message} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t.officeName} name="name" required defaultValue={value("name")} error={errors.name} />
        <TextField label={t.officeSlug} name="slug" required defaultValue={value("slug")} error={errors.slug} hint={t.officeSlugHint} />
        <SelectField
          label={t.officeClass}
          name="officeClass"
          required
          defaultValue={value("officeClass")}
          error={errors.officeClass}
          placeholder={t.chooseOne}
          options={OFFICE_CLASSES.map((c) => ({ value: c, label: t[`class${c}`] }))}
        />
        <SelectField
          label={t.timeZone}
          name="timeZone"
          required
          defaultValue={value("timeZone")}
          error={errors.timeZone}
          options={OFFICE_TIME_ZONES.map((z) => ({ value: z, label: tz[`tz${z}`] }))}
        />
        <TextField label={t.address} name="address" required defaultValue={value("address")} error={errors.address} />
        <SelectField
          label={t.regionalProvince}
          name="regionalProvinceCode"
          required
          defaultValue={value("regionalProvinceCode")}
          error={errors.regionalProvinceCode}
          placeholder={t.chooseOne}
          options={provinces.map((p) => ({ value: p.code, label: p.name }))}
        />
        <TextField label={t.phone} name="phone" type="tel" required defaultValue={value("phone")} error={errors.phone} />
        <TextField label={t.email} name="email" type="email" required defaultValue={value("email")} error={errors.email} />
        <TextField label={t.website} name="website" type="url" defaultValue={value("website")} error={errors.website} />
      </div>
      <ChoiceGroup
        legend={t.requiresDisnaker}
        name="requiresDisnakerRecommendation"
        options={[{ value: "on", label: t.requiresDisnaker }]}
        selected={value("requiresDisnakerRecommendation") === "on" ? ["on"] : []}
        hint={t.requiresDisnakerHint}
      />

      <fieldset className="space-y-2" aria-describedby="regencyCodes-hint">
        <legend className="text-sm font-medium text-slate-800">{t.workingArea}</legend>
        <p id="regencyCodes-hint" className="text-sm text-slate-600">
          {t.workingAreaHint}
        </p>
        {moves.length ? (
          <div role="alert" className="space-y-2 rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-900">
            <p className="font-semibold">{errors.regencyCodes}</p>
            <p className="text-sm">{t.conflictBody}</p>
            {moves.map(([key, label]) => (
              <label key={key} className="flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" name="confirmMoves" value={key.slice(5)} className="h-5 w-5 accent-brand-600" />
                {label}
              </label>
            ))}
          </div>
        ) : errors.regencyCodes ? (
          <p className="text-sm font-medium text-red-700">{errors.regencyCodes}</p>
        ) : null}
        {provinces.map((p) => {
          const count = p.regencies.filter((r) => chosen.has(r.code)).length;
          return (
            <details key={p.code} open={count > 0} className="rounded-md border border-slate-300 bg-white">
              <summary className="min-h-11 cursor-pointer px-3 py-2 font-medium">
                {p.name} {count ? `(${count})` : ""}
              </summary>
              <div className="grid gap-1 p-2 sm:grid-cols-2">
                {p.regencies.map((r) => (
                  <label key={r.code} className="flex min-h-11 items-start gap-2 rounded p-1 text-sm">
                    <input
                      type="checkbox"
                      name="regencyCodes"
                      value={r.code}
                      defaultChecked={chosen.has(r.code)}
                      className="mt-1 h-5 w-5 accent-brand-600"
                    />
                    <span>
                      {r.name}
                      {r.officeId && r.officeId !== officeId ? (
                        <span className="block text-xs text-slate-700">{t.heldBy.replace("{office}", r.officeName ?? "")}</span>
                      ) : null}
                    </span>
                  </label>
                ))}
              </div>
            </details>
          );
        })}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {saveLabel}
      </Button>
    </form>
  );
}
