import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, isLocalDateTime, localDay, localToUtc, mondayOf, utcToLocal, zoneLabel, zoneOffsetMinutes } from "@/lib/platform/time/office-zone";

describe("office time zones", () => {
  it("knows the offsets of WIB, WITA and WIT", () => {
    const at = new Date("2024-05-03T00:00:00Z");
    expect(zoneOffsetMinutes("Asia/Jakarta", at)).toBe(420);
    expect(zoneOffsetMinutes("Asia/Makassar", at)).toBe(480);
    expect(zoneOffsetMinutes("Asia/Jayapura", at)).toBe(540);
    expect(zoneLabel("Asia/Makassar")).toBe("WITA");
  });

  it("converts the office's wall clock to UTC and back", () => {
    expect(localToUtc("2024-05-03T09:00", "Asia/Makassar").toISOString()).toBe("2024-05-03T01:00:00.000Z");
    expect(localToUtc("2024-05-03T06:30", "Asia/Jakarta").toISOString()).toBe("2024-05-02T23:30:00.000Z");
    expect(localToUtc("2025-01-01T00:00", "Asia/Jayapura").toISOString()).toBe("2024-12-31T15:00:00.000Z");
    expect(utcToLocal(new Date("2024-05-03T01:00:00Z"), "Asia/Makassar")).toBe("2024-05-03T09:00");
    expect(localDay(new Date("2024-05-02T23:30:00Z"), "Asia/Jakarta")).toBe("2024-05-03");
  });

  it("round-trips any minute in every zone", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2023, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 }),
        fc.constantFrom("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"),
        (minute, zone) => {
          const at = new Date(minute * 60_000);
          expect(localToUtc(utcToLocal(at, zone), zone).getTime()).toBe(at.getTime());
        },
      ),
    );
  });

  it("rejects impossible input", () => {
    expect(isLocalDateTime("2024-02-30T09:00")).toBe(false);
    expect(isLocalDateTime("2024-05-03 09:00")).toBe(false);
    expect(isLocalDateTime("2024-05-03T24:00")).toBe(false);
    expect(() => localToUtc("garbage", "Asia/Jakarta")).toThrow(RangeError);
  });

  it("does calendar arithmetic for the month and week views", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(mondayOf("2024-05-03")).toBe("2024-04-29");
    expect(mondayOf("2024-04-29")).toBe("2024-04-29");
    expect(mondayOf("2024-05-05")).toBe("2024-04-29");
  });
});
