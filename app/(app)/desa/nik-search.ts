import "server-only";
import type { Actor } from "@/lib/platform/auth/policy";
import { fieldError, ok, type Result } from "@/lib/platform/command";
import { findCandidateIdByNik, isFullNik } from "@/lib/candidates/queries";
import type { FormValues } from "@/lib/platform/forms";

/** The posted full-NIK search of a register: the id of the record the actor may see, or a field message. */
export async function findCandidateByPostedNik(actor: Actor, values: FormValues): Promise<Result<string>> {
  const nik = typeof values.nik === "string" ? values.nik : "";
  if (!isFullNik(nik)) return fieldError("nik", "common.nikSearchInvalid");
  const id = await findCandidateIdByNik(actor, nik);
  return id ? ok(id) : fieldError("nik", "common.nikSearchNotFound");
}
