import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SubjectRequestForm } from "@/components/privacy/subject-request-form";
import { requireActor } from "@/lib/platform/auth/session";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { privacyMessages } from "@/lib/platform/i18n/messages/privacy";
import { canManageSubjectRequests, localNowFor } from "@/lib/privacy/subject-requests/queries";
import { REQUEST_CHANNELS, SUBJECT_REQUEST_TYPES } from "@/lib/privacy/subject-requests/schema";
import { recordSubjectRequestAction } from "../../actions";

export const metadata: Metadata = { title: "Catat permintaan subjek data" };

export default async function NewSubjectRequestPage() {
  const actor = await requireActor();
  if (!canManageSubjectRequests(actor)) notFound();
  const t = privacyMessages(await getRequestLocale()) as Record<string, string>;
  const now = await localNowFor(actor);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.newTitle}</h1>
      <p className="max-w-2xl text-slate-700">{t.newIntro}</p>
      <SubjectRequestForm
        action={recordSubjectRequestAction}
        receivedAtDefault={now.value}
        labels={{
          nik: t.fieldNik,
          type: t.fieldType,
          channel: t.fieldChannel,
          receivedAt: `${t.fieldReceivedAt} (${now.timeZone})`,
          details: t.fieldDetails,
          detailsHint: t.fieldDetailsHint,
          choose: t.choose,
          submit: t.record,
        }}
        types={SUBJECT_REQUEST_TYPES.map((value) => ({ value, label: t[`type${value}`] }))}
        channels={REQUEST_CHANNELS.map((value) => ({ value, label: t[`channel${value}`] }))}
      />
    </div>
  );
}
