import { FormSelect, FormText } from "@/components/forms/action-form";
import type { Locale } from "@/lib/platform/i18n/locale";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";

export function OfficerFields({
  locale,
  users,
  defaults = {},
}: {
  locale: Locale;
  users: { id: string; name: string; email: string }[];
  defaults?: { nip?: string; name?: string; rank?: string; position?: string; userId?: string };
}) {
  const t = kanimMessages(locale);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormText label={t.nip} name="nip" hint={t.nipHint} inputMode="numeric" maxLength={18} required defaultValue={defaults.nip} />
      <FormText label={t.name} name="name" required defaultValue={defaults.name} autoComplete="off" />
      <FormText label={t.rank} name="rank" required defaultValue={defaults.rank} />
      <FormText label={t.position} name="position" required defaultValue={defaults.position} />
      <FormSelect
        label={t.linkedAccount}
        name="userId"
        placeholder={t.noAccount}
        options={users.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
        defaultValue={defaults.userId ?? ""}
      />
    </div>
  );
}
