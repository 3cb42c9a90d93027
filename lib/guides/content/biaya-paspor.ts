import type { GuideSource } from "../schema";

export const biayaPaspor: GuideSource = {
  slug: "biaya-paspor",
  category: "PASSPORT",
  sortOrder: 30,
  id: {
    title: "Biaya paspor",
    summary: "Biaya resmi paspor biasa, paspor elektronik, layanan percepatan, dan paspor pekerja migran.",
    body: `Biaya paspor diatur dalam Peraturan Pemerintah (PP) 45/2024, berlaku sejak akhir Desember 2024.

## Daftar biaya

{{fees}}

- **Layanan percepatan** (paspor selesai di hari yang sama) adalah biaya **tambahan** di atas biaya paspor.
- **Pekerja migran Indonesia (PMI)**: paspor 5 tahun {{fee:PMI_5Y}} menurut aturan kementerian. Lihat [Paspor untuk pekerja migran](/id/panduan/paspor-pekerja-migran).

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
    body: `Passport fees are set by Government Regulation (PP) 45/2024, in force since late December 2024.

## Fees

{{fees}}

- **Same-day service** (the passport is ready the same day) is an **extra** fee on top of the passport fee.
- **Indonesian migrant workers (PMI)**: a 5-year passport costs {{fee:PMI_5Y}} under the ministry's rules. See [Passports for migrant workers](/en/panduan/paspor-pekerja-migran).

## How to pay

After you pick an arrival date in M-Paspor, you receive a **15-digit billing code**. Pay within **2 hours** by one of the payment methods listed in the app. If it is not paid within 2 hours, the application lapses.

## Be careful

- Never pay a broker or anyone who promises a fast passport.
- Immigration officers do not ask for money beyond the official fee paid with the billing code.
- If someone asks for extra money, report it to the immigration office. Its contacts are in the [Desa Binaan directory](/en/desa-binaan).
`,
  },
};
