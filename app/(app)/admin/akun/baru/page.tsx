import type { Metadata } from "next";
import { ActionForm } from "@/components/auth/action-form";
import { accountFormOptions } from "@/lib/accounts/queries";
import { RESET_TOKEN_HOURS } from "@/lib/accounts/commands";
import { ROLES } from "@/lib/accounts/schema";
import { orNotFound } from "@/lib/platform/auth/pages";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { fill } from "@/lib/platform/i18n/locale";
import { accountMessages } from "@/lib/platform/i18n/messages/accounts";
import { authMessages } from "@/lib/platform/i18n/messages/auth";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { createAccountAction } from "../actions";

export const metadata: Metadata = { title: "Akun baru" };

export default async function NewAccountPage() {
  const actor = await requireWorkspace("admin");
  const options = await orNotFound(accountFormOptions(actor));
  const locale = await getRequestLocale();
  const t = accountMessages(locale);
  return (
    <>
      <div className="max-w-xl">
        <h1 className="mb-4 text-2xl font-bold">{t.newAccount}</h1>
        <ActionForm
          action={createAccountAction}
          submitLabel={t.createAccount}
          pendingLabel={authMessages(locale).submitting}
          issuedLabels={{ title: t.oneTimeCodeTitle, intro: fill(t.oneTimeCodeIntro, { hours: RESET_TOKEN_HOURS }), link: t.link, code: t.codeLabel }}
          fields={[
            { name: "name", label: t.name, autoComplete: "off", required: true, maxLength: 120 },
            { name: "email", label: t.email, type: "email", autoComplete: "off", required: true },
            { kind: "select", name: "role", label: t.role, placeholder: t.chooseRole, required: true,
              options: ROLES.map((role) => ({ value: role, label: t[`role.${role}`] })) },
            { kind: "select", name: "officeId", label: t.office, placeholder: t.chooseOffice, hint: t.officeHint,
              options: options.offices.map((o) => ({ value: o.id, label: o.name })) },
            { kind: "select", name: "villageCode", label: t.village, placeholder: t.chooseVillage, hint: t.villageHint,
              options: options.villages.map((v) => ({ value: v.code, label: `${v.name} (${v.code}) · ${v.officeName}` })) },
          ]}
        />
      </div>
    </>
  );
}
