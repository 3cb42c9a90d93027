"use client";

import { useActionState } from "react";
import { ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { GuidanceTopic } from "@/lib/platform/db/generated/enums";
import { guidanceSchema } from "@/lib/candidates/schema";
import { idleFormState, type FormState } from "@/lib/platform/forms";
import type { Locale } from "@/lib/platform/i18n/locale";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { villageMessages, villageText } from "@/lib/platform/i18n/messages/village";
import { catalogText } from "@/lib/platform/i18n/catalog";
import { FormError, SubmitButton, errorOf, many, one, shownValues, useFormKey, useClientValidation } from "./form-bits";

export function GuidanceForm({
  locale,
  action,
  officers,
  today,
  idempotencyKey,
}: {
  locale: Locale;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  officers: { id: string; name: string; rank: string }[];
  today: string;
  idempotencyKey: string;
}) {
  const [serverState, formAction] = useActionState(action, idleFormState);
  const formKey = useFormKey(serverState);
  const { clientState, onSubmit } = useClientValidation(
    () => guidanceSchema(),
    (key) => catalogText(locale, key),
    commonMessages(locale).fixErrors,
  );
  const state = clientState ?? serverState;
  const t = villageMessages(locale);
  const values = shownValues(serverState, { sessionDate: today, topics: [], officerId: "", notes: "", followUpDate: "", idempotencyKey });
  return (
    <form key={formKey} action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormError state={state} />
      <input type="hidden" name="idempotencyKey" value={one(values, "idempotencyKey")} />
      <TextField name="sessionDate" type="date" label={t["detail.sessionDate"]} defaultValue={one(values, "sessionDate")} error={errorOf(state, "sessionDate")} required />
      <ChoiceGroup
        legend={t["detail.topics"]}
        name="topics"
        options={Object.values(GuidanceTopic).map((topic) => ({ value: topic, label: villageText(locale, `topic.${topic}`) }))}
        selected={many(values, "topics")}
        error={errorOf(state, "topics")}
      />
      {officers.length ? (
        <SelectField
          name="officerId"
          label={t["detail.officer"]}
          placeholder={t["detail.noOfficer"]}
          options={officers.map((o) => ({ value: o.id, label: `${o.name} (${o.rank})` }))}
          defaultValue={one(values, "officerId")}
          error={errorOf(state, "officerId")}
        />
      ) : null}
      <TextAreaField name="notes" label={t["detail.guidanceNotes"]} defaultValue={one(values, "notes")} error={errorOf(state, "notes")} rows={3} />
      <TextField name="followUpDate" type="date" label={t["detail.followUpDate"]} defaultValue={one(values, "followUpDate")} error={errorOf(state, "followUpDate")} />
      <SubmitButton label={t["detail.saveGuidance"]} pendingLabel={commonMessages(locale).saving} />
    </form>
  );
}
