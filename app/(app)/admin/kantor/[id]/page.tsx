import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OfficeForm } from "@/components/admin/office-form";
import { Alert } from "@/components/ui/alert";
import { requireAdminActor } from "../../require-admin";
import { isAppError } from "@/lib/platform/errors";
import { getOffice, regencyChoices } from "@/lib/offices/queries";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { adminMessages } from "@/lib/platform/i18n/messages/admin";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { updateOfficeAction, updateOfficePassportSettingsAction } from "../actions";
import { OfficePassportForm } from "@/components/admin/office-passport-form";

export const metadata: Metadata = { title: "Ubah kantor" };

export default async function EditOfficePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ tersimpan?: string }>;
}) {
  const [{ id }, { tersimpan }] = await Promise.all([params, searchParams]);
  const actor = await requireAdminActor("office:manage");
  const locale = await getRequestLocale();
  const t = adminMessages(locale);
  const office = await getOffice(actor, id).catch((error) => {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  });
  const provinces = await regencyChoices(actor);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{office.name}</h1>
      {tersimpan ? <Alert tone="success" title={t.officeSaved} /> : null}
      <OfficeForm
        action={updateOfficeAction.bind(null, office.id)}
        initial={{
          slug: office.slug,
          name: office.name,
          officeClass: office.officeClass,
          address: office.address,
          phone: office.phone,
          email: office.email,
          website: office.website ?? "",
          regionalProvinceCode: office.regionalProvinceCode,
          timeZone: office.timeZone,
          requiresDisnakerRecommendation: office.requiresDisnakerRecommendation ? "on" : "",
          regencyCodes: office.regencies.map((r) => r.code),
        }}
        officeId={office.id}
        provinces={provinces}
        t={t}
        saveLabel={commonMessages(locale).save}
      />
      <OfficePassportForm
        action={updateOfficePassportSettingsAction.bind(null, office.id)}
        initial={{
          electronicOnlySince: office.electronicOnlySince ? office.electronicOnlySince.toISOString().slice(0, 10) : "",
          quotaReleaseNote: office.quotaReleaseNote ?? "",
        }}
        t={t}
        saveLabel={t.savePassportSettings}
      />
    </div>
  );
}
