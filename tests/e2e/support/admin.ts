import { expect, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { signInAs } from "./auth";

// Administrators must use a second factor. The demo admin starts without one, so the first sign-in of a run
// enrols it through the real security page and keeps the secret for later sign-ins in this worker.

let adminSecret: string | undefined;

const codeFor = (secret: string) =>
  new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate();

export async function signInAsAdmin(page: Page) {
  await signInAs(page, "admin", adminSecret ? { code: codeFor(adminSecret) } : {});
  if (!/\/akun\/keamanan/.test(page.url())) return;
  await page.getByRole("button", { name: /Mulai aktivasi|Start set-up/ }).click();
  adminSecret = (await page.getByTestId("totp-secret").textContent())!.trim();
  const code = page.locator('input[name="code"]');
  await code.fill(codeFor(adminSecret));
  await code.press("Enter");
  await expect(page.getByRole("link", { name: /Lanjut ke ruang kerja|Continue to workspace/ })).toBeVisible();
}
