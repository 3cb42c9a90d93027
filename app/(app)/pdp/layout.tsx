import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { WorkspaceShell, type NavItem } from "@/components/layout/workspace-shell";
import { can, homePathFor } from "@/lib/platform/auth/policy";
import { requireActor } from "@/lib/platform/auth/session";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { privacyMessages } from "@/lib/platform/i18n/messages/privacy";

// The personal-data-protection area, shared by every role that handles requests; each page and domain
// function checks permissions itself; this layout only picks the navigation.
export default async function PrivacyLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const locale = await getRequestLocale();
  const t = privacyMessages(locale);
  const nav: NavItem[] = [{ href: homePathFor(actor.role), label: t.navHome }];
  if (can(actor, "subjectRequest:manage")) {
    nav.push({ href: "/pdp", label: t.navQueue }, { href: "/pdp/permintaan/baru", label: t.navNew });
  }
  if (can(actor, "accessRecord:read")) nav.push({ href: "/pdp/akses", label: t.navAccess });
  if (can(actor, "retention:manage")) nav.push({ href: "/pdp/retensi", label: t.navRetention });
  if (nav.length === 1) notFound();
  return (
    <WorkspaceShell actor={actor} locale={locale} title={t.areaTitle} nav={nav}>
      {children}
    </WorkspaceShell>
  );
}
