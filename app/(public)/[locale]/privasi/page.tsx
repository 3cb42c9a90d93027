import type { Metadata } from "next";
import { PrivacyNotice } from "@/components/privacy/privacy-notice";
import { PublicShell } from "@/components/public/public-shell";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { privacyNoticeMessages } from "@/lib/i18n/messages/privacy-notice";
import { getPrivacyNoticeData } from "@/lib/privacy/notice";
import { pageMetadata } from "@/lib/public/seo";

// Regenerated hourly, so a changed retention period or a new office shows without a release.
export const revalidate = 3600;

type Params = { params: Promise<{ locale: string }> };
const localeOf = (value: string): Locale => (isLocale(value) ? value : "id");

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = localeOf((await params).locale);
  const t = privacyNoticeMessages(locale);
  return pageMetadata({ locale, path: "/privasi", title: t.title, description: t.description });
}

export default async function PrivacyNoticePage({ params }: Params) {
  const locale = localeOf((await params).locale);
  const { retention, offices } = await getPrivacyNoticeData();
  return (
    <PublicShell locale={locale} path="/privasi" section={null}>
      <PrivacyNotice locale={locale} retention={retention} offices={offices} />
    </PublicShell>
  );
}
