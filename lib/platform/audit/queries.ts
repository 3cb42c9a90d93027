import "server-only";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { z } from "zod";
import { db } from "@/lib/platform/db/client";
import { readOnReplica } from "@/lib/platform/db/replica";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { type Actor } from "@/lib/platform/auth/policy";
import { NotFoundError } from "@/lib/platform/errors";
import type { Cell } from "@/lib/exports/csv";

// The read-only audit log viewer: filter, open one entry, export. Nothing here writes.

export const AUDIT_PAGE_SIZE = 50;
/** An export is bounded so one request cannot stream the whole table. */
export const AUDIT_EXPORT_LIMIT = 10_000;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(v)))
  .optional()
  .catch(undefined);

export const auditFilterSchema = z.object({
  actor: z.string().trim().max(200).optional().catch(undefined),
  entity: z.string().trim().max(80).optional().catch(undefined),
  action: z.string().trim().max(80).optional().catch(undefined),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** Query-string values to a filter; anything malformed is dropped rather than failing the page. */
export function parseAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilter {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  return auditFilterSchema.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, first(v)])));
}

// Days are read in WIB (UTC+7), the time of the national headquarters.
const startOfDay = (d: string) => new Date(`${d}T00:00:00+07:00`);
const endOfDay = (d: string) => new Date(startOfDay(d).getTime() + 24 * 3600 * 1000);

async function whereFor(filter: AuditFilter): Promise<Prisma.AuditLogWhereInput> {
  const where: Prisma.AuditLogWhereInput = {};
  if (filter.entity) where.entity = filter.entity;
  if (filter.action) where.action = filter.action;
  if (filter.from || filter.to) {
    where.at = { ...(filter.from ? { gte: startOfDay(filter.from) } : {}), ...(filter.to ? { lt: endOfDay(filter.to) } : {}) };
  }
  if (filter.actor) {
    const users = await db.user.findMany({
      where: {
        OR: [
          { email: { contains: filter.actor.toLowerCase() } },
          { name: { contains: filter.actor, mode: "insensitive" } },
          ...(/^[0-9a-f-]{36}$/i.test(filter.actor) ? [{ id: filter.actor }] : []),
        ],
      },
      select: { id: true },
      take: 500,
    });
    where.actorId = { in: users.map((u) => u.id) };
  }
  return where;
}

async function actorNames(ids: (string | null)[]) {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  const users = unique.length ? await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true, email: true } }) : [];
  return new Map(users.map((u) => [u.id, u]));
}

export async function listAuditEntries(actor: Actor, filter: AuditFilter) {
  await authorizeAudited(actor, "audit:read");
  const where = await whereFor(filter);
  const [total, rows, entities, actions] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, at: true, actorId: true, actorRole: true, action: true, entity: true, entityId: true },
    }),
    db.auditLog.findMany({ distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } }),
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  const names = await actorNames(rows.map((r) => r.actorId));
  return {
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    entities: entities.map((e) => e.entity),
    actions: actions.map((a) => a.action),
    rows: rows.map((r) => ({ ...r, id: r.id.toString(), actorName: r.actorId ? (names.get(r.actorId)?.name ?? null) : null })),
  };
}

export type ChangedField = { field: string; from: unknown; to: unknown };

/** The `changes` JSON as a list of fields; values that are not a from/to pair are shown as the new value. */
export function changedFields(changes: unknown): ChangedField[] {
  if (!changes || typeof changes !== "object" || Array.isArray(changes)) return [];
  return Object.entries(changes as Record<string, unknown>).map(([field, value]) =>
    value && typeof value === "object" && !Array.isArray(value) && "from" in value && "to" in value
      ? { field, from: (value as { from: unknown }).from, to: (value as { to: unknown }).to }
      : { field, from: undefined, to: value },
  );
}

export async function getAuditEntry(actor: Actor, id: string) {
  await authorizeAudited(actor, "audit:read");
  const entry = /^[0-9]{1,18}$/.test(id) ? await db.auditLog.findUnique({ where: { id: BigInt(id) } }) : null;
  if (!entry) throw new NotFoundError("audit entry");
  const names = await actorNames([entry.actorId]);
  const who = entry.actorId ? names.get(entry.actorId) : undefined;
  return {
    ...entry,
    id: entry.id.toString(),
    actorName: who?.name ?? null,
    actorEmail: who?.email ?? null,
    fields: changedFields(entry.changes),
  };
}

/** Rows for the CSV export of the filtered log, newest first; bounded by AUDIT_EXPORT_LIMIT. */
export async function auditExportRows(actor: Actor, filter: AuditFilter): Promise<Cell[][]> {
  await authorizeAudited(actor, "audit:read");
  const where = await whereFor(filter);
  // The export is the heavy read of the trail: on a replica when one is configured (decision 019).
  const rows = await readOnReplica((replica) =>
    replica.auditLog.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], take: AUDIT_EXPORT_LIMIT }),
  );
  const names = await actorNames(rows.map((r) => r.actorId));
  return rows.map((r) => {
    const who = r.actorId ? names.get(r.actorId) : undefined;
    return [r.id.toString(), r.at.toISOString(), r.actorId ?? "", who?.email ?? "", r.actorRole ?? "", r.action, r.entity, r.entityId ?? "", r.ip ?? "", r.changes ? JSON.stringify(r.changes) : ""];
  });
}

export const AUDIT_EXPORT_HEADER = ["id", "at", "actorId", "actorEmail", "actorRole", "action", "entity", "entityId", "ip", "changes"];
