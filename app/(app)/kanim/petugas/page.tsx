import Link from "next/link";
import type { Metadata } from "next";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { listLinkableUsers, listOfficers } from "@/lib/officers/queries";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import { createOfficerAction } from "./actions";
import { OfficerFields } from "./officer-fields";

export const metadata: Metadata = { title: "Petugas" };

export default async function OfficersPage() {
  const actor = await requireWorkspace("kanim");
  const locale = await getRequestLocale();
  const t = kanimMessages(locale);
  const common = commonMessages(locale);
  const [officers, users] = await Promise.all([listOfficers(actor), listLinkableUsers(actor)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.officersTitle}</h1>
      {officers.length === 0 ? (
        <p>{common.noResults}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="p-2">{t.name}</th>
                <th scope="col" className="p-2">{t.nip}</th>
                <th scope="col" className="p-2">{t.rank}</th>
                <th scope="col" className="p-2">{t.villagesGuided}</th>
                <th scope="col" className="p-2">{t.linkedAccount}</th>
                <th scope="col" className="p-2">{t.status}</th>
              </tr>
            </thead>
            <tbody>
              {officers.map((o) => (
                <tr key={o.id} className="border-t border-slate-100">
                  <td className="p-2">
                    <Link className="font-semibold text-brand-700 underline" href={`/kanim/petugas/${o.id}`}>
                      {o.name}
                    </Link>
                    <span className="block text-xs text-slate-600">{o.position}</span>
                  </td>
                  <td className="p-2 font-mono">{o.nip}</td>
                  <td className="p-2">{o.rank}</td>
                  <td className="p-2 tabular-nums">{o.villages}</td>
                  <td className="p-2">{o.userEmail ?? "–"}</td>
                  <td className="p-2">{o.active ? t.active : t.inactive}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="add" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="add" className="mb-3 text-lg font-semibold">
          {t.addOfficer}
        </h2>
        <ActionForm action={createOfficerAction}>
          <OfficerFields locale={locale} users={users} />
          <SubmitButton pending={common.saving}>{t.addOfficer}</SubmitButton>
        </ActionForm>
      </section>
    </div>
  );
}
