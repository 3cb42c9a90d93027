import { notFound } from "next/navigation";
import { CaseView } from "@/components/journeys/case-view";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { isAppError } from "@/lib/platform/errors";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { getCase } from "@/lib/journeys/queries";
import { addAreaFollowUpAction, closeAreaCaseAction, completeAreaFollowUpAction, referAreaCaseAction } from "../actions";

export default async function AreaCasePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const actor = await requireWorkspace("kanim");
  const { id } = await params;
  const query = await searchParams;
  const locale = await getRequestLocale();
  const detail = await getCase(actor, id).catch((error: unknown) => {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  });
  return (
    <CaseView
      locale={locale}
      detail={detail}
      candidatePath="/kanim/cpmi"
      saved={query.saved === "1"}
      referAction={referAreaCaseAction.bind(null, detail.id)}
      followUpAction={addAreaFollowUpAction.bind(null, detail.id)}
      completeAction={(followUpId) => completeAreaFollowUpAction.bind(null, followUpId)}
      closeAction={closeAreaCaseAction.bind(null, detail.id)}
    />
  );
}
