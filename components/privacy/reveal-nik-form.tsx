import type { Locale } from "@/lib/platform/i18n/locale";
import { privacyMessages } from "@/lib/platform/i18n/messages/privacy";

/** Staff say why before a full NIK is shown (UU PDP access record); a plain GET form, no JavaScript needed. */
export const REVEAL_PURPOSES = ["CASE_HANDLING", "VERIFICATION", "REPORTING", "DATA_SUBJECT_REQUEST"] as const;
export type RevealPurpose = (typeof REVEAL_PURPOSES)[number];

export function revealPurposeOf(value: unknown): RevealPurpose {
  return REVEAL_PURPOSES.find((p) => p === value) ?? "CASE_HANDLING";
}

export function RevealNikForm({ action, locale, label }: { action: string; locale: Locale; label: string }) {
  const t = privacyMessages(locale) as Record<string, string>;
  return (
    <form method="get" action={action} className="mt-1 inline-flex flex-wrap items-center gap-2 font-sans text-sm">
      <input type="hidden" name="nik" value="1" />
      <label htmlFor="reveal-purpose" className="sr-only">
        {t.purpose}
      </label>
      <select id="reveal-purpose" name="purpose" className="min-h-11 rounded-md border border-slate-400 bg-white px-2">
        {REVEAL_PURPOSES.map((p) => (
          <option key={p} value={p}>
            {t[`purpose${p}`]}
          </option>
        ))}
      </select>
      <button type="submit" className="min-h-11 rounded-md px-2 font-semibold text-brand-700 underline">
        {label}
      </button>
    </form>
  );
}
