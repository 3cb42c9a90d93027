"use client";

import { useActionState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { passportStatusSchema } from "@/lib/candidates/schema";
import { idleFormState, type FormState } from "@/lib/platform/forms";
import type { Locale } from "@/lib/platform/i18n/locale";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { villageMessages, villageText } from "@/lib/platform/i18n/messages/village";
import { catalogText } from "@/lib/platform/i18n/catalog";
import { FormError, SubmitButton, errorOf, one, shownValues, useFormKey, useClientValidation } from "./form-bits";

export function PassportStatusForm({
  locale,
  action,
  nextStatuses,
  version,
  today,
}: {
  locale: Locale;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  nextStatuses: string[];
  version: number;
  today: string;
}) {
  const [serverState, formAction] = useActionState(action, idleFormState);
  const formKey = useFormKey(serverState);
  const { clientState, onSubmit } = useClientValidation(
    () => passportStatusSchema(),
    (key) => catalogText(locale, key),
    commonMessages(locale).fixErrors,
  );
  const state = clientState ?? serverState;
  const t = villageMessages(locale);
  const values = shownValues(serverState, { toStatus: nextStatuses[0] ?? "", effectiveOn: today, note: "", version: String(version) });
  return (
    <form key={formKey} action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormError state={state} />
      <input type="hidden" name="version" value={one(values, "version")} />
      <SelectField
        name="toStatus"
        label={t["detail.newStatus"]}
        options={nextStatuses.map((s) => ({ value: s, label: villageText(locale, `passportStatus.${s}`) }))}
        defaultValue={one(values, "toStatus")}
        error={errorOf(state, "toStatus")}
        required
      />
      <TextField name="effectiveOn" type="date" label={t["detail.effectiveOn"]} defaultValue={one(values, "effectiveOn")} error={errorOf(state, "effectiveOn")} required />
      <TextAreaField name="note" label={t["detail.note"]} defaultValue={one(values, "note")} error={errorOf(state, "note")} rows={2} />
      <SubmitButton label={t["detail.saveStatus"]} pendingLabel={commonMessages(locale).saving} />
    </form>
  );
}
