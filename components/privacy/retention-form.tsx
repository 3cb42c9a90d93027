"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { idleFormState, type FormState } from "@/lib/platform/forms";
import { FormMessage } from "./form-message";

export function RetentionForm({
  action,
  current,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  current: { monthsAfterDeparture: number; monthsOfInactivity: number };
  labels: Record<"monthsAfterDeparture" | "monthsOfInactivity" | "submit", string>;
}) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={formAction} className="max-w-md space-y-4">
      <FormMessage state={state} />
      <TextField
        label={labels.monthsAfterDeparture}
        name="monthsAfterDeparture"
        type="number"
        min={1}
        max={240}
        required
        defaultValue={String(values.monthsAfterDeparture ?? current.monthsAfterDeparture)}
        error={errors.monthsAfterDeparture}
      />
      <TextField
        label={labels.monthsOfInactivity}
        name="monthsOfInactivity"
        type="number"
        min={1}
        max={240}
        required
        defaultValue={String(values.monthsOfInactivity ?? current.monthsOfInactivity)}
        error={errors.monthsOfInactivity}
      />
      <Button type="submit" disabled={pending}>
        {labels.submit}
      </Button>
    </form>
  );
}
