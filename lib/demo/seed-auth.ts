import "server-only";
import { encryptField } from "@/lib/platform/crypto/fields";
import { TWO_FACTOR_REQUIRED } from "@/lib/platform/auth/policy";
import { hashRecoveryCode } from "@/lib/platform/auth/totp";
import type { DemoStep } from "./seed";
import { DEMO_TOTP_SECRET } from "./accounts";

/** Recovery codes of the demo accounts, for trying the lost-phone path. */
export const DEMO_RECOVERY_CODES = ["DEMO-AAAA-BBBB-CCCC", "DEMO-DDDD-EEEE-FFFF"];

/**
 * Turns two-factor sign-in on, with the known demo secret, for every seeded account whose role requires it,
 * so the demo and the journeys sign in straight to their workspace (lib/demo/accounts.ts gives the code).
 */
export const twoFactorStep: DemoStep = {
  name: "two-factor",
  async run(ctx) {
    const roles = Object.entries(TWO_FACTOR_REQUIRED)
      .filter(([, required]) => required)
      .map(([role]) => role as keyof typeof TWO_FACTOR_REQUIRED);
    await ctx.tx.user.updateMany({
      where: { role: { in: roles } },
      data: {
        totpSecret: encryptField(DEMO_TOTP_SECRET),
        totpEnabledAt: ctx.now,
        recoveryCodeHashes: DEMO_RECOVERY_CODES.map(hashRecoveryCode),
      },
    });
  },
};
