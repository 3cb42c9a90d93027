import type { Metadata } from "next";
import { FeeForm, MoratoriumDateForm, MoratoriumForm, ZeroCostJobForm } from "@/components/admin/reference-forms";
import { JobSector } from "@/lib/platform/db/generated/enums";
import { villageText } from "@/lib/platform/i18n/messages/village";
import { Button } from "@/components/ui/button";
import { requireAdminActor } from "../require-admin";
import { listFeesForEditing, listMoratoriumForEditing, listZeroCostJobsForEditing } from "@/lib/reference-data/queries";
import { countryName, countryOptions } from "@/lib/reference-data/countries";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { adminMessages } from "@/lib/platform/i18n/messages/admin";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import {
  addMoratoriumCountryAction,
  addZeroCostJobAction,
  deleteFeeAction,
  removeMoratoriumCountryAction,
  removeZeroCostJobAction,
  saveFeeAction,
  setMoratoriumDateAction,
  updateNoContactDaysAction,
} from "./actions";
import { ActionForm, FormText, SubmitButton } from "@/components/forms/action-form";
import { getNoContactDays } from "@/lib/journeys/queries";
import { journeyMessages } from "@/lib/platform/i18n/messages/journey";

export const metadata: Metadata = { title: "Data referensi" };

export default async function ReferenceDataPage() {
  const actor = await requireAdminActor("referenceData:manage");
  const locale = await getRequestLocale();
  const t = adminMessages(locale);
  const [fees, moratorium, zeroCostJobs, noContactDays] = await Promise.all([
    listFeesForEditing(actor),
    listMoratoriumForEditing(actor),
    listZeroCostJobsForEditing(actor),
    getNoContactDays(),
  ]);
  const j = journeyMessages(locale);
  const listed = new Set(moratorium.map((m) => m.countryCode));
  const zeroCost = new Set<string>(zeroCostJobs.map((j) => j.jobSector));
  const jobLabel = (job: string) => villageText(locale, `jobSector.${job}`);
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold">{t.referenceTitle}</h1>
      <section aria-labelledby="fees" className="space-y-4">
        <div>
          <h2 id="fees" className="text-xl font-semibold">
            {t.feesTitle}
          </h2>
          <p className="text-sm text-slate-700">{t.feesHint}</p>
        </div>
        <ul className="space-y-4">
          {fees.map((fee) => (
            <li key={fee.code} className="space-y-2 rounded-md border border-slate-300 bg-white p-4">
              <p className="font-mono text-sm font-semibold">{fee.code}</p>
              <FeeForm
                action={saveFeeAction}
                fee={{ code: fee.code, labelId: fee.labelId, labelEn: fee.labelEn, amount: String(fee.amount), sortOrder: String(fee.sortOrder) }}
                t={t}
                saveLabel={commonMessages(locale).save}
              />
              <form action={deleteFeeAction}>
                <input type="hidden" name="key" value={fee.code} />
                <Button type="submit" variant="ghost">
                  {t.deleteFee} {fee.code}
                </Button>
              </form>
            </li>
          ))}
        </ul>
        <div className="rounded-md border border-dashed border-slate-400 p-4">
          <h3 className="mb-2 font-semibold">{t.addFee}</h3>
          <FeeForm action={saveFeeAction} t={t} saveLabel={commonMessages(locale).save} />
        </div>
      </section>

      <section aria-labelledby="moratorium" className="space-y-4">
        <div>
          <h2 id="moratorium" className="text-xl font-semibold">
            {t.moratoriumTitle}
          </h2>
          <p className="text-sm text-slate-700">{t.moratoriumHint}</p>
        </div>
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white">
          {moratorium.map((m) => (
            <li key={m.countryCode} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <span>
                <strong>{countryName(m.countryCode, locale)}</strong> ({m.countryCode})
                {m.note ? <span className="block text-sm text-slate-700">{m.note}</span> : null}
              </span>
              <MoratoriumDateForm
                action={setMoratoriumDateAction}
                countryCode={m.countryCode}
                countryLabel={countryName(m.countryCode, locale)}
                inForceSince={m.inForceSince.toISOString().slice(0, 10)}
                t={t}
                saveLabel={commonMessages(locale).save}
              />
              <form action={removeMoratoriumCountryAction}>
                <input type="hidden" name="key" value={m.countryCode} />
                <Button type="submit" variant="ghost">
                  {t.removeCountry} {countryName(m.countryCode, locale)}
                </Button>
              </form>
            </li>
          ))}
        </ul>
        <MoratoriumForm action={addMoratoriumCountryAction} options={countryOptions(locale).filter((o) => !listed.has(o.value))} t={t} />
      </section>

      <section aria-labelledby="no-contact" className="space-y-4">
        <div>
          <h2 id="no-contact" className="text-xl font-semibold">
            {j["setting.noContactTitle"]}
          </h2>
          <p className="text-sm text-slate-700">{j["setting.noContactHint"]}</p>
        </div>
        <ActionForm action={updateNoContactDaysAction} className="space-y-3 rounded-md border border-slate-300 bg-white p-4">
          <FormText name="days" type="number" inputMode="numeric" min={7} max={365} label={j["setting.noContactDays"]} defaultValue={String(noContactDays)} required />
          <SubmitButton pending={j["journey.saving"]}>{j["setting.save"]}</SubmitButton>
        </ActionForm>
      </section>
      <section aria-labelledby="zero-cost" className="space-y-4">
        <div>
          <h2 id="zero-cost" className="text-xl font-semibold">
            {t.zeroCostTitle}
          </h2>
          <p className="text-sm text-slate-700">{t.zeroCostHint}</p>
        </div>
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white">
          {zeroCostJobs.map((job) => (
            <li key={job.jobSector} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <strong>{jobLabel(job.jobSector)}</strong>
              <form action={removeZeroCostJobAction}>
                <input type="hidden" name="jobSector" value={job.jobSector} />
                <Button type="submit" variant="ghost">
                  {t.removeZeroCostJob} {jobLabel(job.jobSector)}
                </Button>
              </form>
            </li>
          ))}
        </ul>
        <ZeroCostJobForm
          action={addZeroCostJobAction}
          options={Object.values(JobSector)
            .filter((job) => !zeroCost.has(job))
            .map((job) => ({ value: job, label: jobLabel(job) }))}
          t={t}
        />
      </section>
    </div>
  );
}
