import { getActor } from "@/lib/platform/auth/session";
import { exportCandidates } from "@/lib/exports/exports";
import { isAppError } from "@/lib/platform/errors";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { downloadResponse, notFoundResponse } from "../download";

// GET /kanim/ekspor/cpmi?format=csv|xlsx[&nik=lengkap]: scope, masking and the full-NIK audit live in the domain.
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return notFoundResponse();
  const params = new URL(request.url).searchParams;
  const format = params.get("format") === "xlsx" ? "xlsx" : "csv";
  try {
    const file = await exportCandidates(actor, { format, fullNik: params.get("nik") === "lengkap", locale: await getRequestLocale() });
    return downloadResponse(file);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return notFoundResponse();
    throw error;
  }
}
