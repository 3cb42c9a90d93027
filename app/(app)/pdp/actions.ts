"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/platform/auth/session";
import type { Actor } from "@/lib/platform/auth/policy";
import { isAppError } from "@/lib/platform/errors";
import { errorState, fieldErrors, formValues, type FormState } from "@/lib/platform/forms";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { privacyError, privacyMessages } from "@/lib/platform/i18n/messages/privacy";
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
import { correctionSchema, recordRequestSchema, resolutionSchema } from "@/lib/privacy/subject-requests/schema";
import { updateRetentionPolicy } from "@/lib/privacy/retention";
import { retentionPolicySchema } from "@/lib/privacy/retention-schema";

// Thin wrappers: parse, call the domain (which authorizes), translate expected failures into form state.

async function failure(error: unknown, values: Record<string, string | string[]>): Promise<FormState> {
  const locale = await getRequestLocale();
  const t = commonMessages(locale);
  if (error instanceof z.ZodError) {
    return errorState(t.fixErrors, values, fieldErrors(error, (key) => privacyError(locale, key)));
  }
  if (isAppError(error, "NOT_FOUND")) return errorState(t.notFoundBody, values);
  if (isAppError(error)) {
    const fields = (error.details?.fieldErrors ?? {}) as Record<string, string>;
    const translated = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, privacyError(locale, v)]));
    return errorState(Object.keys(fields).length ? t.fixErrors : privacyError(locale, error.message), values, translated);
  }
  throw error;
}

async function withActor(values: Record<string, string | string[]>, run: (actor: Actor) => Promise<FormState>) {
  const actor = await getActor();
  if (!actor) return errorState(commonMessages(await getRequestLocale()).notFoundBody, values);
  try {
    return await run(actor);
  } catch (error) {
    return failure(error, values);
  }
}

export async function recordSubjectRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let id: string | undefined;
  const state = await withActor(values, async (actor) => {
    const request = await recordSubjectRequest(actor, recordRequestSchema.parse(values));
    id = request.id;
    revalidatePath("/pdp");
    return { status: "success", message: privacyMessages(await getRequestLocale()).recorded, id: request.id };
  });
  // The NIK typed in must not travel back to the browser in the form state.
  if (state.status === "error") state.values = { ...state.values, nik: "" };
  if (id) redirect(`/pdp/permintaan/${id}`);
  return state;
}

type Resolver = (actor: Actor, requestId: string, input: { resolution: string }) => Promise<unknown>;

async function resolveWith(resolver: Resolver, requestId: string, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return withActor(values, async (actor) => {
    await resolver(actor, requestId, resolutionSchema.parse(values));
    revalidatePath("/pdp", "layout");
    return { status: "success", message: privacyMessages(await getRequestLocale()).done };
  });
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
  const values = formValues(formData);
  const state = await withActor(values, async (actor) => {
    await correctSubjectData(actor, requestId, correctionSchema.parse(values));
    revalidatePath("/pdp", "layout");
    return { status: "success", message: privacyMessages(await getRequestLocale()).done };
  });
  if (state.status === "error") state.values = { ...state.values, nik: "", phone: "" };
  return state;
}

export async function updateRetentionAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return withActor(values, async (actor) => {
    await updateRetentionPolicy(actor, retentionPolicySchema.parse(values));
    revalidatePath("/pdp/retensi");
    return { status: "success", message: privacyMessages(await getRequestLocale()).done };
  });
}
