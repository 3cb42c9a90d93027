import "server-only";
import { isRecordId } from "@/lib/platform/validation/ids";
import { db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import type { Actor } from "@/lib/platform/auth/policy";
import { NotFoundError } from "@/lib/platform/errors";
import { accountFiltersSchema, PAGE_SIZE } from "./schema";

// Reads for the admin account pages. Only holders of "user:manage" see accounts; for everyone else the list,
// the search and each account are "not found".

export async function listAccounts(actor: Actor | null, rawFilters: unknown) {
  await authorizeAudited(actor, "user:manage", undefined, "User");
  const filters = accountFiltersSchema.parse(rawFilters ?? {});
  const where: Prisma.UserWhereInput = {
    role: filters.role,
    officeId: filters.officeId,
    active: filters.active === undefined ? undefined : filters.active === "yes",
    ...(filters.q
      ? { OR: [{ name: { contains: filters.q, mode: "insensitive" } }, { email: { contains: filters.q.toLowerCase() } }] }
      : {}),
  };
  const total = await db.user.count({ where });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(filters.page ?? 1, pages);
  const rows = await db.user.findMany({
    where,
    orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      totpEnabledAt: true,
      lastLoginAt: true,
      office: { select: { name: true } },
      village: { select: { code: true, name: true } },
    },
  });
  return {
    filters,
    page,
    pages,
    total,
    rows: rows.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.role,
      active: row.active,
      twoFactor: row.totpEnabledAt !== null,
      lastLoginAt: row.lastLoginAt,
      scope: row.office?.name ?? (row.village ? `${row.village.name} (${row.village.code})` : null),
    })),
  };
}

export async function getAccount(actor: Actor | null, id: string) {
  await authorizeAudited(actor, "user:manage", undefined, "User", id);
  const user = isRecordId(id)
    ? await db.user.findUnique({
        where: { id },
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          active: true,
          officeId: true,
          villageCode: true,
          totpEnabledAt: true,
          recoveryCodeHashes: true,
          lastLoginAt: true,
          createdAt: true,
          office: { select: { name: true } },
          village: { select: { name: true } },
        },
      })
    : null;
  if (!user) throw new NotFoundError("User");
  const { recoveryCodeHashes, ...rest } = user;
  return { ...rest, recoveryCodesLeft: recoveryCodeHashes.length, isSelf: user.id === actor!.id };
}

/** What the create and edit forms offer: offices, and only villages with an ACTIVE designation. */
export async function accountFormOptions(actor: Actor | null) {
  await authorizeAudited(actor, "user:manage", undefined, "User");
  const [offices, designations] = await Promise.all([
    db.immigrationOffice.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.designation.findMany({
      where: { status: "ACTIVE" },
      orderBy: { village: { name: "asc" } },
      select: { villageCode: true, village: { select: { name: true } }, office: { select: { name: true } } },
    }),
  ]);
  return {
    offices,
    villages: designations.map((d) => ({ code: d.villageCode, name: d.village.name, officeName: d.office.name })),
  };
}

/** The own account's security state, for /akun. */
export async function ownSecurity(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { totpEnabledAt: true, totpSecret: true, recoveryCodeHashes: true, email: true, name: true, role: true },
  });
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    totpEnabledAt: user.totpEnabledAt,
    pendingTotpSecret: user.totpEnabledAt ? null : user.totpSecret,
    recoveryCodesLeft: user.recoveryCodeHashes.length,
  };
}
