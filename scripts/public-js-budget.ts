import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

// Measures the JavaScript each public page makes the browser download: every /_next chunk its HTML names
// (script tags, preloads and the inline React payload), sized from the build output in .next/static, gzip-
// compressed as the server sends it. Run against `next start`:
//   node_modules/.bin/tsx scripts/public-js-budget.ts http://127.0.0.1:3300 > docs/public-js-budget.md

const BUDGET_KB = 100;
const base = process.argv[2] ?? "http://127.0.0.1:3000";
const PAGES = [
  "/id",
  "/id/panduan",
  "/id/panduan/m-paspor",
  "/id/panduan/m-paspor/cetak",
  "/id/cek-dokumen",
  "/id/cek-dokumen?purpose=WORK&application=FIRST&age=24&type=ORDINARY",
  "/id/desa-binaan",
  "/id/desa-binaan/63.02.15.2002",
  "/id/desa-binaan/63.02.15.2002/poster",
  "/id/kalender",
];

const sizes = new Map<string, { raw: number; gzip: number }>();
async function chunkSize(file: string) {
  const known = sizes.get(file);
  if (known) return known;
  const body = await readFile(path.join(".next", "static", "chunks", file));
  const size = { raw: body.length, gzip: gzipSync(body).length };
  sizes.set(file, size);
  return size;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const rows: string[] = [];
let over = false;
for (const page of PAGES) {
  const response = await fetch(new URL(page, base));
  if (!response.ok) throw new Error(`${page}: HTTP ${response.status}`);
  const html = await response.text();
  // Polyfills in <script noModule> are skipped by every browser that runs modules (all current Android ones).
  const legacy = new Set([...html.matchAll(/<script[^>]*src="\/_next\/static\/chunks\/([\w.-]+\.js)"[^>]*noModule/gi)].map((m) => m[1]));
  const files = [...new Set([...html.matchAll(/\/_next\/static\/chunks\/([\w.-]+\.js)/g)].map((m) => m[1]))].filter(
    (file) => !legacy.has(file),
  );
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const size = await chunkSize(file);
    raw += size.raw;
    gzip += size.gzip;
  }
  if (gzip / 1024 > BUDGET_KB) over = true;
  rows.push(`| \`${page}\` | ${files.length} | ${kb(raw)} | **${kb(gzip)}** |`);
}

console.log(`# JavaScript sent by the public pages

Measured by \`scripts/public-js-budget.ts\` from the production build (\`next build\`, \`next start\`): every
JavaScript chunk a page's HTML names, summed; "gzip" is what travels over the network. Budget: ${BUDGET_KB} kB
gzip per page. Every public page is a server component; the only client component is the checklist's share
button (\`components/public/share-link.tsx\`). The rest is the Next.js/React runtime that every App Router page
loads.

| page | chunks | raw kB | gzip kB |
| --- | ---: | ---: | ---: |
${rows.join("\n")}
`);
if (over) {
  console.error(`A page is over the ${BUDGET_KB} kB budget.`);
  process.exitCode = 1;
}
