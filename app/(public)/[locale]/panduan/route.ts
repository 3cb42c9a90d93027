import { guidesPage } from "@/components/public/pages/guides";
import { publicRoute } from "../../public-route";

// Static; rebuilt at most hourly, and at once when a guide changes (lib/guides/revalidate.ts).
export const dynamic = "force-static";
export const revalidate = 3600;
export const dynamicParams = true;

// None at build time, so the build needs no database: rendered on the first request, then cached.
export function generateStaticParams() {
  return [];
}

export const GET = publicRoute(guidesPage, { cached: true });
