import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { composeNik } from "@/lib/identity/nik";
import { signInAs } from "./support/auth";

// UU PDP journeys on the demo data: the public notice, a data subject's access request answered with a copy,
// and an erasure, all through the real forms. (The admin's access-record page is covered by integration tests:
// the demo admin must enrol two-factor sign-in before reaching any workspace.)

// Demo CPMI of Desa Gendang Timburu (lib/demo/seed.ts), NIKs composed as the seed does.
const RINA = composeNik("630215", new Date("2000-05-30T00:00:00Z"), "FEMALE", 5);
const HENDRA = composeNik("630215", new Date("1993-12-12T00:00:00Z"), "MALE", 7);

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

async function recordRequest(page: Page, nik: string, type: string) {
  await page.goto("/pdp/permintaan/baru");
  await page.getByLabel("NIK pemohon (16 angka)").fill(nik);
  await page.getByLabel("Jenis permintaan").selectOption(type);
  await page.getByLabel("Disampaikan melalui").selectOption("VILLAGE_IN_PERSON");
  await page.getByRole("button", { name: "Catat permintaan" }).click();
  await expect(page).toHaveURL(/\/pdp\/permintaan\/[0-9a-f-]{36}$/);
}

test("the privacy notice is public, in both languages, and states the retention periods", async ({ page }) => {
  await page.goto("/id/privasi");
  await expect(page.getByRole("heading", { level: 1, name: "Pemberitahuan Privasi" })).toBeVisible();
  await expect(page.getByText("24 bulan setelah rencana keberangkatan")).toBeVisible();
  await expectAccessible(page);
  await page.goto("/en/privasi");
  await expect(page.getByRole("heading", { level: 1, name: "Privacy Notice" })).toBeVisible();
  await expect(page.getByText("within 3×24 hours").first()).toBeVisible();
});

test("a village official answers an access request with a copy that holds the full record", async ({ page }) => {
  await signInAs(page, "gendangTimburu");
  await recordRequest(page, RINA, "ACCESS");
  await expect(page.getByRole("heading", { name: /Akses/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Lihat salinan data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Salinan data pribadi" })).toBeVisible();
  await expect(page.getByText(RINA)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Siapa melihat data Anda" })).toBeVisible();
  const download = await page.request.get(page.url() + "/json");
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expect((await download.json()).person.nik).toBe(RINA);
  await page.goBack();
  await page.locator("#complete-resolution").fill("Salinan cetak diserahkan di kantor desa");
  await page.getByRole("button", { name: "Tandai salinan sudah diserahkan" }).click();
  // Once resolved the page shows the outcome instead of the form.
  await expect(page.getByText("Penyelesaian: Salinan cetak diserahkan di kantor desa")).toBeVisible();
  await expect(page.locator("#complete-resolution")).toHaveCount(0);

  await page.goto("/pdp?status=FULFILLED");
  await expect(page.getByRole("link", { name: "Rina Wulandari" }).first()).toBeVisible();
  await expectAccessible(page);
});

test("an erasure destroys the person's data and keeps the request's record", async ({ page }) => {
  await signInAs(page, "gendangTimburu");
  await recordRequest(page, HENDRA, "ERASURE");
  await expect(page.getByText("Tidak ditetapkan undang-undang")).toBeVisible();
  await page.locator("#erase-resolution").fill("Dihapus atas permintaan tertulis");
  await page.getByRole("button", { name: "Hapus data pribadi" }).click();
  await expect(page.getByText(/Data pribadi dimusnahkan pada/)).toBeVisible();
  await page.reload();
  await expect(page.getByText("Hendra Saputra")).toHaveCount(0);
  await expect(page.getByText("Dipenuhi").first()).toBeVisible();
  await expectAccessible(page);
  // The person is gone from the register too.
  await page.goto("/desa/cpmi");
  await expect(page.getByText("Hendra Saputra")).toHaveCount(0);
});
