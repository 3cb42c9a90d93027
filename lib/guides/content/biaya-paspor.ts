import type { GuideSource } from "../schema";

export const biayaPaspor: GuideSource = {
  slug: "biaya-paspor",
  category: "PASSPORT",
  sortOrder: 30,
  sources: ["PP 45/2024, berlaku 17 Desember 2024 (Pasal 5 ayat 1: PMI)", "Permenkumham 9/2020"],
  checkedOn: "2026-12-01",
  id: {
    title: "Biaya paspor",
    summary: "Biaya resmi paspor biasa, paspor elektronik, layanan percepatan, dan paspor pekerja migran.",
    body: `Biaya paspor diatur dalam Peraturan Pemerintah (PP) 45/2024, berlaku sejak 17 Desember 2024.

## Daftar biaya

{{fees}}

- **Layanan percepatan** (paspor selesai di hari yang sama) adalah biaya **tambahan** di atas biaya paspor.
- **Paspor hilang atau rusak**: biaya paspor baru ditambah denda ({{fee:LOST_FINE}} bila hilang, {{fee:DAMAGED_FINE}} bila rusak). Lihat [Paspor hilang atau rusak](/id/panduan/paspor-hilang-rusak).
- **Anak** (di bawah 17 tahun dan belum menikah) hanya mendapat paspor 5 tahun; paspor 10 tahun untuk umur 17 tahun ke atas atau sudah menikah.
- **Calon pekerja migran Indonesia (PMI)**: paspor **biasa pertama** {{fee:PMI_FIRST_ORDINARY}} (PP 45/2024 Pasal 5 ayat 1). Paspor elektronik dan paspor pengganti membayar tarif biasa. Lihat [Paspor untuk pekerja migran](/id/panduan/paspor-pekerja-migran).

## Cara membayar

Setelah memilih tanggal datang di M-Paspor, Anda menerima **kode billing 15 digit**. Bayar dalam **2 jam** melalui salah satu cara pembayaran yang tercantum di aplikasi. Bila tidak dibayar dalam 2 jam, permohonan batal.

## Hati-hati

- Jangan membayar apa pun kepada calo atau orang yang menjanjikan paspor cepat.
- Petugas imigrasi tidak meminta uang di luar biaya resmi yang dibayar dengan kode billing.
- Bila ada yang meminta uang tambahan, laporkan ke kantor imigrasi. Kontaknya ada di [direktori Desa Binaan](/id/desa-binaan).
`,
  },
  en: {
    title: "Passport fees",
    summary: "The official fees for ordinary and electronic passports, the same-day service and migrant workers' passports.",
    body: `Passport fees are set by Government Regulation (PP) 45/2024, in force since 17 December 2024.

## Fees

{{fees}}

- **Same-day service** (the passport is ready the same day) is an **extra** fee on top of the passport fee.
- **Lost or damaged passport**: the new passport's fee plus a fine ({{fee:LOST_FINE}} if lost, {{fee:DAMAGED_FINE}} if damaged). See [Lost or damaged passports](/en/panduan/paspor-hilang-rusak).
- **Children** (under 17 and unmarried) get a 5-year passport only; the 10-year passport is for applicants aged 17 or over, or married.
- **Prospective Indonesian migrant workers (PMI)**: the **first ordinary** passport costs {{fee:PMI_FIRST_ORDINARY}} (PP 45/2024 Art. 5(1)). An e-passport and a replacement pay the normal fee. See [Passports for migrant workers](/en/panduan/paspor-pekerja-migran).

## How to pay

After you pick an arrival date in M-Paspor, you receive a **15-digit billing code**. Pay within **2 hours** by one of the payment methods listed in the app. If it is not paid within 2 hours, the application lapses.

## Be careful

- Never pay a broker or anyone who promises a fast passport.
- Immigration officers do not ask for money beyond the official fee paid with the billing code.
- If someone asks for extra money, report it to the immigration office. Its contacts are in the [Desa Binaan directory](/en/desa-binaan).
`,
  },
};
