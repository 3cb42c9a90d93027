import type { ReactNode } from "react";
import { WorkspaceShell } from "@/components/layout/workspace-shell";
import type { Actor } from "@/lib/auth/policy";
import type { Locale } from "@/lib/i18n/locale";
import { accountMessages } from "@/lib/i18n/messages/accounts";
import { accountNav } from "./account-nav";

/** The frame of the admin account pages (until the admin workspace brings its own layout). */
export function AdminAccountShell({ actor, locale, children }: { actor: Actor; locale: Locale; children: ReactNode }) {
  const t = accountMessages(locale);
  return (
    <WorkspaceShell actor={actor} locale={locale} title={t.accounts} nav={accountNav(actor, t)}>
      {children}
    </WorkspaceShell>
  );
}
