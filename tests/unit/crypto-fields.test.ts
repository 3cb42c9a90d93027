import { describe, expect, it } from "vitest";
import { decryptField, encryptField, keyedHash, keyIdOf } from "@/lib/platform/crypto/fields";

describe("personal field encryption", () => {
  it("round-trips and never stores the clear value", () => {
    const sealed = encryptField("6302154506900001");
    expect(sealed).not.toContain("6302154506900001");
    expect(decryptField(sealed)).toBe("6302154506900001");
    expect(keyIdOf(sealed)).toBe("dev1");
  });

  it("uses a fresh IV each time but a stable keyed hash", () => {
    expect(encryptField("x")).not.toBe(encryptField("x"));
    expect(keyedHash("nik", "6302154506900001")).toBe(keyedHash("nik", "6302154506900001"));
    expect(keyedHash("nik", "1")).not.toBe(keyedHash("phone", "1"));
  });

  it("refuses a tampered ciphertext", () => {
    const [id, iv, tag, ct] = encryptField("6302154506900001").split(":");
    const flipped = Buffer.from(ct, "base64");
    flipped[0] ^= 1;
    expect(() => decryptField([id, iv, tag, flipped.toString("base64")].join(":"))).toThrow();
  });
});
