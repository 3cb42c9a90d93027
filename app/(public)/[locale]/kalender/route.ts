import { calendarPage } from "@/components/public/pages/calendar";
import { publicRoute } from "../../public-route";

// Filters are the query string: rendered per request.
export const dynamic = "force-dynamic";

export const GET = publicRoute(calendarPage, { cached: false });
