import { homePage } from "@/components/public/pages/home";
import { LOCALES } from "@/lib/platform/i18n/locale";
import { publicRoute } from "../public-route";

// Static; rebuilt hourly. Unknown first segments (/xx) reach this route too and get the not-found page.
export const dynamic = "force-static";
export const revalidate = 3600;

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export const GET = publicRoute(homePage, { cached: true });
