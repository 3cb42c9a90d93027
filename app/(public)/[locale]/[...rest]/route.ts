import { publicNotFound } from "@/components/public/public-page";
import { publicRoute } from "../../public-route";

// Any other path under /id or /en: the not-found page in the right language. Not cached, so made-up
// addresses do not fill the page cache.
export const dynamic = "force-dynamic";

export const GET = publicRoute(async () => publicNotFound(), { cached: false });
