import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { ActionForm, FormChoices, SubmitButton } from "@/components/forms/action-form";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { getOfficer, listLinkableUsers } from "@/lib/officers/queries";
import { isAppError } from "@/lib/platform/errors";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import { updateOfficerAction } from "../actions";
import { OfficerFields } from "../officer-fields";

export const metadata: Metadata = { title: "Petugas" };

export default async function OfficerPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireWorkspace("kanim");
  const locale = await getRequestLocale();
  const t = kanimMessages(locale);
  const common = commonMessages(locale);
  const { id } = await params;
  const officer = await getOfficer(actor, id).catch((error) => {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  });
  const users = await listLinkableUsers(actor);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">
        {t.editOfficer}: {officer.name}
      </h1>
      <ActionForm action={updateOfficerAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <input type="hidden" name="officerId" value={officer.id} />
        <OfficerFields
          locale={locale}
          users={users}
          defaults={{ nip: officer.nip, name: officer.name, rank: officer.rank, position: officer.position, userId: officer.userId ?? "" }}
        />
        <FormChoices legend={t.status} name="active" options={[{ value: "on", label: t.active }]} selected={officer.active ? ["on"] : []} />
        <SubmitButton pending={common.saving}>{common.save}</SubmitButton>
      </ActionForm>
    </div>
  );
}
