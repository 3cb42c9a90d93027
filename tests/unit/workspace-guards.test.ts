import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Next renders a layout and its page in parallel, so a layout's notFound() does not keep a page's data out of
// the response (issue #16, decision 024). Every page of a workspace must therefore guard itself, and the guard
// must come before anything else it awaits (params, queries, the locale cookie). Route handlers have no layout:
// they read the actor first and their domain function authorizes (the matrix rows of the exports).

const APP = path.resolve(import.meta.dirname, "../../app/(app)");
const GUARDS: Record<string, RegExp> = {
  kanim: /await requireWorkspace\("kanim"/,
  desa: /await requireWorkspace\("desa"/,
  admin: /await (requireWorkspace\("admin"|requireAdminActor\()/,
};
const ROUTE_GUARD = /await (getActor\(\)|getWorkspaceActor\()/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /^(page\.tsx|route\.ts)$/.test(name) ? [full] : [];
  });
}

/** The body of the default export (pages) or of GET/POST (route handlers). */
function entryBody(source: string): string {
  const page = source.search(/export default async function/);
  const start = page >= 0 ? page : source.search(/export async function (GET|POST)\(/);
  expect(start, "an async entry point").toBeGreaterThanOrEqual(0);
  return source.slice(start);
}

describe("every workspace page and route handler guards itself before reading", () => {
  for (const [workspace, guard] of Object.entries(GUARDS)) {
    const entries = files(path.join(APP, workspace));
    it(`${workspace}: ${entries.length} entry points`, () => {
      expect(entries.length).toBeGreaterThan(3);
      for (const file of entries) {
        const body = entryBody(readFileSync(file, "utf8"));
        const firstAwait = body.search(/await /);
        const guarded = body.search(file.endsWith("route.ts") ? ROUTE_GUARD : guard);
        expect(guarded, `${path.relative(APP, file)} calls the ${workspace} guard`).toBeGreaterThanOrEqual(0);
        // Awaiting params/searchParams alone reads nothing; any other await before the guard is a read.
        const before = body.slice(firstAwait, guarded);
        const readsBefore = before.split("await ").slice(1).filter((call) => !/^(params|searchParams|Promise\.all\(\[params, searchParams\]\))/.test(call));
        expect(readsBefore, `${path.relative(APP, file)}: nothing awaited before the guard`).toEqual([]);
      }
    });
  }
});
