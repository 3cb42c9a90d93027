import "server-only";
import { headers } from "next/headers";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { db, type Tx } from "@/lib/platform/db/client";
import type { Actor } from "@/lib/platform/auth/policy";
import { env } from "@/lib/platform/env";
import { clientIpFrom, parseTrustedProxies } from "@/lib/platform/http/forwarded";

// The append-only audit trail. Pass the transaction of the change so the record and its audit row commit
// together. `changes` holds field names with before/after values: never a NIK in clear, never a secret
// (use redactChanges for records that carry them).

export type AuditEntry = {
  actor: Pick<Actor, "id" | "role"> | null;
  action: string;
  entity: string;
  entityId?: string | null;
  changes?: Record<string, unknown> | null;
};

const SECRET_FIELDS = new Set([
  "nik",
  "nikEncrypted",
  "nikHash",
  "phone",
  "phoneEncrypted",
  "password",
  "passwordHash",
  "totpSecret",
  "recoveryCodeHashes",
  "tokenHash",
  "token",
]);

/**
 * Personal fields per audited entity. The trail is append-only, so a value written here would outlive an
 * erasure (UU PDP): the entry keeps that the field changed, never what it held.
 */
const PERSONAL_FIELDS: Record<string, Set<string>> = {
  Candidate: new Set([
    "name",
    "birthDate",
    "hamlet",
    "rt",
    "rw",
    "addressLine",
    "consentGuardianName",
    "nikMasked",
    "phoneMasked",
  ]),
};

export const REDACTED = "[redacted]";

function redactValue(value: unknown): unknown {
  if (value && typeof value === "object" && "from" in value && "to" in value) return { from: REDACTED, to: REDACTED };
  return REDACTED;
}

/** Replaces secret and personal values with a marker that only says the field changed. */
export function redactChanges(changes: Record<string, unknown>, entity?: string): Record<string, unknown> {
  const personal = (entity && PERSONAL_FIELDS[entity]) || new Set<string>();
  return Object.fromEntries(
    Object.entries(changes).map(([key, value]) => [
      key,
      SECRET_FIELDS.has(key) ? REDACTED : personal.has(key) ? redactValue(value) : value,
    ]),
  );
}

/** Field-level diff of two plain records, redacted. */
export function diffChanges(before: Record<string, unknown>, after: Record<string, unknown>) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      changes[key] = SECRET_FIELDS.has(key) ? { from: "[redacted]", to: "[redacted]" } : { from: a, to: b };
    }
  }
  return changes;
}

/**
 * The client's IP: the socket's peer, or what a trusted proxy (TRUSTED_PROXIES) reports for it. Forwarded headers
 * from anyone else were dropped when the request arrived (lib/platform/http/forwarded.ts). Null outside a request.
 */
export async function requestIp(): Promise<string | null> {
  let forwardedFor: string | null;
  try {
    forwardedFor = (await headers()).get("x-forwarded-for");
  } catch {
    return null;
  }
  return clientIpFrom(forwardedFor, parseTrustedProxies(env().TRUSTED_PROXIES)!);
}

export async function recordAudit(entry: AuditEntry, tx: Tx = db): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      changes: entry.changes ? (redactChanges(entry.changes, entry.entity) as Prisma.InputJsonValue) : undefined,
      ip: await requestIp(),
    },
  });
}
