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
