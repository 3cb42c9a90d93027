import type { Role } from "@/lib/db/generated/enums";

// Enum orders for admin pages; labels come from lib/i18n/messages/admin.ts.
export const ROLES: Role[] = ["ADMIN", "OFFICE_STAFF", "VILLAGE_OFFICIAL"];
