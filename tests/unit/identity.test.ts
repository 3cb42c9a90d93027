import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { composeNik, isValidNik, maskNik, nikMismatches, parseNik } from "@/lib/identity/nik";
import { maskPhone, normalisePhone } from "@/lib/identity/phone";
import { normaliseEmail } from "@/lib/identity/email";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe("parseNik", () => {
  it("reads region, birth date, sex and serial of a man's NIK", () => {
    expect(parseNik("6302151205960001")).toEqual({
      ok: true,
      nik: { regionCode: "630215", day: 12, month: 5, yy: 96, sex: "MALE", serial: "0001" },
    });
  });

  it("takes 40 off the day for women", () => {
    const parsed = parseNik("6302155205960002");
    expect(parsed).toMatchObject({ ok: true, nik: { day: 12, month: 5, sex: "FEMALE" } });
  });

  it("accepts the spaces and dots people type between groups", () => {
    expect(parseNik("6302 1512 0596 0001").ok).toBe(true);
    expect(parseNik("63.02.15.120596.0001").ok).toBe(true);
  });

  it.each([
    ["630215120596000", "identity.nik.length"],
    ["63021512059600011", "identity.nik.length"],
    ["", "identity.nik.length"],
    ["63021512O5960001", "identity.nik.digits"],
    ["0002151205960001", "identity.nik.region"],
    ["6300151205960001", "identity.nik.region"],
    ["6302001205960001", "identity.nik.region"],
    ["6302153205960001", "identity.nik.date"], // day 32
    ["6302150013960001", "identity.nik.date"], // day 0
    ["6302151213960001", "identity.nik.date"], // month 13
    ["6302153102960001", "identity.nik.date"], // 31 February
    ["6302152902970001", "identity.nik.date"], // 29 February of a common year
    ["6302157205960001", "identity.nik.date"], // woman's day 32
    ["6302151205960000", "identity.nik.serial"],
  ])("rejects %s with %s", (nik, error) => {
    expect(parseNik(nik)).toEqual({ ok: false, error });
  });

  it("accepts 29 February of a leap year, for a woman too", () => {
    expect(isValidNik("6302152902960001")).toBe(true);
    expect(isValidNik("6302156902000001")).toBe(true);
  });

  it("round-trips every composed NIK", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1930-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom("MALE" as const, "FEMALE" as const),
        fc.integer({ min: 1, max: 9999 }),
        (raw, sex, serial) => {
          const birthDate = new Date(Date.UTC(raw.getUTCFullYear(), raw.getUTCMonth(), raw.getUTCDate()));
          const parsed = parseNik(composeNik("630215", birthDate, sex, serial));
          expect(parsed.ok).toBe(true);
          if (parsed.ok) expect(nikMismatches(parsed.nik, { birthDate, sex })).toEqual([]);
        },
      ),
    );
  });
});

describe("nikMismatches", () => {
  const parsed = parseNik("6302155205960002");
  if (!parsed.ok) throw new Error("fixture NIK is invalid");

  it("finds nothing when the entered data matches", () => {
    expect(nikMismatches(parsed.nik, { birthDate: day("1996-05-12"), sex: "FEMALE" })).toEqual([]);
  });

  it("reports a birth date that disagrees", () => {
    expect(nikMismatches(parsed.nik, { birthDate: day("1996-05-13"), sex: "FEMALE" })).toEqual(["birthDate"]);
    expect(nikMismatches(parsed.nik, { birthDate: day("1986-05-12"), sex: "FEMALE" })).toEqual(["birthDate"]);
  });

  it("reports a sex that disagrees", () => {
    expect(nikMismatches(parsed.nik, { birthDate: day("1996-05-12"), sex: "MALE" })).toEqual(["sex"]);
  });
});

describe("maskNik", () => {
  it("shows the first four and last four digits only", () => {
    expect(maskNik("6302151205960001")).toBe("6302••••••••0001");
  });
});

describe("phones", () => {
  it("normalises every usual spelling of a mobile number to +628…", () => {
    for (const spelling of ["0812-3456-7890", "0812 3456 7890", "62 812 3456 7890", "+62 812-3456-7890", "(0812) 3456.7890", "81234567890"]) {
      expect(normalisePhone(spelling), spelling).toBe("+6281234567890");
    }
    for (const bad of ["12345", "0511 123456", "+1 415 555 0100", "08123456789012345", ""]) expect(normalisePhone(bad), bad).toBeNull();
  });

  it("masks in one style whatever form it is given", () => {
    expect(maskPhone("+6281234567890")).toBe("+62812•••••890");
    expect(maskPhone("081234567890")).toBe("+62812•••••890");
  });
});

describe("e-mail", () => {
  it("is trimmed and lower-cased", () => {
    expect(normaliseEmail("  Admin@DesaBinaan.Test ")).toBe("admin@desabinaan.test");
  });
});
