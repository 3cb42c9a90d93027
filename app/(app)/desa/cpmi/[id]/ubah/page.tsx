import { notFound } from "next/navigation";
import { CandidateForm } from "@/components/village/candidate-form";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { getCandidateForEdit } from "@/lib/candidates/queries";
import { isAppError } from "@/lib/platform/errors";
import { countryOptions } from "@/lib/reference-data/countries";
import { fill } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { villageMessages } from "@/lib/platform/i18n/messages/village";
import { updateCandidateAction } from "../../actions";

export default async function EditCandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireWorkspace("desa");
  const { id } = await params;
  const locale = await getRequestLocale();
  const t = villageMessages(locale);
  const candidate = await getCandidateForEdit(actor, id).catch((error: unknown) => {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  });
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{fill(t["edit.title"], { name: candidate.name })}</h1>
      <CandidateForm
        locale={locale}
        action={updateCandidateAction.bind(null, id)}
        mode="edit"
        nikMasked={candidate.nikMasked}
        countries={countryOptions(locale)}
        initialValues={candidate.values}
      />
    </div>
  );
}
