import { describe, expect, it } from "vitest";
import { designationSchema } from "@/lib/designations/schema";
import { parseAuditFilter } from "@/lib/platform/audit/queries";
import { isLocalDateTime } from "@/lib/platform/time/office-zone";
import { dayFilter, isDayOutOfRange, isSaneDay } from "@/lib/platform/validation/dates";

// Issue #16: years 0, 9999 and 99999 broke date arithmetic or PostgreSQL (a 500), and a decree dated 9999-12-31
// or 1899-12-31 was stored. Only 1900–2100 is accepted; forms say why, filters drop the value.

const decree = (decreeDate: string) =>
  designationSchema.safeParse({ villageCode: "63.02.15.2002", decreeNumber: "W.15-0001", decreeDate, year: "2024", officerIds: [] });

describe("sane dates", () => {
  it("accepts real days of 1900–2100 only", () => {
    for (const day of ["1900-01-01", "2024-05-03", "2024-02-29", "2100-12-31"]) expect(isSaneDay(day), day).toBe(true);
    for (const day of ["0000-01-01", "1899-12-31", "9999-12-31", "99999-01-01", "2023-02-29", "2024-13-01", "2024-5-3", "", "x"]) {
      expect(isSaneDay(day), day).toBe(false);
    }
    expect(isDayOutOfRange("0000-01-01")).toBe(true);
    expect(isDayOutOfRange("2024-13-01")).toBe(false);
  });

  it("refuses an absurd decree date with a field message and stores a sane one", () => {
    for (const day of ["0000-01-01", "9999-12-31", "1899-12-31"]) {
      const parsed = decree(day);
      expect(parsed.success, day).toBe(false);
      expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message]), day).toEqual([["decreeDate", "designation.date.outOfRange"]]);
    }
    expect(decree("2024-02-30").error?.issues.map((i) => i.message)).toEqual(["designation.date.invalid"]);
    expect(decree("2024-05-03").success).toBe(true);
  });

  it("refuses event times outside the years, and filters drop such days", () => {
    expect(isLocalDateTime("2024-05-03T09:00")).toBe(true);
    for (const value of ["0000-01-01T00:00", "0099-01-01T09:00", "9999-12-31T23:59"]) expect(isLocalDateTime(value), value).toBe(false);
    expect(dayFilter.parse("99999-01-01")).toBeUndefined();
    expect(parseAuditFilter({ from: "0000-01-01", to: "9999-12-31" })).toMatchObject({ from: undefined, to: undefined });
    expect(parseAuditFilter({ from: "2024-05-01", to: "2024-05-31" })).toMatchObject({ from: "2024-05-01", to: "2024-05-31" });
  });
});
