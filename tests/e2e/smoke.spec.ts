import { expect, test } from "@playwright/test";
import { signInAs } from "./support/auth";

// The built app is up, reaches its database, and a demo account can sign in through the real form.

test("the built app reports itself healthy", async ({ page }) => {
  const response = await page.goto("/api/health");
  expect(response?.status()).toBe(200);
  await expect(page.locator("body")).toContainText('"status":"ok"');
});

test("a demo office account signs in through the login form", async ({ page }) => {
  const login = await page.request.get("/masuk");
  test.skip(login.status() === 404, "the login page arrives with the authentication issue");
  await signInAs(page, "batulicin");
  await expect(page.locator("main")).toBeVisible();
});
