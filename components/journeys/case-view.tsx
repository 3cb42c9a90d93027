import Link from "next/link";
import { ActionForm, FormSelect, FormText, FormTextArea, SubmitButton } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { CaseAgency, CaseOutcome } from "@/lib/platform/db/generated/enums";
import type { FormState } from "@/lib/platform/forms";
import { fill, formatDateTime, formatDay, type Locale } from "@/lib/platform/i18n/locale";
import { journeyLabel, journeyMessages } from "@/lib/platform/i18n/messages/journey";
import type { CaseDetail } from "@/lib/journeys/queries";
import { dayString, timeZoneOfVillage } from "@/lib/candidates/dates";

// One case, as the village and the office both see it: what happened, the referrals, the follow-ups and the
// forms of whoever may work on it (each bound by its workspace to its own actions).

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function CaseView({
  locale,
  detail,
  candidatePath,
  saved,
  referAction,
  followUpAction,
  completeAction,
  closeAction,
}: {
  locale: Locale;
  detail: CaseDetail;
  candidatePath: string;
  saved: boolean;
  referAction: Action;
  followUpAction: Action;
  completeAction: (followUpId: string) => Action;
  closeAction: Action;
}) {
  const t = journeyMessages(locale);
  const today = dayString(detail.today);
  const zone = timeZoneOfVillage(detail.villageCode);
  const agencies = Object.values(CaseAgency).map((value) => ({ value, label: journeyLabel(locale, "caseAgency", value) }));
  const outcomes = Object.values(CaseOutcome).map((value) => ({ value, label: journeyLabel(locale, "caseOutcome", value) }));
  return (
    <div className="space-y-6">
      {saved ? <Alert tone="success" title={t["journey.saved"]} /> : null}
      <div>
        <h1 className="text-2xl font-bold">{fill(t["case.title"], { type: journeyLabel(locale, "caseType", detail.type) })}</h1>
        <p className="text-slate-700">
          {journeyLabel(locale, "caseStatus", detail.status)} · {journeyLabel(locale, "caseUrgency", detail.urgency)} ·{" "}
          {journeyLabel(locale, "caseSource", detail.source)} · {fill(t["cases.age"], { days: detail.ageDays })}
        </p>
      </div>
      <dl className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white px-4">
        <div className="py-2">
          <dt className="text-sm text-slate-700">{t["case.worker"]}</dt>
          <dd className="font-medium">
            <Link href={`${candidatePath}/${detail.candidate.id}`} className="text-brand-700 underline">
              {detail.candidate.name}
            </Link>{" "}
            <span className="font-mono text-sm">{detail.candidate.nikMasked}</span> · {detail.villageName} · {journeyLabel(locale, "stage", detail.candidate.journeyStage)}
          </dd>
        </div>
        <div className="py-2">
          <dt className="text-sm text-slate-700">{fill(t["case.openedBy"], { date: formatDay(locale, detail.openedOn), name: detail.openedByName ?? "—" })}</dt>
          <dd className="whitespace-pre-line">{detail.description}</dd>
        </div>
        {detail.status === "CLOSED" && detail.closedOn && detail.outcome ? (
          <div className="py-2">
            <dt className="text-sm text-slate-700">{fill(t["case.closedOn"], { date: formatDay(locale, detail.closedOn), outcome: journeyLabel(locale, "caseOutcome", detail.outcome) })}</dt>
            <dd className="whitespace-pre-line">{detail.outcomeNote ?? "—"}</dd>
          </div>
        ) : null}
      </dl>

      <section aria-labelledby="referrals" className="space-y-3">
        <h2 id="referrals" className="text-lg font-semibold">{t["case.referrals"]}</h2>
        {detail.referrals.length === 0 ? (
          <p className="text-slate-700">{t["case.noReferrals"]}</p>
        ) : (
          <ol className="space-y-2">
            {detail.referrals.map((r) => (
              <li key={r.id} className="rounded-md border border-slate-300 bg-white p-3">
                <p className="font-semibold">{fill(t["cases.referredTo"], { agency: journeyLabel(locale, "caseAgency", r.agency), date: formatDay(locale, r.referredOn) })}</p>
                <p className="text-sm">{r.contactPerson}</p>
                <p className="text-sm whitespace-pre-line">{r.request}</p>
                {r.byName ? <p className="text-xs text-slate-600">{fill(t["case.referredBy"], { name: r.byName })}</p> : null}
              </li>
            ))}
          </ol>
        )}
        {detail.mayManage ? (
          <ActionForm action={referAction} className="space-y-4 rounded-md border border-slate-300 bg-white p-4">
            <h3 className="font-semibold">{t["case.refer"]}</h3>
            <FormSelect name="agency" label={t["field.agency"]} placeholder={t["field.choose"]} options={agencies} required />
            <FormText name="referredOn" type="date" label={t["field.referredOn"]} defaultValue={today} max={today} required />
            <FormText name="contactPerson" label={t["field.contactPerson"]} required />
            <FormTextArea name="request" label={t["field.request"]} rows={2} required />
            <SubmitButton pending={t["journey.saving"]}>{t["case.refer"]}</SubmitButton>
          </ActionForm>
        ) : null}
      </section>

      <section aria-labelledby="followups" className="space-y-3">
        <h2 id="followups" className="text-lg font-semibold">{t["case.followUps"]}</h2>
        {detail.followUps.length === 0 ? (
          <p className="text-slate-700">{t["case.noFollowUps"]}</p>
        ) : (
          <ul className="space-y-2">
            {detail.followUps.map((f) => (
              <li key={f.id} className="rounded-md border border-slate-300 bg-white p-3">
                <p className={f.overdue ? "font-semibold text-red-800" : "font-semibold"}>
                  {formatDay(locale, f.dueOn)} {f.overdue ? `(${t["cases.overdue"]})` : ""}
                </p>
                <p className="text-sm whitespace-pre-line">{f.action}</p>
                {f.doneAt ? (
                  <p className="text-sm text-green-900">
                    ✓ {t["case.done"]} {formatDateTime(locale, f.doneAt, zone)}
                  </p>
                ) : detail.mayManage ? (
                  <ActionForm action={completeAction(f.id)} className="mt-2">
                    <SubmitButton variant="secondary" pending={t["journey.saving"]}>
                      {t["case.markDone"]}
                    </SubmitButton>
                  </ActionForm>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {detail.mayManage ? (
          <ActionForm action={followUpAction} className="space-y-4 rounded-md border border-slate-300 bg-white p-4">
            <h3 className="font-semibold">{t["case.addFollowUp"]}</h3>
            <FormText name="dueOn" type="date" label={t["field.dueOn"]} min={dayString(detail.openedOn)} required />
            <FormTextArea name="action" label={t["field.action"]} rows={2} required />
            <SubmitButton pending={t["journey.saving"]}>{t["case.addFollowUp"]}</SubmitButton>
          </ActionForm>
        ) : null}
      </section>

      {detail.mayManage ? (
        <section aria-labelledby="close" className="space-y-3">
          <h2 id="close" className="text-lg font-semibold">{t["case.close"]}</h2>
          <ActionForm action={closeAction} className="space-y-4 rounded-md border border-slate-300 bg-white p-4">
            <FormText name="closedOn" type="date" label={t["field.closedOn"]} defaultValue={today} max={today} required />
            <FormSelect name="outcome" label={t["field.caseOutcome"]} placeholder={t["field.choose"]} options={outcomes} required />
            <FormTextArea name="outcomeNote" label={t["field.outcomeNote"]} rows={2} />
            <SubmitButton variant="danger" pending={t["journey.saving"]}>{t["case.close"]}</SubmitButton>
          </ActionForm>
        </section>
      ) : null}
    </div>
  );
}
