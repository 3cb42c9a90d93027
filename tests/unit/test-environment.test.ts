import { describe, expect, it } from "vitest";

// Guards the test set-up itself: dates must be exercised away from UTC.
describe("test environment", () => {
  it("runs in an odd time zone", () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe("Asia/Jayapura");
    expect(new Date("2026-01-01T00:00:00Z").getHours()).toBe(9);
  });
});
