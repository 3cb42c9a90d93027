import { db } from "@/lib/db/client";
import { serviceUnavailable } from "@/lib/http/errors";

// Liveness and readiness in one: 200 when the app can reach its database, 503 (with Retry-After) when it cannot.
// Load balancers, the e2e launcher, deployment checks and the resilience runner poll it.
export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return serviceUnavailable();
  }
}
