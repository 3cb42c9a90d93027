import { expect, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccountKey } from "@/lib/demo/accounts";
import { demoTotpCode } from "@/lib/demo/totp";

/**
 * Signs in through the real login form (/masuk) as one of the demo accounts, and waits until the app has
 * left the login page. When the account has two-factor sign-in on (the seeded ADMIN and OFFICE_STAFF
 * accounts, lib/demo/seed-auth.ts), the code step is answered with `code` or the demo secret's current code.
 */
export async function signInAs(page: Page, account: DemoAccountKey, options: { code?: string } = {}) {
  await page.goto("/masuk");
  await page.locator('input[name="email"]').fill(DEMO_ACCOUNTS[account].email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('input[name="password"]').press("Enter");
  await expect(page).not.toHaveURL(/\/masuk(\?|$)/);
  if (new URL(page.url()).pathname === "/masuk/kode") {
    const code = page.locator('input[name="code"]');
    await code.fill(options.code ?? demoTotpCode());
    await code.press("Enter");
    await expect(page).not.toHaveURL(/\/masuk/);
  }
}
