import { expect, test, type Page } from "@playwright/test";
import { TOTP, Secret } from "otpauth";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import { signInAs } from "./support/auth";

// Issue #3 and #7 journeys: each role signs in (with its second factor where the role requires one), lands on
// its own workspace and signs out; the wrong role finds 404; an admin creates an office staff account whose
// owner sets a password and must enrol 2FA before reaching the workspace.

async function signOut(page: Page) {
  await page.goto("/akun");
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/masuk$/);
}

for (const [account, home] of [
  ["admin", "/admin"],
  ["batulicin", "/kanim"],
  ["gendangTimburu", "/desa"],
] as const) {
  test(`${DEMO_ACCOUNTS[account].role} signs in, lands on ${home} and signs out`, async ({ page }) => {
    await signInAs(page, account);
    await expect(page).toHaveURL(new RegExp(`${home}$`));
    await signOut(page);
    await page.goto(home);
    await expect(page).toHaveURL(/\/masuk$/);
  });
}

test("a role that requires 2FA cannot sign in with the password alone", async ({ page }) => {
  await page.goto("/masuk");
  await page.locator('input[name="email"]').fill(DEMO_ACCOUNTS.batulicin.email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('input[name="password"]').press("Enter");
  await expect(page).toHaveURL(/\/masuk\/kode$/);
  await page.locator('input[name="code"]').fill("000000");
  await page.locator('input[name="code"]').press("Enter");
  await expect(page.locator("main").getByRole("alert")).toContainText("Kode salah");
  await page.goto("/kanim");
  await expect(page).toHaveURL(/\/masuk$/);
});

test("unknown e-mail and wrong password get the same message", async ({ page }) => {
  for (const email of ["tidak.ada@desabinaan.test", DEMO_ACCOUNTS.gendangTimburu.email]) {
    await page.goto("/masuk");
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill("bukan kata sandi yang benar");
    await page.locator('input[name="password"]').press("Enter");
    await expect(page.locator("main").getByRole("alert")).toHaveText("E-mail atau kata sandi salah.");
    await expect(page.locator('input[name="email"]')).toHaveValue(email);
  }
});

test("protected routes: signed out goes to /masuk, the wrong role finds 404", async ({ page, browser }) => {
  for (const path of ["/admin/akun", "/kanim", "/desa", "/akun"]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toMatch(/\/masuk$/);
  }
  await signInAs(page, "gendangTimburu");
  for (const path of ["/admin/akun", "/admin/akun/baru", "/kanim"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  const staff = await browser.newPage();
  await signInAs(staff, "batulicin");
  for (const path of ["/admin/akun", "/desa"]) {
    expect((await staff.request.get(path)).status(), path).toBe(404);
  }
  await staff.close();
});

test("an admin creates an office staff account; its owner sets a password and must enrol 2FA", async ({ page, browser }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/akun/baru");
  const email = `staf.${Date.now()}@desabinaan.test`;
  await page.locator('input[name="name"]').fill("Staf Inteldakim Baru");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('select[name="role"]').selectOption("OFFICE_STAFF");
  await page.locator('select[name="officeId"]').selectOption({ label: "Kantor Imigrasi Kelas II TPI Batulicin" });
  await page.getByRole("button", { name: "Buat akun" }).click();
  const link = new URL((await page.getByTestId("issued-link").textContent())!.trim());

  const owner = await browser.newPage();
  await owner.goto(`${link.pathname}${link.search}`);
  const password = "kapal feri menyeberang ke kotabaru";
  await owner.locator('input[name="newPassword"]').fill(password);
  await owner.locator('input[name="confirmPassword"]').fill(password);
  await owner.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(owner).toHaveURL(/\/masuk\?sandi=baru$/);

  await owner.locator('input[name="email"]').fill(email);
  await owner.locator('input[name="password"]').fill(password);
  await owner.locator('input[name="password"]').press("Enter");
  await expect(owner).toHaveURL(/\/akun\/keamanan$/);
  // Workspace data stays closed until enrolment.
  await owner.goto("/kanim");
  await expect(owner).toHaveURL(/\/akun\/keamanan$/);

  await owner.getByRole("button", { name: "Mulai aktivasi" }).click();
  const secret = (await owner.getByTestId("totp-secret").textContent())!.trim();
  await expect(owner.getByRole("img", { name: "Kode QR untuk aplikasi autentikator" })).toBeVisible();
  await owner.locator('input[name="code"]').fill(new TOTP({ secret: Secret.fromBase32(secret) }).generate());
  await owner.getByRole("button", { name: "Aktifkan" }).click();
  await expect(owner.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  await owner.getByRole("link", { name: "Lanjut ke ruang kerja" }).click();
  await expect(owner).toHaveURL(/\/kanim$/);
  await owner.close();
});
