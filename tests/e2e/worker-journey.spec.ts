import { randomInt } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { composeNik } from "@/lib/identity/nik";
import { signInAs } from "./support/auth";

// The worker's journey past the passport, by the village and the office together: the village records a
// departure, a contact that finds a problem and the case it opens, referred to BP3MI; the office sees the case
// and adds a follow-up; the village records the return; the office's dashboard figures move with each step.

async function registerCandidate(page: Page, name: string) {
  await page.goto("/desa/cpmi/baru");
  const nik = composeNik("630215", new Date("1997-08-20T00:00:00Z"), "FEMALE", randomInt(1000, 10_000));
  await page.getByLabel("NIK (16 angka, sesuai e-KTP)").fill(nik);
  await page.getByLabel("Nama lengkap (sesuai e-KTP)").fill(name);
  await page.getByLabel("Jenis kelamin").selectOption("FEMALE");
  await page.getByLabel("Tanggal lahir").fill("1997-08-20");
  await page.getByLabel("Pendidikan terakhir").selectOption("SMA");
  await page.getByLabel("Negara tujuan").selectOption("MY");
  await page.getByLabel("Bidang pekerjaan").selectOption("PLANTATION");
  await page.getByLabel("Jalur penempatan").selectOption("G2G");
  await page.getByLabel("Visa yang akan dipakai").selectOption("WORK");
  await page.getByLabel("Bagaimana calon direkrut").selectOption("GOVERNMENT");
  await page.getByLabel("Soal biaya, calon…").selectOption("NONE_ASKED");
  await page.getByLabel("Tertulis (ditandatangani calon)").check();
  await page.getByLabel(/Saya sudah menjelaskan hal di atas/).check();
  await page.getByRole("button", { name: "Simpan CPMI" }).click();
  await expect(page).toHaveURL(/\/desa\/cpmi\/[0-9a-f-]{36}/);
  return page.url().split("?")[0];
}

/** Nothing on the page is wider than the phone's screen. */
async function expectNoSideScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

async function figures(page: Page) {
  await page.goto("/kanim");
  const hint = (await page.getByTestId("kpi-legal-share-hint").textContent()) ?? "";
  const [legal, total] = (hint.match(/\d+/g) ?? []).map(Number);
  return { legal, total, openCases: Number(await page.getByTestId("kpi-open-cases").textContent()) };
}

test("the village and the office follow a worker abroad, a case and the return", async ({ browser }) => {
  // Two accounts and some twenty form posts: beside other journeys on two cores it needs more than the default.
  test.setTimeout(120_000);
  // The village works on a phone: 360 px wide.
  const village = await (await browser.newContext({ viewport: { width: 360, height: 780 } })).newPage();
  const office = await (await browser.newContext()).newPage();
  await signInAs(village, "gendangTimburu");
  await signInAs(office, "batulicin");
  const before = await figures(office);

  const name = `Wulan Sari ${randomInt(100, 999)}`;
  const candidatePage = await registerCandidate(village, name);
  const journey = village.getByRole("region", { name: "Perjalanan kerja" });
  await expect(journey.getByText("Tahap sekarang: Persiapan")).toBeVisible();

  // A return cannot come first: the form is not offered, and the departure is.
  await expect(journey.getByRole("link", { name: "Catat kepulangan" })).toHaveCount(0);
  await journey.getByRole("link", { name: "Catat keberangkatan", exact: true }).click();
  await journey.getByLabel("Jalur penempatan").selectOption("G2G");
  await journey.getByLabel("Negara tujuan").selectOption("MY");
  await journey.getByLabel("Pekerjaan").selectOption("PLANTATION");
  await journey.getByLabel("Pemberi kerja di luar negeri").fill("Ladang Sawit Tawau Sdn Bhd");
  await journey.getByLabel("Lama kontrak (bulan)").fill("24");
  await journey.getByLabel("Kontak di luar negeri (nama dan nomor)").fill("Rahmawati +60 12 987 6543");
  // A date in the future is refused on the field, and what was typed stays. The form starts on the village's today.
  const today = await journey.getByLabel("Tanggal").inputValue();
  await journey.getByLabel("Tanggal").fill("2099-01-01");
  await journey.getByRole("button", { name: "Catat keberangkatan" }).click();
  await expect(journey.getByText("Tanggal tidak boleh di masa depan.")).toBeVisible();
  await expect(journey.getByLabel("Pemberi kerja di luar negeri")).toHaveValue("Ladang Sawit Tawau Sdn Bhd");
  await journey.getByLabel("Tanggal").fill(today);
  await journey.getByRole("button", { name: "Catat keberangkatan" }).click();
  await expect(journey.getByText("Tahap sekarang: Berangkat / di luar negeri")).toBeVisible();
  const history = village.getByRole("region", { name: "Riwayat" });
  await expect(history.getByText("Tahap: Berangkat / di luar negeri")).toBeVisible();
  await expect(history.getByText(/La••••••••hd/)).toBeVisible();

  // The abroad list shows the worker with the employer masked.
  await village.getByRole("link", { name: "Warga di luar negeri" }).click();
  const row = village.getByRole("listitem").filter({ hasText: name });
  await expect(row).toContainText("La••••••••hd");
  await expect(village.getByText("Tawau")).toHaveCount(0);
  await expectNoSideScroll(village);

  // A contact finds a problem: the case form follows, and the case is referred to BP3MI.
  await village.goto(`${candidatePage}?form=contact#perjalanan`);
  await journey.getByLabel("Cara kontak").selectOption("PHONE");
  await journey.getByLabel("Ada masalah").check();
  await journey.getByLabel("Catatan").fill("Gaji dua bulan belum dibayar.");
  await journey.getByRole("button", { name: "Catat kontak" }).click();
  await expect(journey.getByRole("heading", { name: "Laporkan masalah (buka kasus)" })).toBeVisible();
  await journey.getByLabel("Jenis masalah").selectOption("WAGES_UNPAID");
  await journey.getByLabel("Sumber informasi").selectOption("CONTACT");
  await journey.getByLabel("Tingkat urgensi").selectOption("URGENT");
  await journey.getByLabel("Uraian masalah").fill("Gaji dua bulan belum dibayar oleh pemberi kerja.");
  await journey.getByRole("button", { name: "Laporkan masalah (buka kasus)" }).click();
  await expect(village.getByRole("heading", { level: 1, name: "Kasus: Gaji tidak dibayar" })).toBeVisible();
  await village.getByLabel("Dirujuk ke").selectOption("BP3MI");
  await village.getByLabel("Narahubung di lembaga").fill("Ibu Kartini, BP3MI Kalimantan Selatan");
  await village.getByLabel("Apa yang diminta").fill("Mediasi gaji dengan pemberi kerja.");
  await village.getByRole("button", { name: "Rujuk ke lembaga" }).click();
  await expect(village.getByText(/^Dirujuk ke BP3MI \/ KP2MI/)).toBeVisible();
  await expectNoSideScroll(village);

  // The office sees the case in its area and adds a follow-up.
  await office.goto("/kanim/kasus");
  await office.getByRole("link", { name: `Gaji tidak dibayar — ${name}` }).click();
  await expect(office.getByText(/^Dirujuk ke BP3MI \/ KP2MI/)).toBeVisible();
  const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await office.getByLabel("Jatuh tempo").fill(due);
  await office.getByRole("textbox", { name: "Tindak lanjut", exact: true }).fill("Tanya BP3MI hasil mediasi.");
  await office.getByRole("button", { name: "Tambah tindak lanjut" }).click();
  await expect(office.getByText("Tanya BP3MI hasil mediasi.")).toBeVisible();
  await expect(office.getByRole("button", { name: "Tandai selesai" })).toBeVisible();

  // The return.
  await village.goto(candidatePage);
  await journey.getByRole("link", { name: "Catat kepulangan" }).click();
  await journey.getByLabel("Alasan pulang").selectOption("LEFT_EMPLOYER");
  await journey.getByLabel("Tidak", { exact: true }).check();
  await journey.getByRole("button", { name: "Catat kepulangan" }).click();
  await expect(journey.getByText("Tahap sekarang: Pulang")).toBeVisible();
  await expect(history.getByText("Tahap: Pulang")).toBeVisible();

  // The dashboard: one more departure by a legal route, one more open case, the return by its reason.
  const after = await figures(office);
  expect(after).toEqual({ legal: before.legal + 1, total: before.total + 1, openCases: before.openCases + 1 });
  await expect(office.getByRole("table", { name: "Kepulangan menurut alasan" })).toContainText("Meninggalkan pemberi kerja");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a refused departure keeps what was typed and names the field", async ({ page }) => {
    await signInAs(page, "gendangTimburu");
    const candidatePage = await registerCandidate(page, `Nur Aini ${randomInt(100, 999)}`);
    await page.goto(`${candidatePage}?form=DEPARTED#perjalanan`);
    const journey = page.getByRole("region", { name: "Perjalanan kerja" });
    await journey.getByLabel("Jalur penempatan").selectOption("P3MI");
    await journey.getByLabel("Negara tujuan").selectOption("TW");
    await journey.getByLabel("Pekerjaan").selectOption("CAREGIVER");
    await journey.getByRole("button", { name: "Catat keberangkatan" }).click();
    await expect(journey.getByText("Penempatan lewat P3MI harus menyebut nama P3MI.")).toBeVisible();
    await expect(journey.getByLabel("Negara tujuan")).toHaveValue("TW");
    await journey.getByLabel("Nama P3MI (perusahaan penempatan)").fill("PT Maju Sejahtera");
    await journey.getByRole("button", { name: "Catat keberangkatan" }).click();
    await expect(journey.getByText("Tahap sekarang: Berangkat / di luar negeri")).toBeVisible();
  });
});
