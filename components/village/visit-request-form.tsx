"use client";

import { useActionState } from "react";
import { TextAreaField, TextField } from "@/components/ui/field";
import { todayIn } from "@/lib/candidates/dates";
import { visitRequestSchema } from "@/lib/visit-requests/schema";
import { idleFormState, type FormState } from "@/lib/platform/forms";
import type { Locale } from "@/lib/platform/i18n/locale";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { villageMessages } from "@/lib/platform/i18n/messages/village";
import { catalogText } from "@/lib/platform/i18n/catalog";
import { FormError, SubmitButton, errorOf, one, shownValues, useFormKey, useClientValidation } from "./form-bits";

export function VisitRequestForm({
  locale,
  action,
}: {
  locale: Locale;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [serverState, formAction] = useActionState(action, idleFormState);
  const formKey = useFormKey(serverState);
  const { clientState, onSubmit } = useClientValidation(
    // The earliest day in Indonesia: the browser must not refuse a date the village's own zone still allows.
    () => visitRequestSchema(todayIn("Asia/Jakarta")),
    (key) => catalogText(locale, key),
    commonMessages(locale).fixErrors,
  );
  const state = clientState ?? serverState;
  const t = villageMessages(locale);
  const values = shownValues(serverState, {});
  return (
    <form key={formKey} action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
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
