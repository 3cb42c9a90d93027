import type { FormState } from "@/lib/platform/forms";
import { Alert } from "@/components/ui/alert";

/** The summary line above a form after a submit: what went wrong, or that it was saved. */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "idle") return null;
  if (state.status === "success") return <Alert tone="success" title={state.message} />;
  return (
    <Alert tone="error" title={state.message}>
      {state.fieldErrors.form ? <p>{state.fieldErrors.form}</p> : null}
    </Alert>
  );
}
