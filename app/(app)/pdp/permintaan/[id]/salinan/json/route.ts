import { getActor } from "@/lib/platform/auth/session";
import { isAppError } from "@/lib/platform/errors";
import { getSubjectCopy } from "@/lib/privacy/subject-requests/copy";

// The machine-readable copy (UU PDP right to a copy). Holds the full NIK: never cached, always a download.
export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Not found", { status: 404 });
  const { id } = await params;
  try {
    const { copy } = await getSubjectCopy(actor, id);
    return new Response(JSON.stringify(copy, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="salinan-data-pribadi-${copy.generatedAt.slice(0, 10)}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return new Response("Not found", { status: 404 });
    throw error;
  }
}
