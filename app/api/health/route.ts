import { db } from "@/lib/db/client";

// Liveness and readiness in one: 200 when the app can reach its database, 503 when it cannot. Load balancers,
// the e2e launcher and deployment checks poll it.
export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "database unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
