import { FormChoices, FormConfirm, FormSelect, FormText, FormTextArea } from "@/components/forms/action-form";
import type { Locale } from "@/lib/platform/i18n/locale";
import { fill } from "@/lib/platform/i18n/locale";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import { options } from "@/lib/platform/i18n/messages/kanim-labels";
import { zoneLabel } from "@/lib/platform/time/office-zone";

export type EventFieldDefaults = {
  villageCode?: string;
  type?: string;
  title?: string;
  startsAt?: string;
  endsAt?: string;
  location?: string;
  description?: string;
  officerIds?: string[];
  isPublic?: boolean;
};

/** The fields of an outreach event, shared by scheduling a new one and correcting a planned one. */
export function EventFields({
  locale,
  zone,
  villages,
  officers,
  defaults,
  villageLocked = false,
}: {
  locale: Locale;
  zone: string;
  villages: { code: string; name: string; district: string }[];
  officers: { id: string; name: string; rank: string }[];
  defaults: EventFieldDefaults;
  villageLocked?: boolean;
}) {
  const t = kanimMessages(locale);
  const timeHint = fill(t.timeHint, { zone: zoneLabel(zone) });
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormSelect
          label={t.village}
          name="villageCode"
          required
          placeholder="–"
          disabled={villageLocked}
          options={villages.map((v) => ({ value: v.code, label: `${v.name} · ${v.district}` }))}
          defaultValue={defaults.villageCode ?? ""}
        />
        <FormSelect label={t.type} name="type" required options={options(locale, "eventType")} defaultValue={defaults.type ?? "OUTREACH"} />
      </div>
      {villageLocked ? <input type="hidden" name="villageCode" value={defaults.villageCode} /> : null}
      <FormText label={t.title} name="title" required defaultValue={defaults.title} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormText label={t.startsAt} name="startsAt" type="datetime-local" required hint={timeHint} defaultValue={defaults.startsAt} />
        <FormText label={t.endsAt} name="endsAt" type="datetime-local" required hint={timeHint} defaultValue={defaults.endsAt} />
      </div>
      <FormText label={t.location} name="location" required defaultValue={defaults.location} />
      <FormTextArea label={t.description} name="description" rows={3} defaultValue={defaults.description} />
      {officers.length ? (
        <FormChoices
          legend={t.officers}
          name="officerIds"
          options={officers.map((o) => ({ value: o.id, label: `${o.name} · ${o.rank}` }))}
          selected={defaults.officerIds ?? []}
        />
      ) : (
        <p className="text-sm">{t.noOfficersYet}</p>
      )}
      <FormChoices
        legend={t.isPublic}
        name="isPublic"
        options={[{ value: "on", label: t.isPublic }]}
        selected={defaults.isPublic === false ? [] : ["on"]}
      />
      <FormConfirm name="acknowledgeConflicts" label={t.confirmConflict} />
    </>
  );
}
