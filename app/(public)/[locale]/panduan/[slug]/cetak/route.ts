import { guidePrintPage } from "@/components/public/pages/guide-print";
import { publicRoute } from "../../../../public-route";

// Cached like the guide it prints.
export const dynamic = "force-static";
export const revalidate = 3600;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export const GET = publicRoute(guidePrintPage, { cached: true });
