import type { Metadata } from "next";
import { PrivacyNotice } from "@/components/privacy/privacy-notice";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { privacyNoticeMessages } from "@/lib/i18n/messages/privacy-notice";
import { getPrivacyNoticeData } from "@/lib/privacy/notice";

// Regenerated hourly, so a changed retention period or a new office shows without a release.
export const revalidate = 3600;

type Params = { params: Promise<{ locale: string }> };
const localeOf = (value: string): Locale => (isLocale(value) ? value : "id");

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const t = privacyNoticeMessages(localeOf((await params).locale));
  return { title: t.title, description: t.description };
}

export default async function PrivacyNoticePage({ params }: Params) {
  const locale = localeOf((await params).locale);
  const { retention, offices } = await getPrivacyNoticeData();
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6">
      <PrivacyNotice locale={locale} retention={retention} offices={offices} />
    </main>
  );
}
