import type { FormState, FormValues } from "@/lib/platform/forms";

// The guide editor's action state: the usual FormState plus what the no-JavaScript "Preview" button needs
// to show the rendered body and keep what was typed.
export type GuideEditorState = { form: FormState; values: FormValues | null; preview: string | null };

export const idleGuideEditorState: GuideEditorState = { form: { status: "idle" }, values: null, preview: null };
