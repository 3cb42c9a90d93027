import { gzipSync } from "node:zlib";

// Measures what each public page makes the browser download, from the production build served by `next start`:
// the JavaScript (every <script>, inline or external, and every script preload), and the page itself (the
// HTML, which carries its stylesheet inline). Sizes are gzip-compressed, as the server sends them. Run:
//   node_modules/.bin/tsx scripts/public-js-budget.ts http://127.0.0.1:3001
// tests/e2e/public-weight.spec.ts checks the same budget in Chromium on every `npm test`.

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
  "/id/privasi",
];

const gzipKb = (text: string | Buffer) => gzipSync(text).length / 1024;

async function download(url: URL): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}${url.search}: HTTP ${response.status}`);
  return response.text();
}

const rows: string[] = [];
let over = false;
for (const page of PAGES) {
  const url = new URL(page, base);
  const html = await download(url);
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
  const external = new Set(
    [
      ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gi),
      ...html.matchAll(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*\bhref="([^"]+\.js)"/gi),
    ].map((m) => m[1]),
  );
  let js = inline.reduce((sum, code) => sum + gzipKb(code), 0);
  for (const src of external) js += gzipKb(await download(new URL(src, url)));
  if (js > BUDGET_KB) over = true;
  rows.push(`| \`${page}\` | ${inline.length + external.size} | **${js.toFixed(1)}** | ${gzipKb(html).toFixed(1)} |`);
}

console.log(`| page | scripts | JavaScript, kB gzip | whole page (HTML with its CSS), kB gzip |
| --- | ---: | ---: | ---: |
${rows.join("\n")}`);
if (over) {
  console.error(`A page is over the ${BUDGET_KB} kB JavaScript budget.`);
  process.exitCode = 1;
}
