"use client";

import { useActionState } from "react";
import { TextAreaField, TextField } from "@/components/ui/field";
import { idleFormState, type FormState } from "@/lib/forms";
import type { Locale } from "@/lib/i18n/locale";
import { commonMessages } from "@/lib/i18n/messages/common";
import { villageMessages } from "@/lib/i18n/messages/village";
import { FormError, SubmitButton, errorOf, one, shownValues, useFormKey } from "./form-bits";

export function VisitRequestForm({
  locale,
  action,
}: {
  locale: Locale;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, formAction] = useActionState(action, idleFormState);
  const formKey = useFormKey(state);
  const t = villageMessages(locale);
  const values = shownValues(state, {});
  return (
    <form key={formKey} action={formAction} className="space-y-4" noValidate>
      <FormError state={state} />
      <TextField name="topic" label={t["visits.topic"]} defaultValue={one(values, "topic")} error={errorOf(state, "topic")} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="preferredFrom" type="date" label={t["visits.preferredFrom"]} defaultValue={one(values, "preferredFrom")} error={errorOf(state, "preferredFrom")} required />
        <TextField name="preferredTo" type="date" label={t["visits.preferredTo"]} defaultValue={one(values, "preferredTo")} error={errorOf(state, "preferredTo")} required />
      </div>
      <TextField
        name="expectedParticipants"
        type="number"
        inputMode="numeric"
        min={1}
        label={t["visits.expectedParticipants"]}
        defaultValue={one(values, "expectedParticipants")}
        error={errorOf(state, "expectedParticipants")}
        required
      />
      <TextAreaField name="notes" label={t["visits.notes"]} defaultValue={one(values, "notes")} error={errorOf(state, "notes")} rows={3} />
      <SubmitButton label={t["visits.submit"]} pendingLabel={commonMessages(locale).saving} />
    </form>
  );
}
