import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { WorkspaceShell } from "@/components/layout/workspace-shell";
import { mayOpen, requireActor } from "@/lib/platform/auth/session";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { journeyMessages } from "@/lib/platform/i18n/messages/journey";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";

export default async function KanimLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  if (!mayOpen(actor, "kanim")) notFound();
  const locale = await getRequestLocale();
  const j = journeyMessages(locale);
  const t = kanimMessages(locale);
  return (
    <WorkspaceShell
      actor={actor}
      locale={locale}
      title={t.workspaceTitle}
      nav={[
        { href: "/kanim", label: t.navDashboard },
        { href: "/kanim/desa", label: t.navDesignations },
        { href: "/kanim/petugas", label: t.navOfficers },
        { href: "/kanim/kegiatan", label: t.navEvents },
        { href: "/kanim/cpmi", label: t.navCandidates },
        { href: "/kanim/perjalanan", label: j["nav.journeys"] },
        { href: "/kanim/kasus", label: j["nav.cases"] },
        { href: "/kanim/permintaan", label: t.navRequests },
        { href: "/kanim/ekspor", label: t.navExports },
      ]}
    >
      {children}
    </WorkspaceShell>
  );
}
