import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { checkStructure, importSpecifiers, resolveSpecifier, type AllowList, type SourceFile } from "./lib/structure";

// `npm run check:structure` (and a step of `npm test`): the folder vocabulary of lib/, no import cycle between
// its folders, components/ apart from app/, the database code apart from the demo data (scripts/lib/structure.ts).
// Exceptions that exist today are in scripts/structure-allowlist.json; the check fails on a new breach and on an
// exception that no longer occurs, so the list only shrinks.

const root = process.cwd();
const allowListFile = "scripts/structure-allowlist.json";
// Generated and git-ignored: the Prisma client and the public stylesheet compiled at build time.
const skipped = new Set(["lib/platform/db/generated", "lib/public/generated"]);

async function sourceFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(path.join(root, folder), { withFileTypes: true })) {
    const relative = `${folder}/${entry.name}`;
    if (entry.name.startsWith(".") || skipped.has(relative)) continue;
    if (entry.isDirectory()) found.push(...(await sourceFiles(relative)));
    else found.push(relative);
  }
  return found;
}

async function read(file: string): Promise<SourceFile> {
  if (!/\.(ts|tsx|mts|mjs|js)$/.test(file)) return { path: file, imports: [] };
  const source = await readFile(path.join(root, file), "utf8");
  const imports = importSpecifiers(source)
    .map((specifier) => resolveSpecifier(specifier, file))
    .filter((target): target is string => target !== null);
  return { path: file, imports };
}

const allow = JSON.parse(await readFile(path.join(root, allowListFile), "utf8")) as AllowList;
const files = await Promise.all([...(await sourceFiles("lib")), ...(await sourceFiles("components"))].map(read));
const { failures, stale } = checkStructure(files, allow);

for (const failure of failures) console.error(`structure: ${failure.message}`);
for (const entry of stale) console.error(`structure: ${allowListFile} lists "${entry}", which no longer occurs: remove it`);
if (failures.length || stale.length) {
  console.error(`structure check failed: ${failures.length} new breach(es), ${stale.length} stale allow-list entr(ies)`);
  process.exit(1);
}
console.log(`structure check: ${files.length} files, no new breach, ${allow.exceptions.length} known exception(s) in ${allowListFile}`);
