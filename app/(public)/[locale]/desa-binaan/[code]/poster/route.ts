import { posterPage } from "@/components/public/pages/poster";
import { publicRoute } from "../../../../public-route";

// Cached like the village page it prints.
export const dynamic = "force-static";
export const revalidate = 600;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export const GET = publicRoute(posterPage, { cached: true });
