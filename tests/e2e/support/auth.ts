import { expect, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoTotpCode, type DemoAccountKey } from "@/lib/demo/accounts";

/**
 * Signs in through the real login form (/masuk) as one of the demo accounts, answering the code step
 * (/masuk/kode) for accounts with a second factor (the seeded ADMIN and OFFICE_STAFF accounts, enrolled by
 * lib/demo/seed-auth.ts) with `code` or the demo secret's current code, and waits until the app has left the
 * login pages.
 */
export async function signInAs(page: Page, account: DemoAccountKey, options: { code?: string } = {}) {
  await page.goto("/masuk");
  await page.locator('input[name="email"]').fill(DEMO_ACCOUNTS[account].email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('input[name="password"]').press("Enter");
  await page.waitForURL((url) => url.pathname !== "/masuk");
  if (new URL(page.url()).pathname === "/masuk/kode") {
    const code = page.locator('input[name="code"]');
    await code.fill(options.code ?? demoTotpCode());
    await code.press("Enter");
  }
  await expect(page).not.toHaveURL(/\/masuk(\/|\?|$)/);
}
