import Link from "next/link";
import { ActionForm, FormChoices, FormSelect, FormText, FormTextArea, SubmitButton } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import {
  CaseSource,
  CaseType,
  CaseUrgency,
  ContactMethod,
  ContactOutcome,
  JobSector,
  PlacementChannel,
  PreventionReason,
  ReturnReason,
  type JourneyStage,
} from "@/lib/platform/db/generated/enums";
import type { FormState } from "@/lib/platform/forms";
import { fill, formatDay, type Locale } from "@/lib/platform/i18n/locale";
import { journeyLabel, journeyMessages } from "@/lib/platform/i18n/messages/journey";
import { label } from "@/lib/platform/i18n/messages/kanim-labels";
import { villageText } from "@/lib/platform/i18n/messages/village";
import type { Journey } from "@/lib/journeys/queries";
import { DESTINATION_CODES, countryName } from "@/lib/reference-data/countries";

// The journey on a CPMI page: the current stage, the no-contact flag, the cases, and one form at a time
// (chosen by a link, so the page works without JavaScript), with field names no other form of the page uses.

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export type JourneyForm = JourneyStage | "contact" | "case";

export function journeyFormOf(value: string | undefined): JourneyForm | null {
  const forms: JourneyForm[] = ["PREPARING", "DEPARTURE_PREVENTED", "DEPARTED", "RETURNED", "FORMER_WORKER", "contact", "case"];
  return forms.find((f) => f === value) ?? null;
}

export function JourneySection({
  locale,
  journey,
  pagePath,
  casePath,
  open,
  today,
  stageActions,
  contactAction,
  openCaseAction,
}: {
  locale: Locale;
  journey: Journey;
  /** The CPMI page, to which the form links point. */
  pagePath: string;
  /** Where a case's page lives ("/desa/kasus"). */
  casePath: string;
  open: JourneyForm | null;
  today: string;
  stageActions?: Partial<Record<JourneyStage, Action>>;
  contactAction?: Action;
  openCaseAction?: Action;
}) {
  const t = journeyMessages(locale);
  const options = (group: string, values: Record<string, string>) =>
    Object.values(values).map((value) => ({ value, label: journeyLabel(locale, group, value) }));
  const forms: { form: JourneyForm; text: string }[] = [
    ...journey.next.filter((stage) => stageActions?.[stage]).map((stage) => ({ form: stage as JourneyForm, text: t[`journey.form.${stage}`] })),
    ...(journey.mayRecordContact && contactAction ? [{ form: "contact" as const, text: t["journey.form.contact"] }] : []),
    ...(journey.mayOpenCase && openCaseAction ? [{ form: "case" as const, text: t["journey.form.case"] }] : []),
  ];
  const stageAction = open && open !== "contact" && open !== "case" && journey.next.includes(open) ? stageActions?.[open] : undefined;

  return (
    <section id="perjalanan" aria-labelledby="journey" className="space-y-3">
      <h2 id="journey" className="text-lg font-semibold">{t["journey.title"]}</h2>
      <p>
        <strong>{fill(t["journey.current"], { stage: journeyLabel(locale, "stage", journey.stage) })}</strong>
        {journey.stageOn ? ` ${fill(t["journey.since"], { date: formatDay(locale, journey.stageOn) })}` : ""}
      </p>
      {journey.stage === "DEPARTED" && journey.lastContactOn ? <p className="text-sm">{fill(t["journey.lastContact"], { date: formatDay(locale, journey.lastContactOn) })}</p> : null}
      {journey.noContact ? <Alert tone="warning" title={fill(t["journey.noContactFlag"], { days: journey.noContactDays })} /> : null}
      <p className="text-sm text-slate-700">{t["journey.monitoringSource"]}</p>

      {journey.cases.length ? (
        <ul className="space-y-2">
          {journey.cases.map((c) => (
            <li key={c.id} className="rounded-md border border-slate-300 bg-white p-3">
              <Link href={`${casePath}/${c.id}`} className="font-semibold text-brand-700 underline">
                {journeyLabel(locale, "caseType", c.type)}
              </Link>{" "}
              · {journeyLabel(locale, "caseStatus", c.status)} · {journeyLabel(locale, "caseUrgency", c.urgency)} · {formatDay(locale, c.openedOn)}
            </li>
          ))}
        </ul>
      ) : null}

      {forms.length ? (
        <ul className="flex flex-wrap gap-2">
          {forms.map((f) => (
            <li key={f.form}>
              <Link href={`${pagePath}?form=${f.form}#perjalanan`} className={buttonClass(f.form === open ? "primary" : "secondary")} aria-current={f.form === open ? "true" : undefined}>
                {f.text}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}

      {stageAction && open && open !== "contact" && open !== "case" ? (
        <ActionForm action={stageAction} className="space-y-4 rounded-md border border-slate-300 bg-white p-4">
          <h3 className="font-semibold">{t[`journey.form.${open}`]}</h3>
          <FormText name="stageOn" type="date" label={t["field.effectiveOn"]} defaultValue={today} max={today} required />
          {open === "DEPARTURE_PREVENTED" ? (
            <FormSelect name="preventionReason" label={t["field.preventionReason"]} placeholder={t["field.choose"]} options={options("preventionReason", PreventionReason)} required />
          ) : null}
          {open === "DEPARTED" ? (
            <>
              <FormSelect
                name="channel"
                label={t["field.channel"]}
                placeholder={t["field.choose"]}
                options={Object.values(PlacementChannel).map((value) => ({ value, label: label(locale, "placementChannel", value) }))}
                hint={t["journey.legalSource"]}
                required
              />
              <FormSelect
                name="destinationCountry"
                label={t["field.destinationCountry"]}
                placeholder={t["field.choose"]}
                options={DESTINATION_CODES.map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) => a.label.localeCompare(b.label))}
                required
              />
              <FormSelect
                name="jobSector"
                label={t["field.jobSector"]}
                placeholder={t["field.choose"]}
                options={Object.values(JobSector).map((value) => ({ value, label: villageText(locale, `jobSector.${value}`) }))}
                required
              />
              <FormText name="agencyName" label={t["field.agencyName"]} />
              <FormText name="employer" label={t["field.employer"]} hint={t["field.personalHint"]} autoComplete="off" />
              <FormText name="contractMonths" type="number" inputMode="numeric" min={1} max={120} label={t["field.contractMonths"]} />
              <FormText name="contactAbroad" label={t["field.contactAbroad"]} hint={t["field.personalHint"]} autoComplete="off" />
            </>
          ) : null}
          {open === "RETURNED" ? (
            <>
              <FormSelect name="returnReason" label={t["field.returnReason"]} placeholder={t["field.choose"]} options={options("returnReason", ReturnReason)} required />
              <FormChoices
                type="radio"
                name="plansToLeaveAgain"
                legend={t["field.plansToLeaveAgain"]}
                options={[
                  { value: "yes", label: t["field.yes"] },
                  { value: "no", label: t["field.no"] },
                ]}
              />
            </>
          ) : null}
          <FormTextArea name="stageNote" label={t["field.note"]} rows={2} />
          <SubmitButton pending={t["journey.saving"]}>{t[`journey.form.${open}`]}</SubmitButton>
        </ActionForm>
      ) : null}

      {open === "contact" && journey.mayRecordContact && contactAction ? (
        <ActionForm action={contactAction} className="space-y-4 rounded-md border border-slate-300 bg-white p-4">
          <h3 className="font-semibold">{t["journey.form.contact"]}</h3>
          <FormText name="contactedOn" type="date" label={t["field.contactedOn"]} defaultValue={today} max={today} required />
          <FormSelect name="method" label={t["field.method"]} placeholder={t["field.choose"]} options={options("contactMethod", ContactMethod)} required />
          <FormChoices name="withFamily" legend={t["field.withFamily"]} options={[{ value: "on", label: t["field.yes"] }]} />
          <FormChoices type="radio" name="outcome" legend={t["field.outcome"]} options={options("contactOutcome", ContactOutcome)} />
          <FormTextArea name="contactNote" label={t["field.note"]} rows={2} />
          <SubmitButton pending={t["journey.saving"]}>{t["journey.form.contact"]}</SubmitButton>
        </ActionForm>
      ) : null}

      {open === "case" && journey.mayOpenCase && openCaseAction ? (
        <ActionForm action={openCaseAction} className="space-y-4 rounded-md border border-slate-300 bg-white p-4">
          <h3 className="font-semibold">{t["journey.form.case"]}</h3>
          <FormText name="openedOn" type="date" label={t["field.openedOn"]} defaultValue={today} max={today} required />
          <FormSelect name="type" label={t["field.type"]} placeholder={t["field.choose"]} options={options("caseType", CaseType)} required />
          <FormSelect name="source" label={t["field.source"]} placeholder={t["field.choose"]} options={options("caseSource", CaseSource)} required />
          <FormSelect name="urgency" label={t["field.urgency"]} placeholder={t["field.choose"]} options={options("caseUrgency", CaseUrgency)} required />
          <FormTextArea name="description" label={t["field.description"]} rows={3} required />
          <SubmitButton pending={t["journey.saving"]}>{t["journey.form.case"]}</SubmitButton>
        </ActionForm>
      ) : null}
    </section>
  );
}
