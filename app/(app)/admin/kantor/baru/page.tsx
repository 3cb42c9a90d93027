import type { Metadata } from "next";
import { OfficeForm } from "@/components/admin/office-form";
import { requireAdminActor } from "../../require-admin";
import { regencyChoices } from "@/lib/offices/queries";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { adminMessages } from "@/lib/platform/i18n/messages/admin";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { createOfficeAction } from "../actions";

export const metadata: Metadata = { title: "Kantor baru" };

export default async function NewOfficePage() {
  const actor = await requireAdminActor("office:manage");
  const locale = await getRequestLocale();
  const t = adminMessages(locale);
  const provinces = await regencyChoices(actor);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.newOffice}</h1>
      <OfficeForm
        action={createOfficeAction}
        initial={{ timeZone: "Asia/Jakarta", requiresDisnakerRecommendation: "on" }}
        officeId={null}
        provinces={provinces}
        t={t}
        saveLabel={commonMessages(locale).save}
      />
    </div>
  );
}
