import { expect, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccountKey } from "@/lib/demo/accounts";

/**
 * Signs in through the real login form (/masuk) as one of the demo accounts, and waits until the app has
 * left the login page. `code` answers the second step when the account has two-factor sign-in on.
 */
export async function signInAs(page: Page, account: DemoAccountKey, options: { code?: string } = {}) {
  await page.goto("/masuk");
  await page.locator('input[name="email"]').fill(DEMO_ACCOUNTS[account].email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('input[name="password"]').press("Enter");
  if (options.code) {
    const code = page.locator('input[name="code"]');
    await code.fill(options.code);
    await code.press("Enter");
  }
  await expect(page).not.toHaveURL(/\/masuk(\?|$)/);
}
