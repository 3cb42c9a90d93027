import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { RetentionForm } from "@/components/privacy/retention-form";
import { can } from "@/lib/platform/auth/policy";
import { requireActor } from "@/lib/platform/auth/session";
import { fill } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { privacyMessages } from "@/lib/platform/i18n/messages/privacy";
import { countDueForRetention, getRetentionPolicy } from "@/lib/privacy/retention";
import { updateRetentionAction } from "../actions";

export const metadata: Metadata = { title: "Masa retensi" };

export default async function RetentionPage() {
  const actor = await requireActor();
  if (!can(actor, "retention:manage")) notFound();
  const locale = await getRequestLocale();
  const t = privacyMessages(locale);
  const [policy, due] = await Promise.all([getRetentionPolicy(), countDueForRetention()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.retentionTitle}</h1>
      <p className="max-w-2xl text-slate-700">{t.retentionIntro}</p>
      <Alert tone={due ? "warning" : "info"} title={fill(t.dueNow, { count: due })} />
      <RetentionForm
        action={updateRetentionAction}
        current={policy}
        labels={{
          monthsAfterDeparture: t.monthsAfterDeparture,
          monthsOfInactivity: t.monthsOfInactivity,
          submit: commonMessages(locale).save,
        }}
      />
    </div>
  );
}
