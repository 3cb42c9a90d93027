import "server-only";
import type { z } from "zod";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import type { Actor, Permission, ScopedResource } from "@/lib/platform/auth/policy";
import { recordAudit, type AuditEntry } from "@/lib/platform/audit/log";
import { recordAccessDenied } from "@/lib/platform/audit/access";
import { db, type Tx } from "@/lib/platform/db/client";
import { NotFoundError, isAppError } from "@/lib/platform/errors";
import { isRecordId } from "@/lib/platform/validation/ids";

// The one way to write. A command is declared once: its permission, the record it acts on (read within the
// actor's scope), its input schema and its body. The contract authorizes (every refusal audited, answered as
// "not found"), parses, runs the body in one transaction that must carry its audit entry, and answers one
// result type. Expected failures are values; only the unexpected throws. The form translator
// (lib/platform/form-state.ts) is the only reader of failures on the way back to a screen.

/** A text for the reader, as a catalog key with its values; values may be messages themselves or dates. */
export type Message = { key: string; params?: Record<string, MessageParam> };
export type MessageParam = string | number | Date | Message;
/** Per form field (its top-level name: an error on "topics.0" is the "topics" field's), the first message. */
export type FieldErrors = Record<string, Message>;

export type Failure =
  /** The input breaks a rule: per-field messages. */
  | { ok: false; reason: "invalid"; fieldErrors: FieldErrors }
  /**
   * The input is valid, but the world disagrees: someone saved first, the slot is taken, the record moved on.
   * `lines` list what disagrees; `keep` are form values to replace (e.g. the current version), so saving
   * again is a deliberate choice after reading them.
   */
  | { ok: false; reason: "conflict"; message: Message; field?: string; lines?: Message[]; keep?: Record<string, string> }
  /** Absent, or outside the actor's scope: the two look the same. */
  | { ok: false; reason: "not-found" };

/** `replayed`: nothing was written (the same request seen before, or nothing to change), so no audit entry. */
export type Result<T> = { ok: true; value: T; replayed?: boolean } | Failure;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
/** The same request seen before (idempotency key), or a save that changes nothing: the answer, nothing written. */
export const replayed = <T>(value: T): Result<T> => ({ ok: true, value, replayed: true });
export const invalid = (fieldErrors: FieldErrors): Failure => ({ ok: false, reason: "invalid", fieldErrors });
export const fieldError = (field: string, key: string, params?: Message["params"]): Failure =>
  invalid({ [field]: { key, params } });
export const conflict = (key: string, rest: Omit<Extract<Failure, { reason: "conflict" }>, "ok" | "reason" | "message"> & { params?: Message["params"] } = {}): Failure => {
  const { params, ...detail } = rest;
  return { ok: false, reason: "conflict", message: { key, params }, ...detail };
};
export const notFound: Failure = { ok: false, reason: "not-found" };

export function isFailure<T>(result: Result<T>): result is Failure {
  return !result.ok;
}

/** zod issues as field errors; schemas use catalog keys as their messages. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : "form";
    errors[field] ??= { key: issue.message };
  }
  return errors;
}

export type CommandOptions = { now?: Date };

export type CommandContext<I, T> = {
  actor: Actor;
  input: I;
  target: T;
  tx: Tx;
  now: Date;
  /** Appends the audit entry of this change to the command's transaction (the actor is filled in). */
  audit: (entry: Omit<AuditEntry, "actor">) => Promise<void>;
};

type Body<I, T, O> = (context: CommandContext<I, T>) => Promise<Result<O> | O>;

type Before<I, T, O> = (context: { actor: Actor; input: I; target: T; now: Date }) => Promise<Result<O> | null>;

/** A write on the actor's own account (password, second factor): any signed-in actor, on itself only. */
export const OWN_ACCOUNT = "own-account" as const;

type Spec<I, T, O> = {
  /** The audit action and the name in logs, e.g. "candidate.create". */
  name: string;
  permission: Permission | typeof OWN_ACCOUNT;
  /** Where the permission applies (the actor's own village, the target's office, …); none: the role alone. */
  resource?: (actor: Actor, target: T) => ScopedResource | undefined;
  /**
   * Where the parsed input puts the write (the village an event is scheduled in), authorized like `resource`
   * (audited, "not found") before `before` and `run` see it.
   */
  inputResource?: (input: I, target: T) => ScopedResource;
  /** The schema, or a function building it from what the command already knows (the target, the day). */
  input: z.ZodType<I> | ((context: { actor: Actor; target: T; now: Date }) => z.ZodType<I> | Promise<z.ZodType<I>>);
  /**
   * Checks outside the transaction, after parsing: an idempotent replay answers here, a duplicate refuses.
   * Return null to go on.
   */
  before?: Before<I, T, O>;
  run: Body<I, T, O>;
  /**
   * A unique key was hit by a concurrent write: the transaction is gone; answer from what committed
   * (the first submission's record, the duplicate), or null to rethrow.
   */
  onUniqueViolation?: Before<I, T, O>;
};

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

const asResult = <O>(value: Result<O> | O): Result<O> =>
  typeof value === "object" && value !== null && "ok" in value && typeof (value as { ok: unknown }).ok === "boolean"
    ? (value as Result<O>)
    : { ok: true, value: value as O };

async function execute<I, T, O>(
  spec: Spec<I, T, O>,
  actor: Actor | null,
  target: T,
  raw: unknown,
  options: CommandOptions,
  entityId: string | null = null,
): Promise<Result<O>> {
  try {
    const resource = actor && spec.resource ? spec.resource(actor, target) : undefined;
    const entity = spec.name.split(".")[0];
    const authorized =
      spec.permission === OWN_ACCOUNT ? await signedIn(actor, entity) : await authorizeAudited(actor, spec.permission, resource, entity, entityId);
    const now = options.now ?? new Date();
    const schema = typeof spec.input === "function" ? await spec.input({ actor: authorized, target, now }) : spec.input;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
    const input = parsed.data;
    if (spec.inputResource && spec.permission !== OWN_ACCOUNT) {
      await authorizeAudited(authorized, spec.permission, spec.inputResource(input, target), entity, entityId);
    }
    const early = await spec.before?.({ actor: authorized, input, target, now });
    if (early) return early;
    try {
      return await db.$transaction(async (tx) => {
        let audited = false;
        const audit = async (entry: Omit<AuditEntry, "actor">) => {
          audited = true;
          await recordAudit({ ...entry, actor: authorized }, tx);
        };
        const result = asResult(await spec.run({ actor: authorized, input, target, tx, now, audit }));
        // A write without its audit entry must not commit (UU PDP: the trail is complete).
        if (result.ok && !result.replayed && !audited) throw new Error(`command ${spec.name} wrote no audit entry`);
        if (!result.ok) throw new RolledBack(result);
        return result;
      });
    } catch (error) {
      if (error instanceof RolledBack) return error.result;
      if (!isUniqueViolation(error) || !spec.onUniqueViolation) throw error;
      const answer = await spec.onUniqueViolation({ actor: authorized, input, target, now });
      if (answer) return answer;
      throw error;
    }
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return notFound;
    throw error;
  }
}

async function signedIn(actor: Actor | null, entity: string): Promise<Actor> {
  if (actor) return actor;
  await recordAccessDenied(null, entity, null, OWN_ACCOUNT);
  throw new NotFoundError(entity);
}

/** A failure found inside the transaction: everything it wrote is undone, the failure is the answer. */
class RolledBack extends Error {
  constructor(readonly result: Failure) {
    super("rolled back");
  }
}

/** A command on no existing record (create, or acting on the actor's own scope): `(actor, input, options)`. */
export function defineCommand<I, O>(spec: Spec<I, undefined, O>) {
  const command = (actor: Actor | null, raw: unknown, options: CommandOptions = {}) => execute(spec, actor, undefined, raw, options);
  return Object.assign(command, { commandName: spec.name, permission: spec.permission });
}

function absentOnNotFound(error: unknown): null {
  if (isAppError(error, "NOT_FOUND")) return null;
  throw error;
}

/**
 * A command on one record: `(actor, id, input, options)`. `load` reads the record within the actor's scope
 * for the permission (or null); a malformed id, an absent and an out-of-scope record are all "not found".
 */
export function defineRecordCommand<I, T, O>(
  spec: Spec<I, T, O> & { load: (actor: Actor, id: string) => Promise<T | null> },
) {
  const command = async (actor: Actor | null, id: string, raw: unknown, options: CommandOptions = {}): Promise<Result<O>> => {
    const target = actor && isRecordId(id) ? await spec.load(actor, id).catch(absentOnNotFound) : null;
    if (target === null) {
      // Audited like any refusal, then answered as absent.
      await recordAccessDenied(actor, spec.name.split(".")[0], isRecordId(id) ? id : null, spec.permission);
      return notFound;
    }
    return execute(spec, actor, target, raw, options, id);
  };
  return Object.assign(command, { commandName: spec.name, permission: spec.permission });
}
