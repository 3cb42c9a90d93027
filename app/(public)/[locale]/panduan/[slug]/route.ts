import { guidePage } from "@/components/public/pages/guide";
import { publicRoute } from "../../../public-route";

// None at build time, so the build needs no database: each guide is rendered on its first request, then served
// from the cache until an hour passes or an edit revalidates it (lib/guides/revalidate.ts).
export const dynamic = "force-static";
export const revalidate = 3600;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export const GET = publicRoute(guidePage, { cached: true });
