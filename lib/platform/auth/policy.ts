import type { Role } from "@/lib/platform/db/generated/enums";

// The one permission table. Code asks `can(actor, "candidate:update", record)`; nothing else compares roles.
// Scopes: all (everything), area (villages in the regencies of the actor's office working area),
// office (records that belong to the actor's office), village (the actor's own village).

export type Actor = {
  id: string;
  name: string;
  email: string;
  role: Role;
  officeId: string | null;
  villageCode: string | null;
  /** Regency codes of the office's working area (OFFICE_STAFF); empty for other roles. */
  regencyCodes: string[];
};

export type Scope = "all" | "area" | "office" | "village";

export type Permission =
  | "candidate:read"
  | "candidate:create"
  | "candidate:update"
  | "candidate:viewFullNik"
  | "candidate:export"
  | "candidate:exportFullNik"
  | "candidateNote:read"
  | "candidateNote:create"
  | "guidance:create"
  | "journey:record"
  | "case:read"
  | "case:manage"
  | "designation:read"
  | "designation:manage"
  | "officer:read"
  | "officer:manage"
  | "event:read"
  | "event:manage"
  | "event:readUpcoming"
  | "visitRequest:create"
  | "visitRequest:read"
  | "visitRequest:handle"
  | "dashboard:read"
  | "subjectRequest:manage"
  | "accessRecord:read"
  | "retention:manage"
  | "office:manage"
  | "user:manage"
  | "guide:manage"
  | "referenceData:manage"
  | "audit:read";

export const ROLE_PERMISSIONS: Record<Role, Partial<Record<Permission, Scope>>> = {
  ADMIN: {
    "candidate:read": "all",
    "candidate:viewFullNik": "all",
    "candidate:export": "all",
    "candidate:exportFullNik": "all",
    "candidateNote:read": "all",
    "designation:read": "all",
    "officer:read": "all",
    "event:read": "all",
    "visitRequest:read": "all",
    "dashboard:read": "all",
    "subjectRequest:manage": "all",
    "accessRecord:read": "all",
    "retention:manage": "all",
    "office:manage": "all",
    "user:manage": "all",
    "guide:manage": "all",
    "referenceData:manage": "all",
    "audit:read": "all",
  },
  OFFICE_STAFF: {
    "candidate:read": "area",
    "candidate:viewFullNik": "area",
    "candidate:export": "area",
    "candidateNote:read": "area",
    "candidateNote:create": "area",
    "guidance:create": "area",
    "case:read": "area",
    "case:manage": "area",
    "designation:read": "office",
    "designation:manage": "office",
    "officer:read": "office",
    "officer:manage": "office",
    "event:read": "office",
    "event:manage": "office",
    "visitRequest:read": "office",
    "visitRequest:handle": "office",
    "dashboard:read": "office",
    "subjectRequest:manage": "area",
  },
  VILLAGE_OFFICIAL: {
    "candidate:read": "village",
    "candidate:create": "village",
    "candidate:update": "village",
    "candidate:viewFullNik": "village",
    "guidance:create": "village",
    // Only the village's own planned visits (title, time, place) for its home page: the office's event
    // records, reports, designations and officers are not the village's to read (issue #16).
    "event:readUpcoming": "village",
    "journey:record": "village",
    "case:read": "village",
    "case:manage": "village",
    "visitRequest:create": "village",
    "visitRequest:read": "village",
    "dashboard:read": "village",
    "subjectRequest:manage": "village",
  },
};

export function scopeOf(actor: Actor, permission: Permission): Scope | null {
  return ROLE_PERMISSIONS[actor.role][permission] ?? null;
}

/** The regency code of a village code: "63.02.15.2002" → "63.02". */
export function regencyOf(villageCode: string): string {
  return villageCode.slice(0, 5);
}

export type ScopedResource = { villageCode?: string | null; officeId?: string | null };

export function can(actor: Actor, permission: Permission, resource?: ScopedResource): boolean {
  const scope = scopeOf(actor, permission);
  if (!scope) return false;
  if (scope === "all" || !resource) return true;
  switch (scope) {
    case "office":
      if (resource.officeId != null) return resource.officeId === actor.officeId;
      return resource.villageCode != null && actor.regencyCodes.includes(regencyOf(resource.villageCode));
    case "area":
      if (resource.villageCode != null) return actor.regencyCodes.includes(regencyOf(resource.villageCode));
      return resource.officeId != null && resource.officeId === actor.officeId;
    case "village":
      return resource.villageCode != null && resource.villageCode === actor.villageCode;
  }
}

const NOTHING = "__none__";
// Matches no office: officeId is a uuid column, so the placeholder must be a uuid too.
const NO_OFFICE = "00000000-0000-0000-0000-000000000000";

/** A Prisma `where` fragment for tables keyed by `villageCode`. */
export function villageScope(actor: Actor, permission: Permission) {
  const scope = scopeOf(actor, permission);
  switch (scope) {
    case "all":
      return {};
    case "area":
    case "office":
      if (!actor.regencyCodes.length) return { villageCode: NOTHING };
      return { OR: actor.regencyCodes.map((code) => ({ villageCode: { startsWith: `${code}.` } })) };
    case "village":
      return { villageCode: actor.villageCode ?? NOTHING };
    default:
      return { villageCode: NOTHING };
  }
}

/** A Prisma `where` fragment for tables keyed by `officeId` (designations, events, officers, requests). */
export function officeScope(actor: Actor, permission: Permission) {
  const scope = scopeOf(actor, permission);
  switch (scope) {
    case "all":
      return {};
    case "office":
    case "area":
      return { officeId: actor.officeId ?? NO_OFFICE };
    case "village":
      return { villageCode: actor.villageCode ?? NOTHING };
    default:
      return { officeId: NO_OFFICE };
  }
}

/** Roles whose accounts must use a second factor (TOTP); the others may turn it on. */
export const TWO_FACTOR_REQUIRED: Record<Role, boolean> = {
  ADMIN: true,
  OFFICE_STAFF: true,
  VILLAGE_OFFICIAL: false,
};

/** Where each role lands after signing in. */
export function homePathFor(role: Role): string {
  return role === "ADMIN" ? "/admin" : role === "OFFICE_STAFF" ? "/kanim" : "/desa";
}
