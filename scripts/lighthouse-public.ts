import { execFile } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

// Mobile Lighthouse (12.2.3, its default phone and throttling) on every public page of a running production
// build: prints each page's four category scores and exits 1 when any is below 100. Slow (about 15 s a page),
// so not part of CI. Run: node_modules/.bin/tsx scripts/lighthouse-public.ts http://127.0.0.1:<port>
// Reports: .data/lighthouse/<page>.json. Needs Chromium (CHROME_PATH, default /usr/bin/chromium).

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const PAGES = [
  "/id",
  "/en",
  "/id/panduan",
  "/id/panduan/m-paspor",
  "/id/panduan/m-paspor/cetak",
  "/id/cek-dokumen",
  "/id/cek-dokumen?purpose=WORK&application=FIRST&age=24&type=ORDINARY",
  "/id/desa-binaan",
  "/id/desa-binaan?q=Gendang",
  "/id/desa-binaan/63.02.15.2002",
  "/id/desa-binaan/63.02.15.2002/poster",
  "/id/kalender",
  "/id/privasi",
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const reports = path.join(process.cwd(), ".data", "lighthouse");
await mkdir(reports, { recursive: true });

type Report = { categories: Record<string, { score: number | null }>; audits: Record<string, { score: number | null; title: string }> };

let below = false;
console.log(`| page | ${CATEGORIES.join(" | ")} |\n| --- |${" ---: |".repeat(CATEGORIES.length)}`);
for (const page of PAGES) {
  const output = path.join(reports, `${page.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "root"}.json`);
  await promisify(execFile)(
    "npx",
    [
      "-y",
      "lighthouse@12.2.3",
      new URL(page, base).toString(),
      `--only-categories=${CATEGORIES.join(",")}`,
      "--output=json",
      `--output-path=${output}`,
      "--quiet",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(await readFile(output, "utf8")) as Report;
  const scores = CATEGORIES.map((category) => Math.round((report.categories[category]?.score ?? 0) * 100));
  console.log(`| \`${page}\` | ${scores.join(" | ")} |`);
  if (scores.some((score) => score < 100)) {
    below = true;
    const lost = Object.values(report.audits).filter((audit) => audit.score !== null && audit.score < 1);
    for (const audit of lost) console.log(`|   ↳ ${audit.title} (${audit.score}) |`);
  }
}
process.exit(below ? 1 : 0);
