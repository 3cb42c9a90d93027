import { directoryPage } from "@/components/public/pages/directory";
import { publicRoute } from "../../public-route";

// Search and filters are the query string: rendered per request.
export const dynamic = "force-dynamic";

export const GET = publicRoute(directoryPage, { cached: false });
