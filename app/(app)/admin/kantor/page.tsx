import Link from "next/link";
import type { Metadata } from "next";
import { buttonClass } from "@/components/ui/button";
import { requireAdminActor } from "../require-admin";
import { listOffices } from "@/lib/offices/queries";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { formatNumber } from "@/lib/platform/i18n/locale";
import { adminMessages } from "@/lib/platform/i18n/messages/admin";

export const metadata: Metadata = { title: "Kantor" };

export default async function OfficesPage() {
  const actor = await requireAdminActor("office:manage");
  const locale = await getRequestLocale();
  const t = adminMessages(locale);
  const offices = await listOffices(actor);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t.officesTitle}</h1>
        <Link href="/admin/kantor/baru" className={buttonClass()}>
          {t.newOffice}
        </Link>
      </div>
      {offices.length === 0 ? (
        <p>{t.noOffices}</p>
      ) : (
        <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-3">{t.officeName}</th>
                <th scope="col" className="p-3">{t.officeClass}</th>
                <th scope="col" className="p-3">{t.regionalProvince}</th>
                <th scope="col" className="p-3 text-right">{t.regencies}</th>
                <th scope="col" className="p-3 text-right">{t.designations}</th>
                <th scope="col" className="p-3 text-right">{t.users}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {offices.map((o) => (
                <tr key={o.id}>
                  <th scope="row" className="p-3 font-medium">
                    <Link href={`/admin/kantor/${o.id}`} className="text-brand-700 underline">
                      {o.name}
                    </Link>
                  </th>
                  <td className="p-3">{t[`class${o.officeClass}`]}</td>
                  <td className="p-3">{o.provinceName}</td>
                  <td className="p-3 text-right">{formatNumber(locale, o.regencyCount)}</td>
                  <td className="p-3 text-right">{formatNumber(locale, o.designationCount)}</td>
                  <td className="p-3 text-right">{formatNumber(locale, o.userCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
