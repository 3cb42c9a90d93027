"use server";

import type { Actor } from "@/lib/platform/auth/policy";
import type { Result } from "@/lib/platform/command";
import { runFormAction } from "@/lib/platform/form-action";
import type { FormState } from "@/lib/platform/forms";
import {
  completeCopyRequest,
  correctSubjectData,
  eraseSubjectData,
  liftRestriction,
  recordSubjectRequest,
  rejectSubjectRequest,
  restrictProcessing,
  stopProcessing,
} from "@/lib/privacy/subject-requests/commands";
import { updateRetentionPolicy } from "@/lib/privacy/retention";

const done = { key: "privacy.done" };

export async function recordSubjectRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  // The NIK typed in must not travel back to the browser in the form state.
  return runFormAction(formData, recordSubjectRequest, ({ id }) => ({ revalidate: ["/pdp"], redirectTo: `/pdp/permintaan/${id}` }), {
    forget: ["nik"],
  });
}

type Resolver = (actor: Actor, requestId: string, input: unknown) => Promise<Result<unknown>>;

function resolveWith(resolver: Resolver, requestId: string, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => resolver(actor, requestId, values), () => ({ revalidate: ["/pdp"], message: done }));
}

export async function completeCopyAction(requestId: string, _: FormState, formData: FormData) {
  return resolveWith(completeCopyRequest, requestId, formData);
}
export async function restrictProcessingAction(requestId: string, _: FormState, formData: FormData) {
  return resolveWith(restrictProcessing, requestId, formData);
}
export async function stopProcessingAction(requestId: string, _: FormState, formData: FormData) {
  return resolveWith(stopProcessing, requestId, formData);
}
export async function liftRestrictionAction(requestId: string, _: FormState, formData: FormData) {
  return resolveWith(liftRestriction, requestId, formData);
}
export async function eraseSubjectDataAction(requestId: string, _: FormState, formData: FormData) {
  return resolveWith(eraseSubjectData, requestId, formData);
}
export async function rejectSubjectRequestAction(requestId: string, _: FormState, formData: FormData) {
  return resolveWith(rejectSubjectRequest, requestId, formData);
}

export async function correctSubjectDataAction(requestId: string, _: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, (actor, values) => correctSubjectData(actor, requestId, values), () => ({ revalidate: ["/pdp"], message: done }), {
    forget: ["nik", "phone"],
  });
}

export async function updateRetentionAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, updateRetentionPolicy, () => ({ revalidate: ["/pdp/retensi"], message: done }));
}
