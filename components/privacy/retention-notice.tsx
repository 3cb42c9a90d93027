import type { Locale } from "@/lib/platform/i18n/locale";
import { retentionConsentText } from "@/lib/privacy/retention";

/** The retention sentence of the consent text and the privacy notice, with the periods in force. */
export async function RetentionNotice({ locale, className }: { locale: Locale; className?: string }) {
  return <p className={className}>{await retentionConsentText(locale)}</p>;
}
