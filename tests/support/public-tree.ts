import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// The modules a public page is built from, found by following imports from its route files, and what in them
// would need JavaScript in the browser. Public pages send no script (decisions 011, 020), and React's renderer
// drops event handlers without a word, so an onClick or a client component on a public page would be a control
// that silently does nothing: tests/unit/public-no-script.test.ts fails on any.

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^"'`]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm;
const EXTENSIONS = [".tsx", ".ts", ".mjs", ".js", "/index.tsx", "/index.ts"];
// A directive is the first statement of a module; comments may come before it.
const USE_CLIENT = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use client["']/;
const EVENT_HANDLER = /\s(on[A-Z][A-Za-z]*)\s*=\s*\{/g;

export type ScriptFinding = { file: string; problem: string; importedBy: string[] };

function resolveImport(root: string, from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null; // a package: not our source
  if (existsSync(base) && statSync(base).isFile()) return base;
  for (const extension of EXTENSIONS) if (existsSync(base + extension)) return base + extension;
  return null;
}

/** Every problem in the modules reachable from `entries`, each with the import chain that reaches it. */
export function scriptFindings(root: string, entries: string[]): ScriptFinding[] {
  const findings: ScriptFinding[] = [];
  const chains = new Map<string, string[]>();
  const queue = entries.map((entry) => path.resolve(root, entry));
  for (const entry of queue) chains.set(entry, []);
  while (queue.length > 0) {
    const file = queue.shift()!;
    const chain = chains.get(file)!;
    const source = readFileSync(file, "utf8");
    const relative = path.relative(root, file);
    if (USE_CLIENT.test(source)) findings.push({ file: relative, problem: '"use client" (a client component)', importedBy: chain });
    for (const match of source.matchAll(EVENT_HANDLER)) {
      findings.push({ file: relative, problem: `event handler ${match[1]}`, importedBy: chain });
    }
    for (const match of source.matchAll(IMPORT)) {
      const target = resolveImport(root, file, match[1] ?? match[2] ?? match[3]);
      if (!target || chains.has(target)) continue;
      chains.set(target, [...chain, relative]);
      queue.push(target);
    }
  }
  return findings;
}
