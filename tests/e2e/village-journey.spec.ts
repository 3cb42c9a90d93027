import { randomInt } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { composeNik } from "@/lib/identity/nik";
import { signInAs } from "./support/auth";

// A village official registers a CPMI, corrects a wrong NIK without retyping the rest, sees the warning
// signs, records guidance, moves the passport status and finds the candidate again by a misspelt name.

test("a village official registers, guides and finds a CPMI", async ({ page }) => {
  await signInAs(page, "gendangTimburu");
  await expect(page).toHaveURL(/\/desa$/);

  await page.getByRole("link", { name: "Daftarkan CPMI" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Daftarkan CPMI" })).toBeVisible();

  const name = "Kartika Permatasari";
  // Digits 7–12 say 13th month: not a possible birth date.
  await page.getByLabel("NIK (16 angka, sesuai e-KTP)").fill("6302155213990007");
  await page.getByLabel("Nama lengkap (sesuai e-KTP)").fill(name);
  await page.getByLabel("Jenis kelamin").selectOption("FEMALE");
  await page.getByLabel("Tanggal lahir").fill("1999-04-12");
  await page.getByLabel("Nomor HP").fill("0812 3456 7890");
  await page.getByLabel("Pendidikan terakhir").selectOption("SMP");
  await page.getByLabel("Negara tujuan").selectOption("SA");
  await page.getByLabel("Bidang pekerjaan").selectOption("DOMESTIC_WORKER");
  await page.getByLabel("Jalur penempatan").selectOption("UNKNOWN");
  await page.getByLabel("Pemberi kerja di luar negeri").selectOption("INDIVIDUAL");
  await page.getByLabel("Visa yang akan dipakai").selectOption("UMRAH_HAJJ");
  await page.getByLabel("Bagaimana calon direkrut").selectOption("SOCIAL_MEDIA");
  await page.getByLabel("Soal biaya, calon…").selectOption("ALL_COSTS_COVERED");
  await page.getByLabel("Tertulis (ditandatangani calon)").check();
  await page.getByLabel(/Saya sudah menjelaskan hal di atas/).check();
  await page.getByRole("button", { name: "Simpan CPMI" }).click();

  await expect(page.getByText("Periksa kembali isian yang ditandai.")).toBeVisible();
  await expect(page.getByText("Angka ke-7 sampai ke-12 NIK bukan tanggal lahir yang mungkin.")).toBeVisible();
  await expect(page.getByLabel("NIK (16 angka, sesuai e-KTP)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Nama lengkap (sesuai e-KTP)")).toHaveValue(name);
  await expect(page.getByLabel("Negara tujuan")).toHaveValue("SA");
  await expect(page.getByLabel("Soal biaya, calon…")).toHaveValue("ALL_COSTS_COVERED");
  await expect(page.getByLabel("Tertulis (ditandatangani calon)")).toBeChecked();

  const nik = composeNik("630215", new Date("1999-04-12T00:00:00Z"), "FEMALE", randomInt(1000, 10_000));
  await page.getByLabel("NIK (16 angka, sesuai e-KTP)").fill(nik);
  await page.getByRole("button", { name: "Simpan CPMI" }).click();

  await expect(page).toHaveURL(/\/desa\/cpmi\/[0-9a-f-]{36}/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(`${nik.slice(0, 4)}••••••••${nik.slice(-4)}`)).toBeVisible();
  const flags = page.getByRole("region", { name: "Tanda bahaya" });
  for (const flag of [
    "Jalur penempatan tidak jelas",
    "Pekerja rumah tangga di negara moratorium",
    "Visa bukan visa kerja",
    "Direkrut lewat media sosial atau calo",
  ]) {
    await expect(flags.getByText(flag, { exact: true })).toBeVisible();
  }
  // Domestic work is a zero-cost job (Perban BP2MI 9/2020): "all costs covered" is the norm there, not a sign.
  await expect(flags.getByText(/semua biaya ditanggung/)).toHaveCount(0);
  await expect(flags.getByText("Yang perlu dilakukan:").first()).toBeVisible();
  // Each sign names its legal source.
  await expect(flags.getByText("Dasar hukum: Kepmenaker 260/2015")).toBeVisible();

  const guidance = page.getByRole("region", { name: "Catat pembinaan" });
  await guidance.getByLabel("Cara daftar di M-Paspor").check();
  await guidance.getByLabel("Tanda-tanda perdagangan orang").check();
  await guidance.getByLabel("Catatan").fill("Dijelaskan bahaya visa umrah untuk bekerja.");
  await guidance.getByRole("button", { name: "Simpan pembinaan" }).click();
  const history = page.getByRole("region", { name: "Riwayat" });
  await expect(history.getByText("Pembinaan: Cara daftar di M-Paspor, Tanda-tanda perdagangan orang")).toBeVisible();

  const passport = page.getByRole("region", { name: "Status paspor" });
  await passport.getByLabel("Status baru").selectOption("APPLIED_M_PASPOR");
  await passport.getByRole("button", { name: "Simpan status" }).click();
  await expect(passport.getByText("Sudah mengajukan di M-Paspor", { exact: true })).toBeVisible();
  await expect(history.getByText("Status paspor: Belum ada paspor → Sudah mengajukan di M-Paspor")).toBeVisible();

  await page.getByRole("link", { name: "CPMI", exact: true }).click();
  await page.getByLabel("Cari nama", { exact: true }).fill("Kartika Permatasary");
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(page.getByRole("link", { name })).toBeVisible();

  // The full NIK is searched with a posted form: the record opens and no address ever carries the NIK.
  const addresses: string[] = [];
  page.on("request", (request) => addresses.push(request.url()));
  await page.getByLabel("Cari dengan NIK lengkap").fill(nik);
  await page.getByRole("button", { name: "Cari NIK" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page).toHaveURL(/\/desa\/cpmi\/[0-9a-f-]{36}$/);
  expect(addresses.filter((url) => url.includes(nik))).toEqual([]);
  // A NIK typed into the name search is not searched: the page says where to search it.
  await page.getByRole("link", { name: "CPMI", exact: true }).click();
  await page.getByLabel("Cari nama", { exact: true }).fill(nik.replace(/(\d{4})(?=\d)/g, "$1 "));
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(page.getByText("Pencarian nama tidak mencari NIK")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the register form still answers per field and keeps what was typed", async ({ page }) => {
    await signInAs(page, "gendangTimburu");
    await page.goto("/desa/cpmi/baru");
    await page.getByLabel("NIK (16 angka, sesuai e-KTP)").fill("12345");
    await page.getByLabel("Nama lengkap (sesuai e-KTP)").fill("Tanpa Skrip");
    await page.getByLabel("Negara tujuan").selectOption("MY");
    await page.getByRole("button", { name: "Simpan CPMI" }).click();
    await expect(page.getByText("NIK harus 16 angka.")).toBeVisible();
    await expect(page.getByLabel("Nama lengkap (sesuai e-KTP)")).toHaveValue("Tanpa Skrip");
    await expect(page.getByLabel("Negara tujuan")).toHaveValue("MY");
  });
});

test("the village pages pass an accessibility check", async ({ page }) => {
  await signInAs(page, "gendangTimburu");
  for (const path of ["/desa", "/desa/cpmi", "/desa/cpmi/baru", "/desa/kunjungan"]) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(violations.map((v) => `${path} ${v.id}`)).toEqual([]);
  }
  await page.goto("/desa/cpmi?flagged=1");
  await page.locator("main ul a").first().click();
  await expect(page).toHaveURL(/\/desa\/cpmi\/[0-9a-f-]{36}/);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(violations.map((v) => `detail ${v.id}`)).toEqual([]);
});
