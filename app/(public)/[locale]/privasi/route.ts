import { privacyPage } from "@/components/public/pages/privacy";
import { publicRoute } from "../../public-route";

// Rebuilt hourly, so a changed retention period or a new office shows without a release.
export const dynamic = "force-static";
export const revalidate = 3600;
export const dynamicParams = true;

// None at build time, so the build needs no database: rendered on the first request, then cached.
export function generateStaticParams() {
  return [];
}

export const GET = publicRoute(privacyPage, { cached: true });
