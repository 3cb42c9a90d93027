import type { PublicPage } from "@/components/public/public-page";
import { PublicShell } from "@/components/public/public-shell";
import { ChoiceGroup, SelectField, TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { buildChecklist, isElectronicOnly, type Checklist } from "@/lib/checklist/rules";
import {
  APPLICATIONS,
  checklistInput,
  firstValue,
  MARRIED,
  PASSPORT_TYPES,
  PURPOSES,
  type RawQuery,
} from "@/lib/checklist/schema";
import { todayIn } from "@/lib/candidates/dates";
import { Hotlines } from "@/components/public/hotlines";
import { listOfficesForChecklist } from "@/lib/calendar/queries";
import { getGuideData } from "@/lib/guides/queries";
import type { GuideData } from "@/lib/guides/markdown";
import { fill, formatDay, formatRupiah, type Locale } from "@/lib/platform/i18n/locale";
import { publicMessages, type PublicMessages } from "@/lib/platform/i18n/messages/public";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { countryName } from "@/lib/reference-data/countries";
import { env } from "@/lib/platform/env";
import { localePath } from "@/lib/public/seo";

const FIELDS = ["purpose", "application", "age", "married", "type", "office"] as const;

export async function checklistPage({ locale, query }: { locale: Locale; query: RawQuery }): Promise<PublicPage> {
  const t = publicMessages(locale);
  const values = Object.fromEntries(FIELDS.map((f) => [f, firstValue(query[f])])) as Record<
    (typeof FIELDS)[number],
    string | undefined
  >;
  const answered = FIELDS.some((f) => values[f] !== undefined);

  const offices = await listOfficesForChecklist();
  const parsed = answered ? checklistInput.safeParse(values) : null;
  const errors: Record<string, string> = {};
  if (parsed && !parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      errors[field] ??= t[`checklistError_${issue.message}` as keyof PublicMessages] ?? issue.message;
    }
  }
  // The chosen office's settings decide which passport kinds are offered (e-passport only since a date).
  const office = offices.find((o) => o.slug === values.office) ?? null;
  const officeToday = todayIn(office?.timeZone ?? "Asia/Jakarta");
  const electronicOnly = isElectronicOnly(office, officeToday);
  const passportTypes = electronicOnly ? (["ELECTRONIC"] as const) : PASSPORT_TYPES;
  let result: Checklist | null = null;
  let data: GuideData | null = null;
  if (parsed?.success) {
    result = buildChecklist(parsed.data, office, officeToday);
    data = await getGuideData();
  }

  return {
    head: { locale, path: "/cek-dokumen", title: t.checklistTitle, description: t.checklistDescription },
    body: (
      <PublicShell locale={locale} path="/cek-dokumen" section="checklist">
        <h1 className="text-2xl font-bold text-brand-800">{t.checklistTitle}</h1>
        <p className="mt-2 text-slate-700">{t.checklistIntro}</p>

        {Object.keys(errors).length > 0 ? (
          <div className="mt-4">
            <Alert tone="error" title={commonMessages(locale).fixErrors} />
          </div>
        ) : null}

        <form
          method="get"
          action={localePath(locale, "/cek-dokumen")}
          className="mt-4 space-y-5 rounded-lg border border-slate-300 bg-white p-4"
          noValidate
        >
          <ChoiceGroup
            legend={t.qPurpose}
            name="purpose"
            type="radio"
            options={PURPOSES.map((p) => ({ value: p, label: t[`purpose_${p}`] }))}
            selected={values.purpose ? [values.purpose] : []}
            error={errors.purpose}
          />
          <ChoiceGroup
            legend={t.qApplication}
            name="application"
            type="radio"
            options={APPLICATIONS.map((a) => ({ value: a, label: t[`application_${a}`] }))}
            selected={values.application ? [values.application] : []}
            error={errors.application}
          />
          <TextField
            label={t.qAge}
            name="age"
            type="number"
            inputMode="numeric"
            min={0}
            max={120}
            defaultValue={values.age ?? ""}
            error={errors.age}
          />
          <ChoiceGroup
            legend={t.qMarried}
            name="married"
            type="radio"
            options={MARRIED.map((m) => ({ value: m, label: t[`married_${m}`] }))}
            selected={values.married ? [values.married] : []}
            error={errors.married}
          />
          <ChoiceGroup
            legend={t.qType}
            name="type"
            type="radio"
            options={passportTypes.map((p) => ({ value: p, label: t[`type_${p}`] }))}
            selected={electronicOnly ? ["ELECTRONIC"] : values.type ? [values.type] : []}
            error={errors.type}
          />
          {electronicOnly && office?.electronicOnlySince ? (
            <p className="text-sm text-slate-700">
              {fill(t.typeElectronicOnly, { office: office.name, date: formatDay(locale, office.electronicOnlySince) })}
            </p>
          ) : null}
          {offices.length > 0 ? (
            <SelectField
              label={t.qOffice}
              name="office"
              placeholder={t.qOfficeAny}
              defaultValue={values.office ?? ""}
              options={offices.map((o) => ({ value: o.slug, label: o.name }))}
            />
          ) : null}
          <button
            type="submit"
            className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
          >
            {t.checklistSubmit}
          </button>
        </form>

        {result && data ? (
          <ChecklistResult
            t={t}
            locale={locale}
            result={result}
            data={data}
            office={office}
            shareUrl={shareUrl(locale, values)}
          />
        ) : null}
      </PublicShell>
    ),
  };
}

/** The address of this very result: the answers are the query string, so it can be sent as it is. */
function shareUrl(locale: Locale, values: Record<string, string | undefined>): string {
  const query = new URLSearchParams(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return `${env().APP_URL.replace(/\/$/, "")}${localePath(locale, "/cek-dokumen")}?${query}`;
}

function ChecklistResult({
  t,
  locale,
  result,
  data,
  office,
  shareUrl,
}: {
  t: PublicMessages;
  locale: Locale;
  result: Checklist;
  data: GuideData;
  office: { name: string; quotaReleaseNote: string | null } | null;
  shareUrl: string;
}) {
  const fees = result.feeCodes.map((code) => data.fees.find((f) => f.code === code)).filter((f) => f !== undefined);
  const optional = result.optionalFeeCodes
    .map((code) => data.fees.find((f) => f.code === code))
    .filter((f) => f !== undefined);
  const fine = result.fineCode ? data.fees.find((f) => f.code === result.fineCode) : undefined;
  const work = result.procedureSteps.length > 0;
  const walkIn = result.service === "WALK_IN";
  const feeLabel = (f: (typeof fees)[number]) => (locale === "en" ? f.labelEn : f.labelId);
  return (
    <section aria-labelledby="result" className="mt-6 space-y-6">
      <h2 id="result" className="text-xl font-bold text-brand-800" tabIndex={-1}>
        {t.resultTitle}
      </h2>

      <section aria-labelledby="r-docs">
        <h3 id="r-docs" className="text-lg font-semibold">
          {t.resultDocuments}
        </h3>
        <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="checklist-documents">
          {result.documents.map((d) => (
            <li key={d}>{t[`doc_${d}`]}</li>
          ))}
        </ul>
        {result.documentsIfOldDiffers.length > 0 ? (
          <>
            <p className="mt-2 text-sm">{t.resultDocumentsIfOldDiffers}</p>
            <ul className="mt-1 list-disc space-y-1 pl-6 text-sm">
              {result.documentsIfOldDiffers.map((d) => (
                <li key={d}>{t[`doc_${d}`]}</li>
              ))}
            </ul>
          </>
        ) : null}
        {result.disnaker ? (
          <p className="mt-2 rounded-md bg-brand-50 p-3 text-sm">{t[`disnaker_${result.disnaker}`]}</p>
        ) : null}
      </section>

      {result.notes.length > 0 ? (
        <section aria-labelledby="r-notes">
          <h3 id="r-notes" className="text-lg font-semibold">
            {t.resultNotes}
          </h3>
          <ul className="mt-2 space-y-2" data-testid="checklist-notes">
            {result.notes.map((n) => (
              <li key={n} className="rounded-md bg-amber-50 p-3 text-sm text-amber-950">
                {t[`note_${n}`]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="r-fees">
        <h3 id="r-fees" className="text-lg font-semibold">
          {t.resultFees}
        </h3>
        {fees.length === 0 ? (
          <p className="mt-2">{t.resultFeesUnavailable}</p>
        ) : (
          <>
            <ul className="mt-2 space-y-1">
              {fees.map((f) => (
                <li key={f.code} className="flex justify-between gap-4 border-b border-slate-200 py-1">
                  <span>{feeLabel(f)}</span>
                  <span className="font-semibold">{formatRupiah(locale, f.amount)}</span>
                </li>
              ))}
            </ul>
            {fine ? (
              <p className="mt-2 flex justify-between gap-4 border-b border-slate-200 py-1" data-testid="checklist-fine">
                <span>
                  {t.resultFine} {feeLabel(fine)}
                </span>
                <span className="font-semibold">{formatRupiah(locale, fine.amount)}</span>
              </p>
            ) : null}
            {fees.length > 1 ? <p className="mt-2 text-sm text-slate-700">{t.resultFeesChoose}</p> : null}
            {optional.map((f) => (
              <p key={f.code} className="mt-2 text-sm text-slate-700">
                {t.resultFeesOptional} {feeLabel(f)},{" "}
                <span className="font-semibold">{formatRupiah(locale, f.amount)}</span>
              </p>
            ))}
          </>
        )}
      </section>

      <section aria-labelledby="r-steps">
        <h3 id="r-steps" className="text-lg font-semibold">
          {walkIn ? t.resultWalkIn : t.resultSteps}
        </h3>
        <ol className="mt-2 list-decimal space-y-1 pl-6" data-testid="checklist-steps">
          {result.steps.map((s) => (
            <li key={s}>{t[`step_${s}`]}</li>
          ))}
        </ol>
        {!walkIn && office?.quotaReleaseNote ? (
          <p className="mt-2 rounded-md bg-brand-50 p-3 text-sm">
            {fill(t.resultQuotaRelease, { office: office.name, note: office.quotaReleaseNote })}
          </p>
        ) : null}
        <p className="mt-2 text-sm">
          <a
            href={localePath(locale, walkIn ? "/panduan/paspor-hilang-rusak" : "/panduan/m-paspor")}
            className="text-brand-700 underline"
          >
            {t.resultReadGuide}
            {walkIn ? "" : ": M-Paspor"}
          </a>
        </p>
      </section>

      {result.placementDocuments.length > 0 ? (
        <section aria-labelledby="r-placement">
          <h3 id="r-placement" className="text-lg font-semibold">
            {t.resultPlacementDocuments}
          </h3>
          <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="checklist-placement-documents">
            {result.placementDocuments.map((d) => (
              <li key={d}>{t[`doc_${d}`]}</li>
            ))}
          </ul>
          <p className="mt-2 text-sm text-slate-700">{t.pmiDocsNote}</p>
        </section>
      ) : null}

      {work ? (
        <section aria-labelledby="r-proc">
          <h3 id="r-proc" className="text-lg font-semibold">
            {t.resultProcedure}
          </h3>
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            {result.procedureSteps.map((s) => (
              <li key={s}>{t[`proc_${s}`]}</li>
            ))}
          </ol>
          <p className="mt-2 text-sm">
            <a href={localePath(locale, "/panduan/bekerja-ke-luar-negeri")} className="text-brand-700 underline">
              {t.resultReadGuide}
            </a>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="r-warn" className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-950">
        <h3 id="r-warn" className="text-lg font-semibold">
          {work ? t.resultWarnings : t.resultWarningsOther}
        </h3>
        <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="checklist-warnings">
          {result.warnings.map((w) => (
            <li key={w} className={w === "UNDER_AGE_WORK" ? "font-bold" : undefined}>
              {t[`warn_${w}`]}
            </li>
          ))}
        </ul>
        {work && data.moratorium.length > 0 ? (
          <details className="mt-3">
            <summary className="cursor-pointer font-semibold">{t.resultMoratorium}</summary>
            <p className="mt-1 text-sm">
              {data.moratorium
                .map((c) => countryName(c, locale))
                .sort((a, b) => a.localeCompare(b, locale))
                .join(", ")}
            </p>
          </details>
        ) : null}
        {work ? (
          <p className="mt-3 text-sm">
            <a href={localePath(locale, "/panduan/tanda-perdagangan-orang")} className="text-red-900 underline">
              {t.resultReadGuide}
            </a>
          </p>
        ) : null}
      </section>

      <Hotlines locale={locale} />

      <p className="text-sm text-slate-700">{t.resultShare}</p>
      <p className="no-print">
        {/* A plain link to WhatsApp's share page: no script, and the app most villagers share with. */}
        <a
          href={`https://wa.me/?text=${encodeURIComponent(`${t.checklistTitle}: ${shareUrl}`)}`}
          className="inline-flex min-h-11 items-center rounded-md bg-white px-4 py-2 text-sm font-semibold text-brand-700 underline ring-1 ring-inset ring-brand-600 hover:bg-brand-50"
        >
          {t.resultShareButton}
        </a>
      </p>
    </section>
  );
}
