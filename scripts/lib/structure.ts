import path from "node:path";
import ts from "typescript";

// The rules of the project's layout (README, "Project layout"), as pure functions over a list of source files,
// so scripts/check-structure.ts can run them on the tree and tests/unit/structure-check.test.ts on small trees.
//   1. A domain folder lib/<domain>/ (and each folder inside it) holds schema.ts, queries.ts, commands.ts and
//      the named pure modules its allow-list entry lists; a named module never imports the database client.
//   2. lib/platform/ holds only the folders and modules its allow-list names; lib/ holds only folders.
//   3. No import cycle between folders of lib/ (each lib/<domain> is one unit, each lib/platform/<x> one).
//   4. components/ never imports app/; lib/platform/db/ never imports the demo data (lib/demo/).
// Today's breaches are listed in the allow-list as exceptions; an exception that no longer occurs fails the
// check too, so the list only shrinks.

export type SourceFile = {
  /** Project-relative path with forward slashes, e.g. "lib/candidates/queries.ts". */
  path: string;
  /** Project-relative targets of its imports without extension, e.g. "lib/platform/db/client"; packages left out. */
  imports: string[];
};

export type AllowList = {
  /** lib/<folder> (relative to lib/, e.g. "guides/editing") → its named pure modules ("risk.ts"). */
  domainModules: Record<string, string[]>;
  /** What lib/platform/ may hold: folders end with "/", e.g. "db/", "env.ts". */
  platform: string[];
  /** Breaches that exist today, by violation key; may only shrink. */
  exceptions: string[];
};

export type Violation = { key: string; message: string };

const VOCABULARY = new Set(["schema.ts", "queries.ts", "commands.ts"]);
// The generated enums are plain values (no client): a pure rule module may name them.
const DATABASE_CLIENT = /^lib\/platform\/db\/(client$|client\/|generated(?!\/enums$)(\/|$))/;

/** The import targets of one TypeScript file (static, dynamic and type-only imports and re-exports). */
export function importSpecifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

/** A specifier as a project-relative path ("@/lib/x" or "./x" from the importer), or null for a package. */
export function resolveSpecifier(specifier: string, importer: string): string | null {
  let target: string;
  if (specifier.startsWith("@/")) target = specifier.slice(2);
  else if (specifier.startsWith(".")) target = path.posix.join(path.posix.dirname(importer), specifier);
  else return null;
  return target.replace(/\.(ts|tsx|mts|js|mjs)$/, "");
}

/**
 * The folder of lib/ a path belongs to: "candidates" for lib/candidates/**; in the platform each folder and each
 * module is one unit, "platform/db" for lib/platform/db/** and "platform/env" for lib/platform/env.ts.
 */
export function libFolderOf(target: string): string | null {
  const parts = target.split("/");
  if (parts[0] !== "lib" || parts.length < 3) return null;
  if (parts[1] === "platform") return `platform/${parts[2].replace(/\.tsx?$/, "")}`;
  return parts[1];
}

export function checkVocabulary(files: SourceFile[], allow: AllowList): { violations: Violation[]; stale: string[] } {
  const violations: Violation[] = [];
  const present = new Set(files.map((file) => file.path));
  for (const file of files) {
    const parts = file.path.split("/");
    if (parts[0] !== "lib") continue;
    if (parts.length === 2) {
      violations.push({ key: `file ${file.path}`, message: `${file.path}: lib/ holds only folders` });
      continue;
    }
    if (parts[1] === "platform") {
      const entry = parts.length > 3 ? `${parts[2]}/` : parts[2];
      if (!allow.platform.includes(entry))
        violations.push({ key: `file ${file.path}`, message: `${file.path}: lib/platform/ has no "${entry}" in its allow-list` });
      continue;
    }
    const folder = parts.slice(1, -1).join("/");
    const name = parts.at(-1)!;
    if (VOCABULARY.has(name)) continue;
    if (!(allow.domainModules[folder] ?? []).includes(name)) {
      violations.push({
        key: `file ${file.path}`,
        message: `${file.path}: not schema.ts, queries.ts, commands.ts or a named module of lib/${folder} in the allow-list`,
      });
    } else if (file.imports.some((target) => DATABASE_CLIENT.test(target))) {
      violations.push({
        key: `data-module ${file.path}`,
        message: `${file.path}: imports the database client; reads belong in queries.ts, writes in commands.ts`,
      });
    }
  }
  const stale: string[] = [];
  for (const [folder, modules] of Object.entries(allow.domainModules))
    for (const name of modules) if (!present.has(`lib/${folder}/${name}`)) stale.push(`domainModules lib/${folder}/${name}`);
  for (const entry of allow.platform) {
    const prefix = `lib/platform/${entry}`;
    const exists = entry.endsWith("/") ? files.some((file) => file.path.startsWith(prefix)) : present.has(prefix);
    if (!exists) stale.push(`platform lib/platform/${entry}`);
  }
  return { violations, stale };
}

/** Folder-level import graph of lib/: an edge a → b when a file in folder a imports one in folder b. */
export function folderGraph(files: SourceFile[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const from = libFolderOf(file.path);
    if (!from) continue;
    for (const target of file.imports) {
      const to = libFolderOf(target);
      if (!to || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** The groups of folders that import each other, directly or round a loop (Tarjan's strongly connected components). */
export function findCycles(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return groups.sort((a, b) => a[0].localeCompare(b[0]));
}

/**
 * Cycles once the allow-listed edges ("cycle-edge a -> b" exceptions, each one edge that closes a cycle today)
 * are left out. An allow-listed edge that is gone, or no longer lies on a cycle, is stale.
 */
export function checkCycles(files: SourceFile[], exceptions: string[]): { violations: Violation[]; stale: string[] } {
  const graph = folderGraph(files);
  const allowed = exceptions.filter((key) => key.startsWith("cycle-edge "));
  const cut = new Map<string, Set<string>>();
  for (const [from, targets] of graph) cut.set(from, new Set(targets));
  for (const key of allowed) {
    const [from, to] = key.slice("cycle-edge ".length).split(" -> ");
    cut.get(from)?.delete(to);
  }
  const violations = findCycles(cut).map((group) => ({
    key: `cycle ${group.join(", ")}`,
    message: `import cycle between the folders lib/${group.join(", lib/")}`,
  }));
  const groupOf = new Map<string, number>();
  findCycles(graph).forEach((group, i) => group.forEach((member) => groupOf.set(member, i)));
  const stale = allowed.filter((key) => {
    const [from, to] = key.slice("cycle-edge ".length).split(" -> ");
    return !graph.get(from)?.has(to) || groupOf.get(from) === undefined || groupOf.get(from) !== groupOf.get(to);
  });
  return { violations, stale: stale.map((key) => `exceptions ${key}`) };
}

export function checkBoundaries(files: SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files)
    for (const target of file.imports) {
      if (file.path.startsWith("components/") && target.startsWith("app/"))
        violations.push({ key: `import ${file.path} -> ${target}`, message: `${file.path} imports ${target}: components/ never imports app/` });
      if (file.path.startsWith("lib/platform/db/") && target.startsWith("lib/demo/"))
        violations.push({ key: `import ${file.path} -> ${target}`, message: `${file.path} imports ${target}: lib/platform/db/ never imports the demo data` });
    }
  return violations;
}

/** Splits the violations into the new ones (failures) and names the exceptions that no longer occur. */
export function judge(violations: Violation[], stale: string[], exceptions: string[]): { failures: Violation[]; stale: string[] } {
  const keys = new Set(violations.map((violation) => violation.key));
  const excepted = new Set(exceptions);
  const gone = exceptions.filter((key) => !key.startsWith("cycle-edge ") && !keys.has(key));
  return {
    failures: violations.filter((violation) => !excepted.has(violation.key)),
    stale: [...stale, ...gone.map((key) => `exceptions ${key}`)],
  };
}

export function checkStructure(files: SourceFile[], allow: AllowList) {
  const vocabulary = checkVocabulary(files, allow);
  const cycles = checkCycles(files, allow.exceptions);
  return judge([...vocabulary.violations, ...cycles.violations, ...checkBoundaries(files)], [...vocabulary.stale, ...cycles.stale], allow.exceptions);
}
