import { can, homePathFor, type Actor } from "@/lib/platform/auth/policy";
import type { NavItem } from "@/components/layout/workspace-shell";
import type { AccountMessages } from "@/lib/platform/i18n/messages/accounts";

/** Navigation of the account pages: back to the role's workspace, the own account, and user admin if allowed. */
export function accountNav(actor: Actor, t: AccountMessages, enrolled = true): NavItem[] {
  const items: NavItem[] = [];
  if (enrolled) items.push({ href: homePathFor(actor.role), label: t.workspace });
  if (enrolled && can(actor, "user:manage")) items.push({ href: "/admin/akun", label: t.accounts });
  items.push({ href: "/akun", label: t.myAccount }, { href: "/akun/keamanan", label: t.security });
  return items;
}
