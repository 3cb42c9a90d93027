import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
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
    await code.fill(options.code ?? (await unusedDemoCode(account)));
    await code.press("Enter");
  }
  await expect(page).not.toHaveURL(/\/masuk(\/|\?|$)/);
}

/**
 * The demo secret's code for a 30-second step this account has not used yet: the app accepts each step's code
 * once (a replay is refused and counts as a failed attempt), and the two Playwright workers sign in as the same
 * demo accounts. The last step used per account is kept in a file both workers see; when it is the current
 * step, this waits for the next one.
 */
async function unusedDemoCode(account: DemoAccountKey): Promise<string> {
  const file = path.join(os.tmpdir(), `desa-e2e-totp-${process.env.E2E_PORT ?? "3001"}-${account}`);
  for (;;) {
    const step = Math.floor(Date.now() / 30_000);
    const last = Number(await readFile(file, "utf8").catch(() => "0"));
    // A code in its last two seconds could reach the server in the next step: also wait then.
    const late = Date.now() % 30_000 > 28_000;
    if (step > last && !late) {
      await writeFile(file, String(step));
      return demoTotpCode();
    }
    await new Promise((resolve) => setTimeout(resolve, (step + 1) * 30_000 - Date.now() + 100));
  }
}
