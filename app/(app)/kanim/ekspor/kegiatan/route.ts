import { getActor } from "@/lib/platform/auth/session";
import { exportEvents } from "@/lib/exports/exports";
import { isAppError } from "@/lib/platform/errors";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { downloadResponse, notFoundResponse } from "../download";

// GET /kanim/ekspor/kegiatan?format=csv|xlsx: the office's events with their reports.
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return notFoundResponse();
  const format = new URL(request.url).searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  try {
    return downloadResponse(await exportEvents(actor, { format, locale: await getRequestLocale() }));
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return notFoundResponse();
    throw error;
  }
}
