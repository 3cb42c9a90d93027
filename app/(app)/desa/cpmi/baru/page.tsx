import { randomUUID } from "node:crypto";
import { CandidateForm } from "@/components/village/candidate-form";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { countryOptions } from "@/lib/reference-data/countries";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { villageMessages } from "@/lib/platform/i18n/messages/village";
import { retentionConsentText } from "@/lib/privacy/retention";
import { registerCandidateAction } from "../actions";

export async function generateMetadata() {
  return { title: villageMessages(await getRequestLocale())["new.title"] };
}

export default async function RegisterCandidatePage() {
  await requireWorkspace("desa");
  const locale = await getRequestLocale();
  const t = villageMessages(locale);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t["new.title"]}</h1>
      <CandidateForm
        locale={locale}
        action={registerCandidateAction}
        mode="create"
        countries={countryOptions(locale)}
        retentionNotice={await retentionConsentText(locale)}
        initialValues={{
          idempotencyKey: randomUUID(),
          plannedVisa: "UNKNOWN",
          recruitmentSource: "OTHER",
          feeArrangement: "UNKNOWN",
        }}
      />
    </div>
  );
}
