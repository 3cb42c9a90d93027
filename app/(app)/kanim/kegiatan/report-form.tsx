import { ActionForm, FormChoices, FormErrorFor, FormText, FormTextArea, SubmitButton } from "@/components/forms/action-form";
import type { EventDetail } from "@/lib/events/queries";
import { PARTICIPANT_GROUPS } from "@/lib/events/schema";
import type { Locale } from "@/lib/platform/i18n/locale";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import { label, options } from "@/lib/platform/i18n/messages/kanim-labels";
import { submitEventReportAction } from "./actions";

/** The activity report: participants by group and sex, stakeholders, topics, summary, follow-ups. */
export function ReportForm({ locale, event }: { locale: Locale; event: EventDetail }) {
  const t = kanimMessages(locale);
  const common = commonMessages(locale);
  const report = event.report;
  const count = (group: string, sex: "male" | "female") =>
    String(report?.participants.find((p) => p.group === group)?.[sex] ?? 0);
  return (
    <ActionForm action={submitEventReportAction} className="space-y-4">
      <input type="hidden" name="eventId" value={event.id} />
      <fieldset>
        <legend className="mb-2 text-sm font-medium">{t.participants}</legend>
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left">
              <th scope="col" className="py-1">{t.group}</th>
              <th scope="col" className="py-1">{t.male}</th>
              <th scope="col" className="py-1">{t.female}</th>
            </tr>
          </thead>
          <tbody>
            {PARTICIPANT_GROUPS.map((group) => (
              <tr key={group}>
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {label(locale, "participantGroup", group)}
                </th>
                <td className="py-1 pr-2">
                  <FormText
                    label={<span className="sr-only">{`${label(locale, "participantGroup", group)} – ${t.male}`}</span>}
                    name={`male.${group}`}
                    type="number"
                    min={0}
                    inputMode="numeric"
                    defaultValue={count(group, "male")}
                  />
                </td>
                <td className="py-1">
                  <FormText
                    label={<span className="sr-only">{`${label(locale, "participantGroup", group)} – ${t.female}`}</span>}
                    name={`female.${group}`}
                    type="number"
                    min={0}
                    inputMode="numeric"
                    defaultValue={count(group, "female")}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <FormErrorFor prefix="participants" />
      </fieldset>
      <FormTextArea label={t.stakeholders} name="stakeholders" required rows={2} defaultValue={report?.stakeholders} />
      <FormChoices legend={t.topics} name="topics" options={options(locale, "topic")} selected={report?.topics ?? []} />
      <FormTextArea label={t.summary} name="summary" required rows={5} defaultValue={report?.summary} />
      <FormTextArea label={t.followUps} name="followUps" rows={3} defaultValue={report?.followUps ?? ""} />
      <SubmitButton pending={common.saving}>{t.saveReport}</SubmitButton>
    </ActionForm>
  );
}
