import { expect, test } from "@playwright/test";

// Journeys of a villager on the public portal, against the demo seed (Desa Gendang Timburu, Kanim Batulicin,
// a future public outreach event) and the shipped guides.

const GENDANG_TIMBURU = "63.02.15.2002";

test("reads the M-Paspor guide in Indonesian, then in English", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/id$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await page.getByRole("link", { name: "Baca panduan paspor dan kerja ke luar negeri" }).click();
  // The administrator journey may retitle this guide meanwhile; its address and subject stay.
  await page.locator('main a[href="/id/panduan/m-paspor"]').click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText("M-Paspor");
  await expect(page.getByText("kode billing 15 digit")).toBeVisible();
  // The fee table comes from the PassportFee data.
  await expect(page.getByRole("cell", { name: /Rp\s?350\.000/ }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Versi cetak" })).toBeVisible();

  await page.getByRole("link", { name: "English", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/panduan\/m-paspor$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Applying for a passport with M-Paspor, step by step");
  await expect(page.getByText("15-digit billing code")).toBeVisible();
  await expect(page.getByRole("cell", { name: /IDR\s?350,000/ }).first()).toBeVisible();

  await page.getByRole("link", { name: "Print version" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Applying for a passport with M-Paspor, step by step");
  await expect(page.getByRole("navigation")).toHaveCount(0);
});

test("answers the checklist as a prospective migrant worker and sees the PMI documents and warnings", async ({ page }) => {
  await page.goto("/id/cek-dokumen");
  await page.getByRole("radio", { name: "Bekerja sebagai pekerja migran (PMI)" }).check();
  await page.getByRole("radio", { name: "Paspor pertama" }).check();
  await page.getByLabel("Umur pemohon (tahun)").fill("24");
  await page.getByRole("radio", { name: "Paspor biasa" }).check();
  await page.getByRole("button", { name: "Tampilkan daftar" }).click();

  // The answers live in the URL, so the result can be shared.
  await expect(page).toHaveURL(/purpose=WORK/);
  await expect(page).toHaveURL(/age=24/);
  const documents = page.getByTestId("checklist-documents");
  for (const doc of ["e-KTP", "Surat rekomendasi dari Dinas Tenaga Kerja (Disnaker)"]) {
    await expect(documents.getByText(doc, { exact: true })).toBeVisible();
  }
  // Documents that only exist after the passport are never listed to bring (UU 18/2017 Pasal 13).
  for (const doc of ["Visa kerja", "Perjanjian kerja", "Perjanjian penempatan"]) {
    await expect(page.getByText(doc, { exact: true })).toHaveCount(0);
  }
  await expect(page.getByTestId("checklist-placement-documents").getByText("Sertifikat kompetensi kerja", { exact: true })).toBeVisible();
  await expect(page.getByText("tanyakan ke kantor tujuan Anda", { exact: false }).first()).toBeVisible();
  // PP 45/2024 Pasal 5(1): the first ordinary passport of an adult worker is free.
  await expect(page.getByText(/Rp\s?0$/)).toBeVisible();
  const warnings = page.getByTestId("checklist-warnings");
  await expect(warnings.getByText(/calo tanpa izin/)).toBeVisible();
  await expect(warnings.getByText(/visa kunjungan, wisata, ziarah, atau umrah/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Langkah bekerja ke luar negeri secara prosedural" })).toBeVisible();

  // The same shared URL in English, for someone under 18: the under-age warning comes first.
  await page.goto("/en/cek-dokumen?purpose=WORK&application=FIRST&age=16&type=ELECTRONIC");
  await expect(page.getByTestId("checklist-warnings").getByRole("listitem").first()).toHaveText(/Under 18 you may not work abroad/);
  await expect(page.getByTestId("checklist-documents").getByText("e-KTP of the father and mother (or guardian)")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the checklist form still works", async ({ page }) => {
    await page.goto("/id/cek-dokumen");
    await page.getByRole("radio", { name: "Umrah atau haji" }).check();
    await page.getByRole("radio", { name: "Penggantian: paspor lama habis masa berlaku atau penuh" }).check();
    await page.getByLabel("Umur pemohon (tahun)").fill("45");
    await page.getByRole("radio", { name: "Paspor elektronik (e-paspor)" }).check();
    await page.getByRole("button", { name: "Tampilkan daftar" }).click();
    await expect(page.getByTestId("checklist-documents").getByText("Paspor lama")).toBeVisible();
    await expect(page.getByText("Pilih tujuan perjalanan: umrah atau haji.")).toBeVisible();
  });

  test("a lost passport is a walk-in case with its examination and fine, and the hotlines are given", async ({ page }) => {
    await page.goto("/id/cek-dokumen");
    await page.getByRole("radio", { name: "Wisata atau kunjungan keluarga" }).check();
    await page.getByRole("radio", { name: "Paspor hilang" }).check();
    await page.getByLabel("Umur pemohon (tahun)").fill("30");
    await page.getByRole("radio", { name: "Paspor biasa" }).check();
    await page.getByRole("button", { name: "Tampilkan daftar" }).click();

    await expect(page).toHaveURL(/application=LOST/);
    await expect(page.getByRole("heading", { name: "Langkah di kantor imigrasi (tidak lewat M-Paspor)" })).toBeVisible();
    const steps = page.getByTestId("checklist-steps");
    await expect(steps.getByText(/berita acara pemeriksaan \(BAP\)/)).toBeVisible();
    await expect(steps.getByText(/M-Paspor, daftar dengan e-mail/)).toHaveCount(0);
    await expect(page.getByTestId("checklist-fine")).toContainText("Denda paspor hilang");
    await expect(page.getByTestId("checklist-fine")).toContainText(/Rp\s?1\.000\.000/);
    await expect(page.getByTestId("checklist-notes").getByText(/tidak diurus lewat M-Paspor/)).toBeVisible();
    const hotlines = page.getByTestId("hotlines");
    await expect(hotlines.getByRole("link", { name: "0800-1000" })).toHaveAttribute("href", "tel:08001000");
    await expect(hotlines.getByRole("link", { name: "129" })).toBeVisible();
    await expect(hotlines.getByRole("link", { name: "110" })).toBeVisible();
  });

  test("a child gets the parents' documents, both parents, 5 years only and the priority service", async ({ page }) => {
    await page.goto("/id/cek-dokumen");
    await page.getByRole("radio", { name: "Wisata atau kunjungan keluarga" }).check();
    await page.getByRole("radio", { name: "Paspor pertama" }).check();
    await page.getByLabel("Umur pemohon (tahun)").fill("4");
    await page.getByRole("radio", { name: "Belum menikah" }).check();
    await page.getByRole("radio", { name: "Paspor biasa" }).check();
    await page.getByRole("button", { name: "Tampilkan daftar" }).click();

    const documents = page.getByTestId("checklist-documents");
    for (const doc of [
      "e-KTP ayah dan ibu (atau wali)",
      "Akta kelahiran anak",
      "Akta atau buku nikah orang tua",
      "Surat pernyataan yang ditandatangani ayah dan ibu, bermeterai",
      "Paspor ayah dan ibu, bila punya",
    ]) {
      await expect(documents.getByText(doc, { exact: true })).toBeVisible();
    }
    const notes = page.getByTestId("checklist-notes");
    await expect(notes.getByText(/Ayah dan ibu datang bersama anak/)).toBeVisible();
    await expect(notes.getByText(/Paspor 10 tahun hanya untuk pemohon berumur 17 tahun/)).toBeVisible();
    await expect(notes.getByText(/Anak di bawah 5 tahun dapat memakai layanan prioritas/)).toBeVisible();
    // Permenkumham 18/2022: a child is offered the 5-year passport only.
    await expect(page.getByText("Paspor biasa (non-elektronik) 5 tahun")).toBeVisible();
    await expect(page.getByText("Paspor biasa (non-elektronik) 10 tahun")).toHaveCount(0);

    // Married at 16: the 10-year passport is offered (the answers are the URL).
    await page.goto("/id/cek-dokumen?purpose=TOURISM&application=FIRST&age=16&married=YES&type=ORDINARY");
    await expect(page.getByText("Paspor biasa (non-elektronik) 10 tahun")).toBeVisible();
    await expect(page.getByRole("radio", { name: "Sudah menikah" })).toBeChecked();
  });

  test("a bad answer is explained next to its field and the other answers are kept", async ({ page }) => {
    await page.goto("/id/cek-dokumen?purpose=STUDY&application=FIRST&age=abc&type=ORDINARY");
    await expect(page.getByText("Isi umur dengan angka 0 sampai 120.")).toBeVisible();
    await expect(page.getByRole("radio", { name: "Sekolah atau kuliah" })).toBeChecked();
    await expect(page.getByTestId("checklist-documents")).toHaveCount(0);
  });
});

test("finds Desa Gendang Timburu in the directory despite a typo and opens its poster", async ({ page }) => {
  await page.goto("/id/desa-binaan");
  await page.getByLabel("Nama desa").fill("Gendang Timbru");
  await page.getByRole("button", { name: "Cari" }).click();
  await page.getByRole("link", { name: "Gendang Timburu" }).click();

  await expect(page).toHaveURL(new RegExp(`/id/desa-binaan/${GENDANG_TIMBURU.replace(/\./g, "\\.")}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Desa Gendang Timburu");
  await expect(page.getByText("Kantor Imigrasi Kelas II TPI Batulicin")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Petugas Imigrasi Pembina Desa (PIMPASA)" })).toBeVisible();
  await expect(page.getByText(/^\d{18}$/)).toHaveCount(0);

  await page.getByRole("link", { name: "Cetak poster untuk papan pengumuman desa" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Desa Gendang Timburu");
  const qr = page.getByRole("img", { name: /Pindai untuk membuka halaman desa ini/ });
  await expect(qr.locator("svg")).toBeVisible();
  // The QR code opens the village's own page, not the guide list.
  await expect(qr).toHaveAttribute("aria-label", new RegExp(`/id/desa-binaan/${GENDANG_TIMBURU.replace(/\./g, "\\.")}$`));
  await expect(page.getByText("Sebelum bekerja ke luar negeri:")).toBeVisible();
});

test("the poster fits a 360 px phone, with its QR code on screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/id/desa-binaan/${GENDANG_TIMBURU}/poster`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const qr = page.getByRole("img", { name: /Pindai untuk membuka halaman desa ini/ });
  await qr.scrollIntoViewIfNeeded();
  const box = (await qr.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
});

test("the calendar shows a future public event and its ICS feed parses", async ({ page, request }) => {
  await page.goto("/id/kalender");
  const events = page.locator("main ul > li");
  await expect(events.first()).toBeVisible();
  const firstStart = await events.first().locator("time").getAttribute("datetime");
  expect(new Date(firstStart!).getTime()).toBeGreaterThan(Date.now() - 12 * 3_600_000);

  const href = await page.getByRole("link", { name: "Langganan kalender (ICS)" }).getAttribute("href");
  const response = await request.get(href!);
  expect(response.ok()).toBe(true);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const text = await response.text();
  expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  const lines = text
    .slice(0, -2)
    .split("\r\n")
    .reduce<string[]>((all, line) => (line.startsWith(" ") ? [...all.slice(0, -1), all.at(-1) + line.slice(1)] : [...all, line]), []);
  const starts = lines.filter((l) => l.startsWith("DTSTART:")).map((l) => l.slice(8));
  expect(starts.length).toBeGreaterThan(0);
  for (const start of starts) expect(start).toMatch(/^\d{8}T\d{6}Z$/);
  expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(starts.length);
  expect(lines.some((l) => l.startsWith("UID:"))).toBe(true);
});

test("an unknown public page says so in both languages", async ({ page }) => {
  const response = await page.goto("/id/panduan/tidak-ada");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("every page names the portal's icons and manifest, and each is served", async ({ page, request }) => {
  for (const path of ["/id", `/en/desa-binaan/${GENDANG_TIMBURU}/poster`, "/masuk"]) {
    await page.goto(path);
    const hrefs = await page.locator('head link[rel~="icon"], head link[rel="apple-touch-icon"], head link[rel="manifest"]').evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
    expect(hrefs).toEqual(expect.arrayContaining(["/favicon.ico", "/manifest.webmanifest"]));
    for (const href of hrefs) expect((await request.get(href)).status(), `${path}: ${href}`).toBe(200);
  }
  expect((await request.get("/favicon.ico")).headers()["content-type"]).toMatch(/^image\//);
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
});
