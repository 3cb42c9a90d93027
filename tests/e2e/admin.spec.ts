import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAsAdmin } from "./support/admin";
import { signInAs } from "./support/auth";

// Administration journeys. Publishing a guide edit changes the public page of the BUILT app at once: no
// rebuild, no waiting for the hourly revalidation.

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("an administrator edits a published guide and the public page shows it at once", async ({ page }) => {
  // Second-factor enrolment and five accessibility scans on a shared machine outlast the default timeout.
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const newTitle = `Cara membuat paspor lewat M-Paspor (${stamp})`;
  const addedLine = `Catatan uji ${stamp}: datang 15 menit sebelum jadwal.`;

  // The public page is statically generated and cached before the edit.
  expect((await page.goto("/id/panduan/m-paspor"))?.status()).toBe(200);
  await expect(page.locator("article h1")).toContainText("M-Paspor");
  await expect(page.locator("article h1")).not.toContainText(stamp);

  await signInAsAdmin(page);
  for (const path of ["/admin", "/admin/kantor", "/admin/data-referensi", "/admin/log-audit"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await page.goto("/admin/panduan");
  await expectNoAxeViolations(page);
  await page.getByRole("row").filter({ hasText: "m-paspor" }).filter({ hasText: "id" }).getByRole("link").first().click();
  await expect(page.locator('input[name="slug"]')).toHaveValue("m-paspor");
  await expect(page.locator('select[name="locale"]')).toHaveValue("id");
  await expectNoAxeViolations(page);

  await page.locator('input[name="title"]').fill(newTitle);
  const body = page.locator('textarea[name="body"]');
  await body.fill(`${await body.inputValue()}\n\n${addedLine}`);
  // The live preview renders the typed Markdown through the server's safe renderer.
  await expect(page.getByTestId("guide-preview")).toContainText(addedLine);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Panduan tersimpan." })).toBeVisible();

  expect((await page.goto("/id/panduan/m-paspor"))?.status()).toBe(200);
  await expect(page.locator("article h1")).toHaveText(newTitle);
  await expect(page.locator("article")).toContainText(addedLine);
});

test("non-administrators get not found in the admin workspace", async ({ page }) => {
  await signInAs(page, "gendangTimburu");
  for (const path of ["/admin", "/admin/panduan", "/admin/kantor", "/admin/log-audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  const csv = await page.request.get("/admin/log-audit/ekspor");
  expect(csv.status()).toBe(404);
});

test("moving a regency to another office asks for confirmation and names the office that holds it", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const fillOffice = async (name: string, slug: string) => {
    await page.goto("/admin/kantor/baru");
    await page.locator('input[name="name"]').fill(name);
    await page.locator('input[name="slug"]').fill(slug);
    await page.locator('select[name="officeClass"]').selectOption("KELAS_II_NON_TPI");
    await page.locator('select[name="timeZone"]').selectOption("Asia/Makassar");
    await page.locator('input[name="address"]').fill("Jl. Uji No. 1, Paringin");
    await page.locator('select[name="regionalProvinceCode"]').selectOption("63");
    await page.locator('input[name="phone"]').fill("0526-2020");
    await page.locator('input[name="email"]').fill(`${slug}@imigrasi.go.id`);
    await page.locator("summary", { hasText: "Kalimantan Selatan" }).click();
    await page.getByRole("checkbox", { name: /^Kabupaten Balangan/ }).check();
    await page.getByRole("button", { name: "Simpan" }).click();
  };
  const first = `Kantor Imigrasi Uji Paringin ${stamp}`;
  const second = `Kantor Imigrasi Uji Balangan ${stamp}`;

  await signInAsAdmin(page);
  await fillOffice(first, `uji-paringin-${stamp}`);
  await expect(page.getByText("Data kantor tersimpan.")).toBeVisible();

  await fillOffice(second, `uji-balangan-${stamp}`);
  const confirm = page.getByRole("checkbox", { name: `Pindahkan Kabupaten Balangan dari ${first}` });
  await expect(confirm).toBeVisible();
  await confirm.check();
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Data kantor tersimpan.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(second);
  await expect(page.getByRole("checkbox", { name: /^Kabupaten Balangan/ })).toBeChecked();

  await page.goto("/admin/log-audit?action=office.create");
  await page.getByRole("link", { name: /^Buka/ }).first().click();
  await expect(page.getByRole("rowheader", { name: "workingArea" })).toBeVisible();
});

test("an administrator records a guide's sources and check date, and sets an office to e-passports only", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  await signInAsAdmin(page);

  await page.goto("/admin/panduan");
  await page.getByRole("row").filter({ hasText: "pas-lintas-batas" }).filter({ hasText: "id" }).getByRole("link").first().click();
  const check = page.getByRole("form", { name: "Sumber dan tanggal pemeriksaan" });
  await check.getByLabel("Diperiksa pada").fill("2099-01-01");
  await check.getByRole("button", { name: "Catat pemeriksaan" }).click();
  await expect(check.getByText("Tanggal pemeriksaan tidak boleh di masa depan.")).toBeVisible();
  await check.getByLabel("Sumber (satu per baris)").fill(`UU 6/2011 tentang Keimigrasian\nCatatan uji ${stamp}`);
  await check.getByLabel("Diperiksa pada").fill("2026-11-30");
  await check.getByRole("button", { name: "Catat pemeriksaan" }).click();
  await expect(check.getByText("Sumber dan tanggal pemeriksaan tersimpan.")).toBeVisible();

  await page.goto("/id/panduan/pas-lintas-batas");
  const sources = page.getByTestId("guide-sources");
  await expect(sources.getByText(`Catatan uji ${stamp}`)).toBeVisible();
  await expect(sources.getByText("Diperiksa pada 30 November 2026")).toBeVisible();
  await expect(page.getByTestId("hotlines").getByRole("link", { name: "0800-1000" })).toBeVisible();

  await page.goto("/admin/kantor");
  await page.getByRole("link", { name: "Kantor Imigrasi Kelas II Non TPI Madiun" }).first().click();
  const settings = page.getByRole("form", { name: "Layanan paspor" });
  await settings.getByLabel("Hanya menerbitkan paspor elektronik sejak").fill("2025-07-01");
  await settings.getByLabel("Jadwal pembukaan kuota M-Paspor").fill(`Hari terakhir setiap bulan, pukul 13.00 WIB (${stamp})`);
  await settings.getByRole("button", { name: "Perbarui layanan paspor" }).click();
  await expect(settings.getByText("Pengaturan layanan paspor tersimpan.")).toBeVisible();

  const slug = await page.locator('input[name="slug"]').inputValue();
  await page.goto(`/id/cek-dokumen?purpose=WORK&application=FIRST&age=24&type=ORDINARY&office=${slug}`);
  await expect(page.getByRole("radio", { name: "Paspor biasa" })).toHaveCount(0);
  await expect(page.getByRole("radio", { name: "Paspor elektronik (e-paspor)" })).toBeChecked();
  await expect(page.getByTestId("checklist-notes").getByText(/Tanyakan ke kantor sebelum membayar/)).toBeVisible();
  await expect(page.getByText(`(${stamp})`)).toBeVisible();

  // Back to both kinds, so the other journeys see the office as the demo seeds it.
  await page.goto("/admin/kantor");
  await page.getByRole("link", { name: "Kantor Imigrasi Kelas II Non TPI Madiun" }).first().click();
  await settings.getByLabel("Hanya menerbitkan paspor elektronik sejak").fill("");
  await settings.getByLabel("Jadwal pembukaan kuota M-Paspor").fill("");
  await settings.getByRole("button", { name: "Perbarui layanan paspor" }).click();
  await expect(settings.getByText("Pengaturan layanan paspor tersimpan.")).toBeVisible();
});
