import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { COMMON_PASSWORDS } from "@/lib/platform/auth/common-passwords";
import { PASSWORD_MAX, passwordProblem } from "@/lib/platform/auth/password-rules";

describe("password rules (ASVS 5.0 V6.2)", () => {
  it("needs at least 8 characters, counted as code points", () => {
    expect(passwordProblem("kopi7$x")).toBe("password.tooShort");
    expect(passwordProblem("kopi7$xy")).toBeNull();
    // Four emoji are 8 UTF-16 units but only 4 characters.
    expect(passwordProblem("🌴🌊🌴🌊")).toBe("password.tooShort");
  });

  it("accepts at least 64 characters and any character, with no composition rules", () => {
    expect(passwordProblem("a".repeat(30) + "b".repeat(34))).toBe("password.common");
    expect(passwordProblem("sungai durian pagi cerah ".repeat(2) + "dan angin laut yang sejuk sekali")).toBeNull();
    expect(passwordProblem("kebun rambutan di belakang rumah nenek".padEnd(64, "!"))).toBeNull();
    expect(passwordProblem("x".repeat(PASSWORD_MAX + 1))).toBe("password.tooLong");
    expect(passwordProblem("alllowercasewords")).toBeNull();
    expect(passwordProblem("日本語のパスフレーズです")).toBeNull();
  });

  it("refuses the most common passwords, in any case and with digits or symbols appended", () => {
    for (const password of ["password", "Password1", "12345678", "qwertyuiop", "iloveyou", "Bismillah123", "indonesia2024!", "P@ssw0rd"]) {
      expect(passwordProblem(password), password).toBe("password.common");
    }
  });

  it("holds at least a thousand common passwords", () => {
    expect(new Set(COMMON_PASSWORDS.split(/\s+/).filter(Boolean)).size).toBeGreaterThanOrEqual(1000);
  });

  it("refuses the account's own e-mail or name", () => {
    expect(passwordProblem("siti.rahma@desa.test", ["siti.rahma@desa.test"])).toBe("password.personal");
    expect(passwordProblem("siti.rahma2024", ["siti.rahma@desa.test"])).toBe("password.personal");
  });

  it("never throws, whatever is typed", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
      const problem = passwordProblem(s);
      expect(problem === null || problem.startsWith("password.")).toBe(true);
    }));
  });
});
