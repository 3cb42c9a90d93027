import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireAdminActor } from "../../require-admin";
import { isAppError } from "@/lib/platform/errors";
import { getAuditEntry } from "@/lib/platform/audit/queries";
import { fill, formatDateTime } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { adminMessages } from "@/lib/platform/i18n/messages/admin";

export const metadata: Metadata = { title: "Entri audit" };

const show = (value: unknown) => (value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value, null, 1));

export default async function AuditEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireAdminActor("audit:read");
  const locale = await getRequestLocale();
  const t = adminMessages(locale);
  const entry = await getAuditEntry(actor, id).catch((error) => {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  });
  const facts: [string, string][] = [
    [t.auditWhen, formatDateTime(locale, entry.at)],
    [t.auditActor, entry.actorName ? `${entry.actorName} <${entry.actorEmail}>` : t.system],
    [t.auditRole, entry.actorRole ? t[`role${entry.actorRole}`] : "—"],
    [t.auditAction, entry.action],
    [t.auditEntity, entry.entity],
    [t.auditEntityId, entry.entityId ?? "—"],
    [t.auditIp, entry.ip ?? "—"],
  ];
  return (
    <div className="space-y-6">
      <Link href="/admin/log-audit" className="text-sm font-semibold text-brand-700 underline">
        {t.back}
      </Link>
      <h1 className="text-2xl font-bold">{fill(t.auditEntry, { id: entry.id })}</h1>
      <dl className="grid gap-x-4 gap-y-2 rounded-md border border-slate-300 bg-white p-4 sm:grid-cols-[12rem_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-700">{label}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="changed-fields" className="space-y-2">
        <h2 id="changed-fields" className="text-lg font-semibold">
          {t.changedFields}
        </h2>
        {entry.fields.length === 0 ? (
          <p>{t.noChanges}</p>
        ) : (
          <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
            <table className="w-full text-left text-sm">
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="p-3">{t.field}</th>
                  <th scope="col" className="p-3">{t.before}</th>
                  <th scope="col" className="p-3">{t.after}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 align-top">
                {entry.fields.map((f) => (
                  <tr key={f.field}>
                    <th scope="row" className="p-3 font-mono">{f.field}</th>
                    <td className="p-3"><pre className="whitespace-pre-wrap break-all font-sans">{show(f.from)}</pre></td>
                    <td className="p-3"><pre className="whitespace-pre-wrap break-all font-sans">{show(f.to)}</pre></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
