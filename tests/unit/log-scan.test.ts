import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { scanLogText } from "@/lib/privacy/log-scan";
import { containsNik, findNikShaped, looksLikeNik, maskNik } from "@/lib/identity/nik";
import { maskPhone } from "@/lib/identity/phone";

// Built from parts so this file itself holds no NIK-shaped literal for the log scan to trip over.
const NIK = ["630215", "550599", "0001"].join("");

describe("NIK detection", () => {
  it("finds a NIK wherever it sits in a line", () => {
    expect(findNikShaped(`registered nik=${NIK} ok`)).toEqual([NIK]);
    expect(findNikShaped(`{"nik":"${NIK}"}`)).toEqual([NIK]);
    expect(findNikShaped(`NIK${NIK}`)).toEqual([NIK]);
  });

  it("ignores numbers that are not NIK-shaped", () => {
    expect(findNikShaped("1764300000000 ms")).toEqual([]); // a timestamp: 13 digits
    expect(findNikShaped(`x${NIK}9`)).toEqual([]); // 17 digits: not a NIK
    expect(looksLikeNik("0000000000000000")).toBe(false); // no province 00
    expect(looksLikeNik("6302153513990001")).toBe(false); // month 13
    expect(looksLikeNik(NIK)).toBe(true);
  });

  it("refuses any 16-digit run in free text", () => {
    expect(containsNik(`see ${NIK}`)).toBe(true);
    expect(containsNik("see the record")).toBe(false);
  });

  it("masks for lists", () => {
    expect(maskNik(NIK)).toBe("6302••••••••0001");
    expect(maskPhone("081234567890")).toBe("+62812•••••890");
  });
});

describe("log scanner", () => {
  it("reports file, line and a masked value", () => {
    const findings = scanLogText("run.log", `ok\nPOST /desa/cpmi ${NIK}\n`);
    expect(findings).toEqual([{ file: "run.log", line: 2, masked: "6302••••••••0001" }]);
  });

  it("exits non-zero on a log with a NIK and zero on a clean one, never echoing the NIK", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "scan-logs-"));
    const dirty = path.join(dir, "dirty.log");
    const clean = path.join(dir, "clean.log");
    await writeFile(dirty, `line one\nuser typed ${NIK}\n`);
    await writeFile(clean, "GET /privasi 200\n");
    const run = promisify(execFile);
    const tsx = path.resolve("node_modules/.bin/tsx");
    await expect(run(tsx, ["scripts/scan-logs.ts", clean])).resolves.toMatchObject({ stdout: expect.stringContaining("no NIK") });
    const failure = await run(tsx, ["scripts/scan-logs.ts", clean, dirty]).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("dirty.log:2");
    expect(failure?.stderr).not.toContain(NIK);
  }, 30_000);
});
