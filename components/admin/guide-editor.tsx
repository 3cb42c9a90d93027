"use client";

import { formKey } from "./form-key";
import { useActionState, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { GUIDE_CATEGORIES } from "@/lib/guides/editing/schema";
import type { AdminMessages } from "@/lib/platform/i18n/messages/admin";
import { idleGuideEditorState, type GuideEditorState } from "./guide-editor-state";

const PREVIEW_DELAY_MS = 400;

/**
 * The guide editor with a live preview. The HTML shown comes from the server's safe Markdown renderer
 * (no raw HTML, no script links). Without JavaScript the "Preview" button posts the form instead.
 */
export function GuideEditor({
  action,
  previewAction,
  initial,
  initialPreview,
  t,
  saveLabel,
}: {
  action: (state: GuideEditorState, formData: FormData) => Promise<GuideEditorState>;
  previewAction: (body: string, locale: string) => Promise<string>;
  initial: Record<string, string>;
  initialPreview: string;
  t: AdminMessages;
  saveLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleGuideEditorState);
  const values = state.values ?? initial;
  const value = (name: string) => {
    const v = values[name];
    return Array.isArray(v) ? v[0] : (v ?? "");
  };
  const errors = state.form.status === "error" ? state.form.fieldErrors : {};
  const [livePreview, setLivePreview] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(0);
  useEffect(() => () => clearTimeout(timer.current), []);

  function schedulePreview(form: HTMLFormElement | null) {
    if (!form) return;
    const data = new FormData(form);
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const request = ++latest.current;
      const html = await previewAction(String(data.get("body") ?? ""), String(data.get("locale") ?? "id"));
      // A slow answer to an older keystroke must not replace a newer preview.
      if (request === latest.current) setLivePreview(html);
    }, PREVIEW_DELAY_MS);
  }

  const html = livePreview ?? state.preview ?? initialPreview;
  return (
    <form key={formKey(state)} action={formAction} className="space-y-6" noValidate>
      {state.form.status === "error" ? <Alert tone="error" title={state.form.message} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t.guideTitle} name="title" required defaultValue={value("title")} error={errors.title} />
        <TextField label={t.guideSlug} name="slug" required defaultValue={value("slug")} error={errors.slug} hint={t.guideSlugHint} />
        <SelectField
          label={t.guideLocale}
          name="locale"
          required
          defaultValue={value("locale")}
          error={errors.locale}
          options={[
            { value: "id", label: t.localeId },
            { value: "en", label: t.localeEn },
          ]}
        />
        <SelectField
          label={t.guideCategory}
          name="category"
          required
          defaultValue={value("category")}
          error={errors.category}
          placeholder={t.chooseOne}
          options={GUIDE_CATEGORIES.map((c) => ({ value: c, label: t[`cat${c}`] }))}
        />
        <TextField
          label={t.sortOrder}
          name="sortOrder"
          type="number"
          inputMode="numeric"
          min={0}
          max={9999}
          required
          defaultValue={value("sortOrder")}
          error={errors.sortOrder}
          hint={t.sortOrderHint}
        />
      </div>
      <TextAreaField label={t.guideSummary} name="summary" required rows={2} defaultValue={value("summary")} error={errors.summary} />
      <div className="grid gap-4 lg:grid-cols-2">
        <TextAreaField
          label={t.guideBody}
          name="body"
          required
          rows={20}
          defaultValue={value("body")}
          error={errors.body}
          hint={t.guideBodyHint}
          onChange={(event) => schedulePreview(event.currentTarget.form)}
        />
        <section aria-labelledby="guide-preview" className="space-y-1">
          <h2 id="guide-preview" className="text-sm font-medium text-slate-800">
            {t.preview}
          </h2>
          <div
            aria-live="polite"
            data-testid="guide-preview"
            className="min-h-40 space-y-3 rounded-md border border-dashed border-slate-400 bg-white p-4 [&_a]:text-brand-700 [&_a]:underline [&_h1]:text-2xl [&_h1]:font-bold [&_h2]:text-xl [&_h2]:font-bold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_td]:border [&_td]:p-1 [&_th]:border [&_th]:p-1 [&_ul]:list-disc [&_ul]:pl-6"
            dangerouslySetInnerHTML={{ __html: html || `<p>${t.previewEmpty}</p>` }}
          />
        </section>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="intent" value="save" disabled={pending}>
          {saveLabel}
        </Button>
        <Button type="submit" name="intent" value="preview" variant="secondary" disabled={pending}>
          {t.preview}
        </Button>
      </div>
    </form>
  );
}
