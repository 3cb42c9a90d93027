import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, serviceUnavailable, withDatabaseErrors } from "@/lib/platform/http/errors";

// Shapes captured from pg-pool and Prisma 7 + adapter-pg against a real server (down, saturated, restarting).
const prismaDown = Object.assign(new Error("Can't reach database server at 127.0.0.1:5497"), {
  code: "P1001",
  meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable" } } },
});
const statementTimeout = Object.assign(new Error("Raw query failed. Code: `57014`."), {
  code: "P2010",
  meta: { driverAdapterError: { cause: { originalCode: "57014", kind: "postgres" } } },
});
const adminShutdown = Object.assign(new Error("x"), {
  code: "P2010",
  meta: { driverAdapterError: { cause: { originalCode: "57P01", kind: "postgres" } } },
});

describe("isDatabaseUnavailable", () => {
  it.each([
    ["pool acquire timeout", new Error("timeout exceeded when trying to connect")],
    ["server unreachable", prismaDown],
    ["statement timeout", statementTimeout],
    ["server restarting", adminShutdown],
    ["connection refused", Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })],
    ["wrapped in a cause", new Error("outer", { cause: new Error("Connection terminated unexpectedly") })],
  ])("recognises %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", Object.assign(new Error("Unique constraint failed"), { code: "P2002" })],
    ["a plain bug", new TypeError("x is undefined")],
    ["a non-error", "boom"],
  ])("leaves %s alone", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe("withDatabaseErrors", () => {
  it("turns an outage into 503 with Retry-After and rethrows anything else", async () => {
    const down = withDatabaseErrors(async () => {
      throw prismaDown;
    });
    const response = await down();
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe(serviceUnavailable().headers.get("Retry-After"));
    const buggy = withDatabaseErrors(async () => {
      throw new TypeError("bug");
    });
    await expect(buggy()).rejects.toThrow("bug");
  });
});
