import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { ActionForm, FormTextArea, SubmitButton } from "@/components/forms/action-form";
import { buttonClass } from "@/components/ui/button";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { getDesignation } from "@/lib/designations/queries";
import { listOfficers } from "@/lib/officers/queries";
import { isAppError } from "@/lib/platform/errors";
import { fill, formatDate, formatDateTime, formatDay } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import { label } from "@/lib/platform/i18n/messages/kanim-labels";
import { deactivateDesignationAction, updateDesignationAction } from "../actions";
import { DesignationFields } from "../designation-fields";

export const metadata: Metadata = { title: "Desa Binaan" };

export default async function DesignationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireWorkspace("kanim");
  const locale = await getRequestLocale();
  const t = kanimMessages(locale);
  const common = commonMessages(locale);
  const { id } = await params;
  const d = await getDesignation(actor, id).catch((error) => {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  });
  const officers = await listOfficers(actor, { activeOnly: true });
  const rows: [string, string][] = [
    [t.village, `${d.villageName} (${d.villageCode})`],
    [t.district, d.districtName],
    [t.regency, d.regencyName],
    [t.decreeNumber, d.decreeNumber],
    [t.decreeDate, formatDay(locale, d.decreeDate)],
    [t.year, String(d.year)],
    [t.pimpasa, d.officers.map((o) => `${o.name} (${o.nip})`).join(", ") || "–"],
    [t.liaisonName, [d.liaisonName, d.liaisonPosition, d.liaisonPhone].filter(Boolean).join(" · ") || "–"],
    [t.status, label(locale, "designationStatus", d.status)],
  ];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">
          {t.designationsTitle}: {d.villageName}
        </h1>
        {d.status === "ACTIVE" ? (
          <Link href={`/kanim/kegiatan/baru?desa=${d.villageCode}`} className={buttonClass()}>
            {t.scheduleHere}
          </Link>
        ) : null}
      </div>
      {d.status === "INACTIVE" && d.deactivatedAt ? (
        <p className="rounded-md bg-slate-100 p-3 text-sm">
          {fill(t.deactivatedOn, { date: formatDate(locale, d.deactivatedAt), reason: d.deactivatedReason ?? "" })}
        </p>
      ) : null}
      <dl className="grid gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[12rem_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium text-slate-700">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="events" className="space-y-2">
        <h2 id="events" className="text-lg font-semibold">
          {t.recentEvents}
        </h2>
        {d.events.length === 0 ? (
          <p className="text-sm">{t.noEvents}</p>
        ) : (
          <ul className="list-disc pl-5">
            {d.events.map((e) => (
              <li key={e.id}>
                <Link className="text-brand-700 underline" href={`/kanim/kegiatan/${e.id}`}>
                  {e.title}
                </Link>{" "}
                · {formatDateTime(locale, e.startsAt)} · {label(locale, "eventStatus", e.status)}
              </li>
            ))}
          </ul>
        )}
      </section>
      {d.status === "ACTIVE" ? (
        <>
          <details className="rounded-lg border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-semibold">{t.editDesignation}</summary>
            <ActionForm action={updateDesignationAction} className="mt-4 space-y-4">
              <input type="hidden" name="designationId" value={d.id} />
              <input type="hidden" name="villageCode" value={d.villageCode} />
              <DesignationFields
                locale={locale}
                officers={officers}
                defaults={{
                  decreeNumber: d.decreeNumber,
                  decreeDate: d.decreeDate.toISOString().slice(0, 10),
                  year: String(d.year),
                  officerIds: d.officers.map((o) => o.id),
                  liaisonName: d.liaisonName ?? "",
                  liaisonPosition: d.liaisonPosition ?? "",
                  liaisonPhone: d.liaisonPhone ?? "",
                }}
              />
              <SubmitButton pending={common.saving}>{common.save}</SubmitButton>
            </ActionForm>
          </details>
          <details className="rounded-lg border border-red-200 bg-white p-4">
            <summary className="cursor-pointer font-semibold text-red-800">{t.deactivateTitle}</summary>
            <ActionForm action={deactivateDesignationAction} className="mt-4 space-y-4">
              <input type="hidden" name="designationId" value={d.id} />
              <FormTextArea label={t.reason} name="reason" required rows={3} />
              <SubmitButton variant="danger" pending={common.saving}>
                {t.deactivate}
              </SubmitButton>
            </ActionForm>
          </details>
        </>
      ) : null}
    </div>
  );
}
