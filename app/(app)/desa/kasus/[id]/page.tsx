import { notFound } from "next/navigation";
import { CaseView } from "@/components/journeys/case-view";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { isAppError } from "@/lib/platform/errors";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { getCase } from "@/lib/journeys/queries";
import { addVillageFollowUpAction, closeVillageCaseAction, completeVillageFollowUpAction, referVillageCaseAction } from "../actions";

export default async function VillageCasePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const actor = await requireWorkspace("desa");
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
      candidatePath="/desa/cpmi"
      saved={query.saved === "1"}
      referAction={referVillageCaseAction.bind(null, detail.id)}
      followUpAction={addVillageFollowUpAction.bind(null, detail.id)}
      completeAction={(followUpId) => completeVillageFollowUpAction.bind(null, followUpId)}
      closeAction={closeVillageCaseAction.bind(null, detail.id)}
    />
  );
}
