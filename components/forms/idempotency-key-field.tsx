"use client";

import { useState } from "react";
import type { FormState } from "@/lib/platform/forms";
import { IDEMPOTENCY_FIELD, newIdempotencyKey } from "@/lib/platform/idempotency";

/**
 * The hidden key that makes a form's submission happen once. `initialKey` comes from the server render
 * (`newIdempotencyKey()` in the page), so it works without JavaScript; pass the form's action `state` and the
 * key changes after a success, so the NEXT record entered in the same, still-mounted form is a new one.
 */
export function IdempotencyKeyField({ initialKey, state }: { initialKey: string; state?: FormState }) {
  const [current, setCurrent] = useState({ key: initialKey, state });
  if (current.state !== state) {
    setCurrent({ key: state?.status === "success" ? newIdempotencyKey() : current.key, state });
  }
  return <input type="hidden" name={IDEMPOTENCY_FIELD} value={current.key} />;
}
