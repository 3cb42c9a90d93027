import "server-only";
import type { Actor } from "@/lib/platform/auth/policy";
import { findCandidateIdByNik, isFullNik } from "@/lib/candidates/queries";
import { errorState, type FormState, type FormValues } from "@/lib/platform/forms";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";

/** The posted full-NIK search of a register: the record's page under `base`, or the form with a field message. */
export async function nikSearchOutcome(actor: Actor, values: FormValues, base: string): Promise<FormState | string> {
  const t = commonMessages(await getRequestLocale());
  const nik = typeof values.nik === "string" ? values.nik : "";
  if (!isFullNik(nik)) return errorState(t.nikSearchInvalid, values, { nik: t.nikSearchInvalid });
  const id = await findCandidateIdByNik(actor, nik);
  return id ? `${base}/${id}` : errorState(t.nikSearchNotFound, values, { nik: t.nikSearchNotFound });
}
