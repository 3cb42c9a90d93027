import { checklistPage } from "@/components/public/pages/checklist";
import { publicRoute } from "../../public-route";

// The answers are the query string, so every answer set is its own page: rendered per request.
export const dynamic = "force-dynamic";

export const GET = publicRoute(checklistPage, { cached: false });
