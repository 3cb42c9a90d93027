import { db } from "@/lib/platform/db/client";
import { serviceUnavailable } from "@/lib/platform/http/errors";
import { isDraining } from "@/lib/platform/http/shutdown";

// Liveness and readiness in one: 200 when the app can reach its database, 503 (with Retry-After) when it cannot
// or when it is shutting down. Load balancers, the e2e launcher, deployment checks and the resilience runner
// poll it.
export const dynamic = "force-dynamic";

export async function GET() {
  if (isDraining()) return serviceUnavailable();
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return serviceUnavailable();
  }
}
