import { describe, expect, it } from "vitest";
import {
  checkBoundaries,
  checkCycles,
  checkStructure,
  checkVocabulary,
  findCycles,
  importSpecifiers,
  libFolderOf,
  resolveSpecifier,
  type AllowList,
  type SourceFile,
} from "@/scripts/lib/structure";

const none: AllowList = { domainModules: {}, platform: [], exceptions: [] };
const file = (path: string, ...imports: string[]): SourceFile => ({ path, imports });

describe("reading imports", () => {
  it("finds static, type-only, dynamic imports and re-exports, and ignores code that only mentions a path", () => {
    const source = [
      'import "server-only";',
      'import { a } from "@/lib/a/queries";',
      'import type { B } from "./b";',
      'export { c } from "../c/schema";',
      'const d = await import("@/lib/d/commands");',
      'const text = "import x from \'@/lib/not-an-import\'";',
    ].join("\n");
    expect(importSpecifiers(source)).toEqual(["server-only", "@/lib/a/queries", "./b", "../c/schema", "@/lib/d/commands"]);
  });

  it("resolves the project alias and relative paths, and leaves packages out", () => {
    expect(resolveSpecifier("@/lib/a/queries", "lib/b/commands.ts")).toBe("lib/a/queries");
    expect(resolveSpecifier("../a/queries.ts", "lib/b/commands.ts")).toBe("lib/a/queries");
    expect(resolveSpecifier("./log", "lib/platform/audit/access.ts")).toBe("lib/platform/audit/log");
    expect(resolveSpecifier("zod", "lib/b/schema.ts")).toBeNull();
  });

  it("names the folder of a path: a domain, or one platform folder or module", () => {
    expect(libFolderOf("lib/guides/editing/commands")).toBe("guides");
    expect(libFolderOf("lib/platform/db/client")).toBe("platform/db");
    expect(libFolderOf("lib/platform/env.ts")).toBe("platform/env");
    expect(libFolderOf("app/(app)/actions")).toBeNull();
  });
});

describe("folder vocabulary", () => {
  const allow: AllowList = { domainModules: { candidates: ["risk.ts"] }, platform: ["db/", "env.ts"], exceptions: [] };

  it("accepts the three data and schema files, listed modules and listed platform entries", () => {
    const files = [
      file("lib/candidates/schema.ts"),
      file("lib/candidates/queries.ts", "lib/platform/db/client"),
      file("lib/candidates/risk.ts"),
      file("lib/platform/db/client.ts", "lib/platform/env"),
      file("lib/platform/env.ts"),
    ];
    expect(checkVocabulary(files, allow)).toEqual({ violations: [], stale: [] });
  });

  it("flags a stray file kind, a file directly in lib/, an unlisted platform entry and a named module that reads the database", () => {
    const files = [
      file("lib/candidates/helpers.ts"),
      file("lib/utils.ts"),
      file("lib/platform/cache/store.ts"),
      file("lib/candidates/risk.ts", "lib/platform/db/client"),
      file("lib/platform/db/client.ts"),
      file("lib/platform/env.ts"),
    ];
    expect(checkVocabulary(files, allow).violations.map((violation) => violation.key)).toEqual([
      "file lib/candidates/helpers.ts",
      "file lib/utils.ts",
      "file lib/platform/cache/store.ts",
      "data-module lib/candidates/risk.ts",
    ]);
  });

  it("calls a listed module or platform entry that no longer exists stale", () => {
    expect(checkVocabulary([file("lib/platform/env.ts")], allow).stale).toEqual([
      "domainModules lib/candidates/risk.ts",
      "platform lib/platform/db/",
    ]);
  });
});

describe("cycles between folders", () => {
  it("finds direct and longer loops and nothing in a layered graph", () => {
    const graph = new Map([
      ["a", new Set(["b"])],
      ["b", new Set(["a", "c"])],
      ["c", new Set(["d"])],
      ["d", new Set(["e"])],
      ["e", new Set(["c"])],
      ["f", new Set(["a"])],
    ]);
    expect(findCycles(graph)).toEqual([
      ["a", "b"],
      ["c", "d", "e"],
    ]);
    expect(findCycles(new Map([["a", new Set(["b"])], ["b", new Set(["c"])]]))).toEqual([]);
  });

  const files = [file("lib/events/commands.ts", "lib/designations/queries"), file("lib/designations/queries.ts", "lib/events/conflicts")];

  it("fails a cycle unless one of its edges is allow-listed", () => {
    expect(checkCycles(files, []).violations.map((violation) => violation.key)).toEqual(["cycle designations, events"]);
    expect(checkCycles(files, ["cycle-edge designations -> events"])).toEqual({ violations: [], stale: [] });
  });

  it("calls an allow-listed edge stale once it is gone or no longer closes a cycle", () => {
    const layered = [file("lib/events/commands.ts", "lib/designations/queries"), file("lib/designations/queries.ts")];
    expect(checkCycles(layered, ["cycle-edge events -> designations", "cycle-edge designations -> events"]).stale).toEqual([
      "exceptions cycle-edge events -> designations",
      "exceptions cycle-edge designations -> events",
    ]);
  });
});

describe("boundaries and the allow-list", () => {
  it("flags components importing app/ and the database code importing the demo data", () => {
    const files = [
      file("components/layout/shell.tsx", "app/(app)/actions", "lib/platform/i18n/server"),
      file("lib/platform/db/prepare.ts", "lib/demo/seed", "lib/regions/load"),
    ];
    expect(checkBoundaries(files).map((violation) => violation.key)).toEqual([
      "import components/layout/shell.tsx -> app/(app)/actions",
      "import lib/platform/db/prepare.ts -> lib/demo/seed",
    ]);
  });

  it("passes today's exceptions, fails a new breach and an exception that no longer occurs", () => {
    const allow: AllowList = { ...none, exceptions: ["file lib/candidates/helpers.ts", "file lib/candidates/gone.ts"] };
    const result = checkStructure([file("lib/candidates/helpers.ts"), file("lib/events/util.ts")], allow);
    expect(result.failures.map((failure) => failure.key)).toEqual(["file lib/events/util.ts"]);
    expect(result.stale).toEqual(["exceptions file lib/candidates/gone.ts"]);
  });
});
