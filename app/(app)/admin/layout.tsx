import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { WorkspaceShell } from "@/components/layout/workspace-shell";
import { mayOpen, requireActor } from "@/lib/platform/auth/session";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { adminMessages } from "@/lib/platform/i18n/messages/admin";

// The administrators' workspace. Each page and command authorizes again; this only hides the frame.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  if (!mayOpen(actor, "admin")) notFound();
  const locale = await getRequestLocale();
  const t = adminMessages(locale);
  return (
    <WorkspaceShell
      actor={actor}
      locale={locale}
      title={t.workspaceTitle}
      nav={[
        { href: "/admin", label: t.navDashboard },
        { href: "/admin/kantor", label: t.navOffices },
        { href: "/admin/akun", label: t.navAccounts },
        { href: "/admin/panduan", label: t.navGuides },
        { href: "/admin/data-referensi", label: t.navReferenceData },
        { href: "/admin/log-audit", label: t.navAudit },
      ]}
    >
      {children}
    </WorkspaceShell>
  );
}
