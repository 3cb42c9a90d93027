import { villagePage } from "@/components/public/pages/village";
import { publicRoute } from "../../../public-route";

// None at build time: a national deployment has thousands of villages, and the build needs no database. Each
// page is rendered on its first request, then cached; rebuilt every 10 minutes so upcoming events move to the
// past on time, and at once on change (lib/guides/revalidate.ts).
export const dynamic = "force-static";
export const revalidate = 600;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export const GET = publicRoute(villagePage, { cached: true });
