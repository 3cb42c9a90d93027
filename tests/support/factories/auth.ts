import { db } from "@/lib/platform/db/client";
import type { Role } from "@/lib/platform/db/generated/enums";
import { encryptField } from "@/lib/platform/crypto/fields";
import { hashPassword } from "@/lib/platform/auth/password";
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret } from "@/lib/platform/auth/totp";
import { createOffice, createUser, pickVillage } from "./base";

/** A passphrase that passes the password rules. */
export const GOOD_PASSWORD = "sungai durian pagi cerah";

/** An account that can sign in with GOOD_PASSWORD (or `password`), in a fresh office or village of its role. */
export async function createAccount(
  role: Role,
  options: { password?: string; officeId?: string; villageCode?: string; totp?: boolean } = {},
) {
  const officeId = role === "OFFICE_STAFF" ? (options.officeId ?? (await createOffice([])).id) : null;
  const villageCode = role === "VILLAGE_OFFICIAL" ? (options.villageCode ?? (await pickVillage("63.02"))) : null;
  const password = options.password ?? GOOD_PASSWORD;
  const user = await createUser({ role, officeId, villageCode, passwordHash: await hashPassword(password) });
  if (!options.totp) return { user, password, totpSecret: null, recoveryCodes: [] as string[] };
  const totpSecret = newTotpSecret();
  const recoveryCodes = newRecoveryCodes();
  const enrolled = await db.user.update({
    where: { id: user.id },
    data: {
      totpSecret: encryptField(totpSecret),
      totpEnabledAt: new Date(),
      recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode),
    },
  });
  return { user: enrolled, password, totpSecret, recoveryCodes };
}
