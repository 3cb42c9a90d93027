import type { Metadata } from "next";
import { GuideEditor } from "@/components/admin/guide-editor";
import { requireAdminActor } from "../../require-admin";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { adminMessages } from "@/lib/platform/i18n/messages/admin";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { createGuideAction, previewGuideAction } from "../actions";

export const metadata: Metadata = { title: "Panduan baru" };

/** A new guide; ?slug=…&locale=en&category=… starts the translation of an existing one. */
export default async function NewGuidePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireAdminActor("guide:manage");
  const query = await searchParams;
  const locale = await getRequestLocale();
  const t = adminMessages(locale);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.newGuide}</h1>
      <GuideEditor
        action={createGuideAction}
        previewAction={previewGuideAction}
        initial={{
          slug: query.slug ?? "",
          locale: query.locale === "en" ? "en" : "id",
          category: query.category ?? "",
          sortOrder: query.sortOrder ?? "0",
        }}
        initialPreview=""
        t={t}
        saveLabel={commonMessages(locale).save}
      />
    </div>
  );
}
