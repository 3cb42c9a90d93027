import type { PublicPage } from "@/components/public/public-page";
import { PrivacyNotice } from "@/components/privacy/privacy-notice";
import { PublicShell } from "@/components/public/public-shell";
import type { Locale } from "@/lib/platform/i18n/locale";
import { privacyNoticeMessages } from "@/lib/platform/i18n/messages/privacy-notice";
import { getPrivacyNoticeData } from "@/lib/privacy/notice";

export async function privacyPage({ locale }: { locale: Locale }): Promise<PublicPage> {
  const t = privacyNoticeMessages(locale);
  const { retention, offices } = await getPrivacyNoticeData();
  return {
    head: { locale, path: "/privasi", title: t.title, description: t.description },
    body: (
      <PublicShell locale={locale} path="/privasi" section={null}>
        <PrivacyNotice locale={locale} retention={retention} offices={offices} />
      </PublicShell>
    ),
  };
}
