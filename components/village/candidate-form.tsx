"use client";

import { useActionState } from "react";
import { ChoiceGroup, SelectField, TextField } from "@/components/ui/field";
import {
  ConsentMethod,
  Education,
  EmployerType,
  FeeArrangement,
  JobSector,
  PlacementChannel,
  PlannedVisa,
  RecruitmentSource,
  Sex,
} from "@/lib/platform/db/generated/enums";
import { registerCandidateSchema, updateCandidateSchema } from "@/lib/candidates/schema";
import { idleFormState, type FormState, type FormValues } from "@/lib/platform/forms";
import { fill, type Locale } from "@/lib/platform/i18n/locale";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { villageMessages, villageText } from "@/lib/platform/i18n/messages/village";
import { catalogText } from "@/lib/platform/i18n/catalog";
import { Checkboxes, FormError, SubmitButton, errorOf, one, shownValues, useFormKey, useClientValidation } from "./form-bits";

const DOCUMENTS = [
  "hasMaritalStatusLetter",
  "hasFamilyConsent",
  "hasCompetenceCertificate",
  "hasHealthCertificate",
  "hasSocialSecurity",
  "hasWorkVisa",
  "hasPlacementAgreement",
  "hasEmploymentContract",
] as const;

/** The legal channels first (UU 18/2017 Pasal 49, 61; SPSK), then those that need a check. */
const CHANNEL_ORDER = ["G2G", "P3MI", "COMPANY_OWN_WORKERS", "SPSK", "MANDIRI", "UNKNOWN"] as const satisfies readonly PlacementChannel[];
const JOB_ORDER: string[] = [...Object.values(JobSector).filter((job) => job !== "OTHER"), "OTHER"];

/** Registering or editing a CPMI. Works as a plain form without JavaScript; keeps what was typed on errors. */
export function CandidateForm({
  locale,
  action,
  initialValues,
  mode,
  nikMasked,
  countries,
  retentionNotice,
}: {
  locale: Locale;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: FormValues;
  mode: "create" | "edit";
  nikMasked?: string;
  countries: { value: string; label: string }[];
  /** UU PDP: how long the record is kept, with the periods in force (lib/privacy/retention.ts). */
  retentionNotice?: string;
}) {
  const [serverState, formAction] = useActionState(action, idleFormState);
  const formKey = useFormKey(serverState);
  const { clientState, onSubmit } = useClientValidation(
    () => (mode === "create" ? registerCandidateSchema() : updateCandidateSchema()),
    (key) => catalogText(locale, key),
    commonMessages(locale).fixErrors,
  );
  const state = clientState ?? serverState;
  const t = villageMessages(locale);
  const c = commonMessages(locale);
  const values = shownValues(serverState, initialValues);
  const options = (prefix: string, enumeration: Record<string, string> | readonly string[]) =>
    Object.values(enumeration).map((value) => ({ value, label: villageText(locale, `${prefix}.${value}`) }));
  const text = (name: string, label: string, props: Record<string, unknown> = {}) => (
    <TextField name={name} label={label} defaultValue={one(values, name)} error={errorOf(state, name)} {...props} />
  );
  const select = (name: string, label: string, opts: { value: string; label: string }[], required = true) => (
    <SelectField
      name={name}
      label={label}
      options={opts}
      placeholder={t["field.select"]}
      defaultValue={one(values, name)}
      error={errorOf(state, name)}
      required={required}
    />
  );

  return (
    <form key={formKey} action={formAction} onSubmit={onSubmit} className="space-y-8" noValidate>
      <FormError state={state} />
      {mode === "edit" ? <input type="hidden" name="version" value={one(values, "version")} /> : null}
      {mode === "create" ? <input type="hidden" name="idempotencyKey" value={one(values, "idempotencyKey")} /> : null}

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t["section.identity"]}</legend>
        {text("nik", t["field.nik"], {
          inputMode: "numeric",
          autoComplete: "off",
          required: mode === "create",
          hint: mode === "edit" && nikMasked ? fill(t["field.nikEditHint"], { masked: nikMasked }) : undefined,
        })}
        {text("name", t["field.name"], { required: true, autoComplete: "off" })}
        <div className="grid gap-4 sm:grid-cols-2">
          {select("sex", t["field.sex"], options("sex", Sex))}
          {text("birthDate", t["field.birthDate"], { type: "date", required: true })}
        </div>
        {text("phone", t["field.phone"], { type: "tel", inputMode: "tel", hint: t["field.phoneHint"] })}
        {select("education", t["field.education"], options("education", Education))}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t["section.address"]}</legend>
        {text("hamlet", t["field.hamlet"])}
        <div className="grid grid-cols-2 gap-4">
          {text("rt", t["field.rt"], { inputMode: "numeric", maxLength: 3 })}
          {text("rw", t["field.rw"], { inputMode: "numeric", maxLength: 3 })}
        </div>
        {text("addressLine", t["field.addressLine"])}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t["section.plan"]}</legend>
        {select("destinationCountry", t["field.destinationCountry"], countries)}
        {select("jobSector", t["field.jobSector"], options("jobSector", JOB_ORDER))}
        {select("placementChannel", t["field.placementChannel"], options("placementChannel", CHANNEL_ORDER))}
        {text("agencyName", t["field.agencyName"])}
        {select("employerType", t["field.employerType"], options("employerType", EmployerType), false)}
        {select("plannedVisa", t["field.plannedVisa"], options("plannedVisa", PlannedVisa))}
        {text("plannedDeparture", t["field.plannedDeparture"], { type: "date" })}
        <Checkboxes
          legend={t["field.documents"]}
          items={DOCUMENTS.map((d) => ({ name: d, label: t[`field.${d}`] }))}
          values={values}
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t["section.signs"]}</legend>
        {select("recruitmentSource", t["field.recruitmentSource"], options("recruitmentSource", RecruitmentSource))}
        {select("feeArrangement", t["field.feeArrangement"], options("feeArrangement", FeeArrangement))}
        <Checkboxes
          legend={t["section.signs"]}
          items={[
            { name: "heldInShelter", label: t["field.heldInShelter"] },
            { name: "onlineJobOffer", label: t["field.onlineJobOffer"] },
          ]}
          values={values}
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t["section.consent"]}</legend>
        <p className="rounded-md bg-slate-100 p-3 text-sm text-slate-800">{t["consent.basis"]}</p>
        <p className="text-sm text-slate-700">{t["consent.minor"]}</p>
        {retentionNotice ? <p className="text-sm text-slate-700">{retentionNotice}</p> : null}
        <ChoiceGroup
          legend={t["field.consentMethod"]}
          name="consentMethod"
          type="radio"
          options={options("consentMethod", ConsentMethod)}
          selected={[one(values, "consentMethod")]}
          error={errorOf(state, "consentMethod")}
        />
        {text("consentGuardianName", t["field.consentGuardianName"])}
        <Checkboxes
          legend={t["section.consent"]}
          items={[{ name: "consentConfirmed", label: t["field.consentConfirmed"] }]}
          values={values}
          error={errorOf(state, "consentConfirmed")}
          errorId="consentConfirmed"
        />
      </fieldset>

      <SubmitButton label={mode === "create" ? t["new.submit"] : t["edit.submit"]} pendingLabel={c.saving} />
    </form>
  );
}
