import Link from "next/link";
import type { Metadata } from "next";
import { buttonClass } from "@/components/ui/button";
import { requireAdminActor } from "../require-admin";
import { listGuidesForEditing } from "@/lib/guides/editing/queries";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { formatDateTime } from "@/lib/platform/i18n/locale";
import { adminMessages } from "@/lib/platform/i18n/messages/admin";

export const metadata: Metadata = { title: "Panduan" };

export default async function GuidesAdminPage() {
  const actor = await requireAdminActor("guide:manage");
  const locale = await getRequestLocale();
  const t = adminMessages(locale);
  const guides = await listGuidesForEditing(actor);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t.guidesTitle}</h1>
        <Link href="/admin/panduan/baru" className={buttonClass()}>
          {t.newGuide}
        </Link>
      </div>
      {guides.length === 0 ? (
        <p>{t.noGuides}</p>
      ) : (
        <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-3">{t.guideCategory}</th>
                <th scope="col" className="p-3">{t.sortOrder}</th>
                <th scope="col" className="p-3">{t.guideTitle}</th>
                <th scope="col" className="p-3">{t.guideLocale}</th>
                <th scope="col" className="p-3">{t.status}</th>
                <th scope="col" className="p-3">{t.updated}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {guides.map((g) => (
                <tr key={g.id}>
                  <td className="p-3">{t[`cat${g.category}`]}</td>
                  <td className="p-3">{g.sortOrder}</td>
                  <th scope="row" className="p-3 font-medium">
                    <Link href={`/admin/panduan/${g.id}`} className="text-brand-700 underline">
                      {g.title}
                    </Link>
                    <span className="block text-xs font-normal text-slate-700">{g.slug}</span>
                  </th>
                  <td className="p-3 uppercase">{g.locale}</td>
                  <td className="p-3">
                    <span className={g.published ? "font-semibold text-green-800" : "text-slate-700"}>
                      {g.published ? t.published : t.draft}
                    </span>
                  </td>
                  <td className="p-3">{formatDateTime(locale, g.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
