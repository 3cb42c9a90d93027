import { ActionForm, FormText, SubmitButton } from "@/components/forms/action-form";
import type { FormState } from "@/lib/platform/forms";
import type { Locale } from "@/lib/platform/i18n/locale";
import { commonMessages } from "@/lib/platform/i18n/messages/common";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * The full-NIK search: a posted form (a server action), so the NIK never appears in a URL, a browser history or
 * a proxy's log. A match opens the record; otherwise the form says so and keeps what was typed.
 */
export function NikSearchForm({ action, locale }: { action: Action; locale: Locale }) {
  const t = commonMessages(locale);
  return (
    <ActionForm action={action} className="space-y-3 rounded-md border border-slate-300 bg-white p-4">
      <FormText name="nik" label={t.nikSearchLabel} hint={t.nikSearchHint} inputMode="numeric" autoComplete="off" maxLength={24} required />
      <SubmitButton pending={t.nikSearchSubmit} variant="secondary">
        {t.nikSearchSubmit}
      </SubmitButton>
    </ActionForm>
  );
}
