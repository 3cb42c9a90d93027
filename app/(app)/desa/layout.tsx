import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { WorkspaceShell } from "@/components/layout/workspace-shell";
import { mayOpen, requireActor } from "@/lib/platform/auth/session";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { journeyMessages } from "@/lib/platform/i18n/messages/journey";
import { villageMessages } from "@/lib/platform/i18n/messages/village";

// The village workspace: only accounts that may register CPMI in their own village. Each page guards itself
// (requireWorkspace) and each domain function authorizes on its own; this only keeps others out of the frame.
export default async function VillageLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  if (!mayOpen(actor, "desa")) notFound();
  const locale = await getRequestLocale();
  const j = journeyMessages(locale);
  const t = villageMessages(locale);
  return (
    <WorkspaceShell
      actor={actor}
      locale={locale}
      title={t.workspaceTitle}
      nav={[
        { href: "/desa", label: t["nav.home"] },
        { href: "/desa/cpmi", label: t["nav.register"] },
        { href: "/desa/cpmi/baru", label: t["nav.new"] },
        { href: "/desa/luar-negeri", label: j["nav.abroad"] },
        { href: "/desa/kasus", label: j["nav.cases"] },
        { href: "/desa/kunjungan", label: t["nav.visits"] },
      ]}
    >
      {children}
    </WorkspaceShell>
  );
}
