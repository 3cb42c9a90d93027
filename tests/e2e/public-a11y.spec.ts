import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// Every public page, in both languages where the text differs, checked against WCAG 2.1 A and AA.
const PAGES = [
  "/id",
  "/en",
  "/id/panduan",
  "/en/panduan",
  "/id/panduan/m-paspor",
  "/en/panduan/bekerja-ke-luar-negeri",
  "/id/panduan/biaya-paspor",
  "/id/panduan/tanda-perdagangan-orang",
  "/id/panduan/m-paspor/cetak",
  "/id/cek-dokumen",
  "/id/cek-dokumen?purpose=WORK&application=FIRST&age=24&type=ORDINARY",
  "/en/cek-dokumen?purpose=WORK&application=FIRST&age=16&type=ELECTRONIC",
  "/id/cek-dokumen?purpose=TOURISM&application=FIRST&age=abc",
  "/id/desa-binaan",
  "/id/desa-binaan?q=Gendang",
  "/id/desa-binaan/63.02.15.2002",
  "/en/desa-binaan/63.02.15.2002",
  "/id/desa-binaan/63.02.15.2002/poster",
  "/id/kalender",
  "/en/kalender",
  "/id/halaman-yang-tidak-ada",
];

for (const path of PAGES) {
  test(`axe finds no WCAG 2.1 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(summary).toEqual([]);
  });
}
