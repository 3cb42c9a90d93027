import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "./support/admin";
import { signInAs } from "./support/auth";

// Publishing a guide edit changes the public page of the BUILT app at once: no rebuild, no waiting for the
// hourly revalidation.

test("an administrator edits a published guide and the public page shows it at once", async ({ page }) => {
  const stamp = Date.now().toString(36);
  const newTitle = `Cara membuat paspor lewat M-Paspor (${stamp})`;
  const addedLine = `Catatan uji ${stamp}: datang 15 menit sebelum jadwal.`;

  // The public page is statically generated and cached before the edit.
  expect((await page.goto("/id/panduan/m-paspor"))?.status()).toBe(200);
  await expect(page.locator("article h1")).toContainText("M-Paspor");
  await expect(page.locator("article h1")).not.toContainText(stamp);

  await signInAsAdmin(page);
  await page.goto("/admin/panduan");
  await page.getByRole("row").filter({ hasText: "m-paspor" }).filter({ hasText: "id" }).getByRole("link").first().click();
  await expect(page.locator('input[name="slug"]')).toHaveValue("m-paspor");
  await expect(page.locator('select[name="locale"]')).toHaveValue("id");

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
