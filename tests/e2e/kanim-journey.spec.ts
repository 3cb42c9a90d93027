import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { signInAs } from "./support/auth";

// The office staff journey of issue #6: sign in (enrolling the required second factor), designate a new
// village, schedule an outreach visit with two officers, mark it held with its report, see the dashboard
// move, and download the CPMI export with masked NIKs.

const WITA_OFFSET_MS = 8 * 3_600_000;

/** Yesterday on the Batulicin office's wall clock (WITA), "YYYY-MM-DD". */
function yesterdayWita(): string {
  return new Date(Date.now() + WITA_OFFSET_MS - 86_400_000).toISOString().slice(0, 10);
}

async function enrolTwoFactor(page: Page) {
  if (!page.url().includes("/akun/keamanan")) return;
  await page.getByRole("button", { name: "Mulai aktivasi" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  const code = new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate();
  await page.getByLabel("Kode 6 angka dari aplikasi").fill(code);
  await page.getByRole("button", { name: "Aktifkan" }).click();
  await page.getByRole("link", { name: "Lanjut ke ruang kerja" }).click();
}

async function heldThisYear(page: Page): Promise<number> {
  const table = page.locator("table", { has: page.locator("caption", { hasText: "Kegiatan direncanakan dan terlaksana per bulan" }) });
  const cells = await table.locator("tbody tr td:nth-of-type(2)").allTextContents();
  return cells.reduce((sum, text) => sum + Number(text.replace(/\D/g, "") || 0), 0);
}

test("office staff designate a village, hold an outreach visit with a report and export the CPMI", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "batulicin");
  await enrolTwoFactor(page);

  await page.goto("/kanim");
  const designationsBefore = Number(await page.getByTestId("kpi-designations").textContent());
  const heldBefore = await heldThisYear(page);

  // Designate Desa Buluh Kuning (Kecamatan Sungai Durian, Kabupaten Kotabaru) through the picker.
  await page.goto("/kanim/desa/baru");
  await page.getByRole("combobox", { name: "Kabupaten/Kota" }).selectOption("63.02");
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await page.getByRole("combobox", { name: "Kecamatan" }).selectOption("63.02.15");
  await page.getByLabel("Cari nama desa").fill("buluh");
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await page.getByRole("link", { name: "Pilih Buluh Kuning" }).click();
  await page.getByLabel("Nomor SK").fill("W.15.IMI.IMI.4-GR.04.01-E2E");
  await page.getByLabel("Tanggal SK").fill(yesterdayWita());
  await page.getByLabel(/Muhammad Arifin/).check();
  await page.getByLabel("Nama narahubung desa").fill("Ahmad Fauzi");
  await page.getByRole("button", { name: "Simpan penetapan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Buluh Kuning");
  // The public village page exists at once (and is now cached).
  const publicVillage = await page.context().newPage();
  await publicVillage.goto("/id/desa-binaan/63.02.15.2001");
  await expect(publicVillage.getByRole("heading", { level: 1 })).toHaveText("Desa Buluh Kuning");
  await expect(publicVillage.getByText("Sosialisasi paspor dan bahaya TPPO")).toHaveCount(0);

  // Schedule an outreach visit yesterday with two officers.
  await page.getByRole("link", { name: "Jadwalkan kegiatan di desa ini" }).click();
  await expect(page.getByRole("combobox", { name: "Desa" })).toHaveValue("63.02.15.2001");
  await page.getByLabel(/^Judul/).fill("Sosialisasi paspor dan bahaya TPPO");
  await page.getByLabel(/^Mulai/).fill(`${yesterdayWita()}T09:00`);
  await page.getByLabel(/^Selesai/).fill(`${yesterdayWita()}T12:00`);
  await page.getByLabel(/^Tempat/).fill("Balai Desa Buluh Kuning");
  await page.getByLabel(/Muhammad Arifin/).check();
  await page.getByLabel(/Fitri Handayani/).check();
  await page.getByRole("button", { name: "Simpan jadwal" }).click();
  const confirm = page.getByLabel("Saya tahu, tetap simpan");
  await expect(page.getByRole("heading", { level: 1 }).or(confirm)).toBeVisible();
  if (await confirm.isVisible()) {
    await confirm.check();
    await page.getByRole("button", { name: "Simpan jadwal" }).click();
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sosialisasi paspor dan bahaya TPPO");
  await expect(page.getByTestId("event-status")).toHaveText("Direncanakan");

  // Correct the place while the event is still planned.
  await page.getByRole("link", { name: "Ubah kegiatan" }).click();
  await expect(page.getByLabel(/^Judul/)).toHaveValue("Sosialisasi paspor dan bahaya TPPO");
  await expect(page.getByLabel(/Fitri Handayani/)).toBeChecked();
  await page.getByLabel(/^Tempat/).fill("Aula Kantor Desa Buluh Kuning");
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 }).or(confirm)).toBeVisible();
  if (await confirm.isVisible()) {
    await confirm.check();
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
  }
  await expect(page.getByText("Aula Kantor Desa Buluh Kuning")).toBeVisible();
  await expect(page.getByTestId("event-status")).toHaveText("Direncanakan");

  // File the report: the event becomes held.
  await page.getByLabel("CPMI – Laki-laki").fill("5");
  await page.getByLabel("CPMI – Perempuan").fill("7");
  await page.getByLabel("Perangkat desa – Laki-laki").fill("3");
  await page.getByLabel("Pemangku kepentingan yang hadir").fill("Sekretaris Desa, Babinsa, Bhabinkamtibmas");
  await page.getByLabel("Pendaftaran paspor lewat M-Paspor").check();
  await page.getByLabel("Modus TPPO/TPPM").check();
  await page.getByLabel("Ringkasan kegiatan").fill("Warga dibekali prosedur paspor lewat M-Paspor dan cara mengenali calo.");
  await page.getByRole("button", { name: "Simpan laporan" }).click();
  await expect(page.getByTestId("event-status")).toHaveText("Terlaksana");
  await page.getByRole("link", { name: "Cetak laporan (A4)" }).click();
  await expect(page.getByRole("heading", { name: "LAPORAN KEGIATAN" })).toBeVisible();
  await expect(page.getByTestId("report-total")).toHaveText("15");

  // The public village page shows the held activity now, not after its cache runs out.
  await publicVillage.reload();
  await expect(publicVillage.getByText("Sosialisasi paspor dan bahaya TPPO")).toBeVisible();
  await publicVillage.close();

  // The dashboard counts moved.
  await page.goto("/kanim");
  await expect(page.getByTestId("kpi-designations")).toHaveText(String(designationsBefore + 1));
  expect(await heldThisYear(page)).toBe(heldBefore + 1);

  // The CPMI export downloads with masked NIKs only.
  await page.goto("/kanim/ekspor");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "CSV" }).first().click(),
  ]);
  const csv = await readFile((await download.path())!, "utf8");
  const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0].startsWith("NIK,Nama,")).toBe(true);
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(1)) expect(line).toMatch(/^\d{4}•{8}\d{4},/);
  expect(csv).not.toMatch(/\b\d{16}\b/);
});
