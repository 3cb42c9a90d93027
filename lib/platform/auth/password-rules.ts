import { COMMON_PASSWORDS } from "./common-passwords";

// Password rules per OWASP ASVS 5.0 (V6.2): at least 8 characters (15 recommended), at least 64 accepted,
// any character allowed, no composition rules, and the most common passwords refused. Length counts Unicode
// code points, so a passphrase in any script is measured as typed.

export const PASSWORD_MIN = 8;
export const PASSWORD_RECOMMENDED = 15;
export const PASSWORD_MAX = 128;

const common = new Set(COMMON_PASSWORDS.split(/\s+/).filter(Boolean));

export type PasswordProblem = "password.tooShort" | "password.tooLong" | "password.common" | "password.personal";

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  if (common.has(lower)) return true;
  // "password2024!" is as guessable as "password": strip trailing digits and symbols and look again.
  const stem = lower.replace(/[\d\W_]+$/u, "");
  if (stem.length >= 4 && common.has(stem)) return true;
  // One repeated character ("aaaaaaaa", "11111111") is never a real password.
  return new Set(Array.from(lower)).size <= 2;
}

/** The first rule the password breaks, or null. `context` holds words of the account (e-mail, name). */
export function passwordProblem(password: string, context: string[] = []): PasswordProblem | null {
  const length = Array.from(password).length;
  if (length < PASSWORD_MIN) return "password.tooShort";
  if (length > PASSWORD_MAX) return "password.tooLong";
  if (isCommon(password)) return "password.common";
  const lower = password.toLowerCase();
  for (const word of context) {
    const value = word.trim().toLowerCase();
    if (!value) continue;
    const local = value.split("@")[0];
    if (lower === value || (local.length >= 4 && lower.replace(/[\d\W_]+$/u, "") === local)) return "password.personal";
  }
  return null;
}
