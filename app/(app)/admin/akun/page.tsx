import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { SelectField, TextField } from "@/components/ui/field";
import { accountFormOptions, listAccounts } from "@/lib/accounts/queries";
import { ROLES } from "@/lib/accounts/schema";
import { orNotFound } from "@/lib/platform/auth/pages";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { fill, formatDateTime } from "@/lib/platform/i18n/locale";
import { accountMessages } from "@/lib/platform/i18n/messages/accounts";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { getRequestLocale } from "@/lib/platform/i18n/server";

export const metadata: Metadata = { title: "Akun pengguna" };

export default async function AccountListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const actor = await requireWorkspace("admin");
  const params = await searchParams;
  const list = await orNotFound(listAccounts(actor, params));
  const options = await accountFormOptions(actor);
  const locale = await getRequestLocale();
  const t = accountMessages(locale);
  const c = commonMessages(locale);
  const hrefFor = (page: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(list.filters)) if (value !== undefined && key !== "page") query.set(key, String(value));
    query.set("page", String(page));
    return `/admin/akun?${query}`;
  };
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t.listTitle}</h1>
        <Link href="/admin/akun/baru" className={buttonClass()}>
          {t.newAccount}
        </Link>
      </div>
      <form method="get" className="mb-4 grid gap-3 rounded-md border border-slate-300 bg-white p-3 sm:grid-cols-5 sm:items-end">
        <TextField name="q" label={t.searchLabel} type="search" defaultValue={list.filters.q ?? ""} />
        <SelectField name="role" label={t.role} placeholder={t.allRoles} defaultValue={list.filters.role ?? ""}
          options={ROLES.map((role) => ({ value: role, label: t[`role.${role}`] }))} />
        <SelectField name="officeId" label={t.office} placeholder={t.allOffices} defaultValue={list.filters.officeId ?? ""}
          options={options.offices.map((o) => ({ value: o.id, label: o.name }))} />
        <SelectField name="active" label={t.status} placeholder={t.allStatuses} defaultValue={list.filters.active ?? ""}
          options={[{ value: "yes", label: t.active }, { value: "no", label: t.inactive }]} />
        <button type="submit" className={buttonClass("secondary")}>
          {c.filter}
        </button>
      </form>
      <p className="mb-2 text-sm text-slate-700">{fill(t.totalAccounts, { count: list.total })}</p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="p-2">{t.name}</th>
              <th scope="col" className="p-2">{t.role}</th>
              <th scope="col" className="p-2">{t.scope}</th>
              <th scope="col" className="p-2">{t.status}</th>
              <th scope="col" className="p-2">{t.twoFactor}</th>
              <th scope="col" className="p-2">{t.lastLogin}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-200">
                <td className="p-2">
                  <Link href={`/admin/akun/${row.id}`} className="font-semibold text-brand-700 underline">
                    {row.name}
                  </Link>
                  <div className="text-slate-600">{row.email}</div>
                </td>
                <td className="p-2">{t[`role.${row.role}`]}</td>
                <td className="p-2">{row.scope ?? "—"}</td>
                <td className="p-2">{row.active ? t.active : t.inactive}</td>
                <td className="p-2">{row.twoFactor ? c.yes : c.no}</td>
                <td className="p-2">{row.lastLoginAt ? formatDateTime(locale, row.lastLoginAt) : t.never}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.rows.length === 0 ? <p className="p-4 text-slate-700">{c.noResults}</p> : null}
      </div>
      <Pagination page={list.page} pages={list.pages} hrefFor={hrefFor}
        labels={{ previous: c.previous, next: c.next, pageOf: fill(c.pageOf, { page: list.page, pages: list.pages }) }} />
    </>
  );
}
