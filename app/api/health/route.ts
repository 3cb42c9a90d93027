import { db } from "@/lib/db/client";
import { withDatabaseErrors } from "@/lib/http/errors";

// Liveness and readiness in one: 200 when the database answers, 503 (with Retry-After) when it does not.
export const dynamic = "force-dynamic";

export const GET = withDatabaseErrors(async () => {
  await db.$queryRaw`SELECT 1`;
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
});
