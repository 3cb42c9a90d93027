import { describe, expect, it } from "vitest";
import { createFirstAdministrator, redeemPasswordReset } from "@/lib/accounts/commands";
import { verifyPassword } from "@/lib/platform/auth/password";
import { db } from "@/lib/platform/db/client";
import { valueOf } from "../support/results";

// The bootstrap of a new deployment (npm run accounts:create-admin).
describe("createFirstAdministrator", () => {
  it("creates the first administrator with a one-time code, and refuses once an administrator exists", async () => {
    expect(await createFirstAdministrator({ email: "bukan-email", name: "Admin" })).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { email: { key: "identity.email.invalid" } },
    });
    expect(await db.user.count()).toBe(0);

    const { id, resetToken } = valueOf(await createFirstAdministrator({ email: "Admin@Kanim.Example.go.id", name: "Admin Pertama" }));
    const admin = await db.user.findUniqueOrThrow({ where: { id } });
    expect(admin).toMatchObject({ role: "ADMIN", email: "admin@kanim.example.go.id", active: true });
    expect(await db.auditLog.count({ where: { action: "account.first_admin_created", entityId: id } })).toBe(1);

    valueOf(await redeemPasswordReset({ token: resetToken, newPassword: "sungai-durian-kotabaru-2024", confirmPassword: "sungai-durian-kotabaru-2024" }));
    const chosen = await db.user.findUniqueOrThrow({ where: { id } });
    expect(await verifyPassword(chosen.passwordHash, "sungai-durian-kotabaru-2024")).toBe(true);

    expect(await createFirstAdministrator({ email: "kedua@kanim.example.go.id", name: "Admin Kedua" })).toMatchObject({
      ok: false,
      reason: "conflict",
      message: { key: "account.adminExists" },
    });
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });
});
