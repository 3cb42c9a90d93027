import { expect, test } from "@playwright/test";
import { signInAs } from "./support/auth";

// The built app is up, reaches its database, serves the demo data, and every demo role signs in through
// the real login form to its own workspace.

test("the built app reports itself healthy", async ({ page }) => {
  const response = await page.goto("/api/health");
  expect(response?.status()).toBe(200);
  await expect(page.locator("body")).toContainText('"status":"ok"');
});

test("the public calendar shows the demo's upcoming outreach", async ({ page }) => {
  await page.goto("/id/kalender");
  await expect(page.getByText("Sosialisasi Paspor Prosedural dan Pencegahan TPPO bagi CPMI")).toBeVisible();
});

for (const [account, home] of [
  ["gendangTimburu", "/desa"],
  ["batulicin", "/kanim"],
  ["admin", "/admin"],
] as const) {
  test(`the demo account ${account} signs in to ${home}`, async ({ page }) => {
    await signInAs(page, account);
    await expect(page).toHaveURL(new RegExp(`${home}(/|$)`));
    await expect(page.locator("main")).toBeVisible();
  });
}
