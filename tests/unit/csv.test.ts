import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { csvCell, toCsv } from "@/lib/exports/csv";

describe("CSV writer", () => {
  it("quotes separators and neutralises formulas", () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(null)).toBe("");
    expect(toCsv(["x"], [["1"]])).toBe("\uFEFFx\r\n1\r\n");
  });

  it("never lets a cell start with a formula character", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = csvCell(text).replace(/^"/, "");
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
      }),
    );
  });
});
