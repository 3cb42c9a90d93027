import type { Role } from "@/lib/platform/db/generated/enums";

// Enum orders for admin pages; labels come from lib/platform/i18n/messages/admin.ts.
export const ROLES: Role[] = ["ADMIN", "OFFICE_STAFF", "VILLAGE_OFFICIAL"];
