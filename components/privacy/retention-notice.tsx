import { fill, type Locale } from "@/lib/i18n/locale";
import { privacyMessages } from "@/lib/i18n/messages/privacy";
import { getRetentionPolicy } from "@/lib/privacy/retention";

/** The retention sentence of the consent text and the privacy notice, with the periods in force. */
export async function RetentionNotice({ locale, className }: { locale: Locale; className?: string }) {
  const policy = await getRetentionPolicy();
  return (
    <p className={className}>
      {fill(privacyMessages(locale).consentRetention, {
        after: policy.monthsAfterDeparture,
        inactive: policy.monthsOfInactivity,
      })}
    </p>
  );
}
