import { z } from "zod";
import { passwordProblem } from "@/lib/platform/auth/password-rules";
import { emailField } from "@/lib/identity/schema";

// Account forms. Messages are keys translated through lib/platform/i18n/messages/accounts.ts (and auth.ts for passwords).

export const ROLES = ["ADMIN", "OFFICE_STAFF", "VILLAGE_OFFICIAL"] as const;
export const PAGE_SIZE = 25;

const uuid = z.uuid("account.office.required");
const villageCode = z.string().trim().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, "account.village.invalid");

/** A new password, checked against the account's own e-mail and name as context. */
export function newPasswordSchema(context: string[] = []) {
  return z
    .object({ newPassword: z.string().max(1024), confirmPassword: z.string().max(1024) })
    .superRefine((value, ctx) => {
      const problem = passwordProblem(value.newPassword, context);
      if (problem) ctx.addIssue({ code: "custom", path: ["newPassword"], message: `account.${problem}` });
      else if (value.newPassword !== value.confirmPassword) {
        ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "account.password.mismatch" });
      }
    });
}

export const changePasswordSchema = (context: string[]) =>
  z.object({ currentPassword: z.string().min(1, "account.password.current").max(1024) }).and(newPasswordSchema(context));

const access = z.discriminatedUnion("role", [
  z.object({ role: z.literal("ADMIN") }),
  z.object({ role: z.literal("OFFICE_STAFF"), officeId: uuid }),
  z.object({ role: z.literal("VILLAGE_OFFICIAL"), villageCode }),
]);

export const accessSchema = z
  .object({
    role: z.enum(ROLES, "account.role.required"),
    officeId: z.string().optional(),
    villageCode: z.string().optional(),
  })
  .transform((value, ctx) => {
    const parsed = access.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    return z.NEVER;
  });

export const createAccountSchema = z
  .object({
    name: z.string().trim().min(3, "account.name.short").max(120, "account.name.long"),
    email: emailField,
  })
  .and(accessSchema);

export const updateAccessSchema = z.object({ name: z.string().trim().min(3, "account.name.short").max(120, "account.name.long") }).and(accessSchema);

export const accountFiltersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  officeId: z.uuid().optional().catch(undefined),
  active: z.enum(["yes", "no"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export type CreateAccountInput = z.input<typeof createAccountSchema>;
export type UpdateAccessInput = z.input<typeof updateAccessSchema>;
export type AccountFilters = z.infer<typeof accountFiltersSchema>;
