import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GuideEditor } from "@/components/admin/guide-editor";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { requireAdminActor } from "../../require-admin";
import { isAppError } from "@/lib/platform/errors";
import { getGuideForEditing } from "@/lib/guides/editing/queries";
import { renderGuidePreview } from "@/lib/guides/editing/preview";
import { fill } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { adminMessages } from "@/lib/platform/i18n/messages/admin";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { previewGuideAction, recordGuideCheckAction, setGuidePublishedAction, updateGuideAction } from "../actions";
import { GuideCheckForm } from "@/components/admin/guide-check-form";

export const metadata: Metadata = { title: "Ubah panduan" };

export default async function EditGuidePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requireAdminActor("guide:manage");
  const locale = await getRequestLocale();
  const t = adminMessages(locale);
  const guide = await getGuideForEditing(actor, id).catch((error) => {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  });
  const other = guide.locale === "id" ? "en" : "id";
  const otherName = other === "en" ? t.localeEn : t.localeId;
  const notice = query.terbit ? t.guidePublished : query.draf ? t.guideUnpublished : query.tersimpan ? t.guideSaved : null;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold">{guide.title}</h1>
          <p className="text-sm text-slate-700">
            {t.status}:{" "}
            <strong className={guide.published ? "text-green-800" : undefined}>{guide.published ? t.published : t.draft}</strong>
            {guide.published ? (
              <>
                {" · "}
                <a href={`/${guide.locale}/panduan/${guide.slug}`} className="text-brand-700 underline">
                  {t.viewPublic}
                </a>
              </>
            ) : null}
          </p>
          <p className="text-sm text-slate-700">
            {t.translation}:{" "}
            {guide.translation ? (
              <Link href={`/admin/panduan/${guide.translation.id}`} className="text-brand-700 underline" lang={other}>
                {guide.translation.title}
              </Link>
            ) : (
              <>
                {fill(t.translationMissing, { locale: otherName })}{" "}
                <Link
                  href={`/admin/panduan/baru?slug=${guide.slug}&locale=${other}&category=${guide.category}&sortOrder=${guide.sortOrder}`}
                  className="text-brand-700 underline"
                >
                  {fill(t.writeTranslation, { locale: otherName })}
                </Link>
              </>
            )}
          </p>
        </div>
        <form action={setGuidePublishedAction}>
          <input type="hidden" name="id" value={guide.id} />
          <input type="hidden" name="published" value={guide.published ? "false" : "true"} />
          <Button type="submit" variant={guide.published ? "secondary" : "primary"}>
            {guide.published ? t.unpublish : t.publish}
          </Button>
        </form>
      </div>
      {notice ? <Alert tone="success" title={notice} /> : null}
      <GuideEditor
        action={updateGuideAction.bind(null, guide.id)}
        previewAction={previewGuideAction}
        initial={{
          slug: guide.slug,
          locale: guide.locale,
          title: guide.title,
          summary: guide.summary,
          body: guide.body,
          category: guide.category,
          sortOrder: String(guide.sortOrder),
        }}
        initialPreview={await renderGuidePreview(actor, { body: guide.body, locale: guide.locale }).then((preview) => (preview.ok ? preview.value : ""))}
        t={t}
        saveLabel={commonMessages(locale).save}
      />
      <GuideCheckForm
        action={recordGuideCheckAction.bind(null, guide.id)}
        initial={{ sources: guide.sources, checkedOn: guide.checkedOn ? guide.checkedOn.toISOString().slice(0, 10) : "" }}
        t={t}
        saveLabel={t.saveGuideCheck}
      />
    </div>
  );
}
