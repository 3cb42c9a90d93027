import { FormChoices, FormText } from "@/components/forms/action-form";
import type { Locale } from "@/lib/platform/i18n/locale";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";

export type DesignationDefaults = {
  decreeNumber?: string;
  decreeDate?: string;
  year?: string;
  officerIds?: string[];
  liaisonName?: string;
  liaisonPosition?: string;
  liaisonPhone?: string;
};

/** The decree, PIMPASA and liaison fields shared by the designate and edit forms. */
export function DesignationFields({
  locale,
  officers,
  defaults = {},
}: {
  locale: Locale;
  officers: { id: string; name: string; rank: string }[];
  defaults?: DesignationDefaults;
}) {
  const t = kanimMessages(locale);
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormText label={t.decreeNumber} name="decreeNumber" required defaultValue={defaults.decreeNumber} />
        <FormText label={t.decreeDate} name="decreeDate" type="date" required defaultValue={defaults.decreeDate} />
        <FormText
          label={t.year}
          name="year"
          type="number"
          inputMode="numeric"
          min={2023}
          max={2100}
          required
          defaultValue={defaults.year ?? String(new Date().getFullYear())}
        />
      </div>
      {officers.length ? (
        <FormChoices
          legend={t.pimpasa}
          name="officerIds"
          options={officers.map((o) => ({ value: o.id, label: `${o.name} · ${o.rank}` }))}
          selected={defaults.officerIds}
        />
      ) : (
        <p className="text-sm text-slate-700">{t.noOfficersYet}</p>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        <FormText label={t.liaisonName} name="liaisonName" defaultValue={defaults.liaisonName} autoComplete="off" />
        <FormText label={t.liaisonPosition} name="liaisonPosition" defaultValue={defaults.liaisonPosition} />
        <FormText label={t.liaisonPhone} name="liaisonPhone" type="tel" inputMode="tel" defaultValue={defaults.liaisonPhone} />
      </div>
    </>
  );
}
