import type { GuideSource } from "../schema";

export const mPaspor: GuideSource = {
  slug: "m-paspor",
  category: "PASSPORT",
  sortOrder: 10,
  sources: ["Aplikasi M-Paspor, Direktorat Jenderal Imigrasi", "PP 45/2024 (tarif, berlaku 17 Desember 2024)"],
  checkedOn: "2026-12-01",
  id: {
    title: "Mengajukan paspor lewat M-Paspor, langkah demi langkah",
    summary: "Cara mendaftar, mengisi data, memilih jadwal, membayar, dan datang ke kantor imigrasi dengan aplikasi M-Paspor.",
    body: `M-Paspor adalah aplikasi resmi Direktorat Jenderal Imigrasi untuk mengajukan paspor dan memesan jadwal datang ke kantor imigrasi. Anda tidak perlu calo: semua langkah bisa dilakukan sendiri dari ponsel.

> Satu akun M-Paspor dapat mengajukan paspor untuk sampai **5 orang**, misalnya Anda dan anggota keluarga.

## Sebelum mulai

Siapkan foto yang jelas dari dokumen asli Anda:

- e-KTP
- Kartu Keluarga (KK)
- salah satu dari: akta kelahiran, akta atau buku nikah, ijazah, atau surat baptis

Lihat juga panduan [Dokumen untuk paspor](/id/panduan/dokumen-paspor).

## Langkah-langkah

1. **Daftar akun.** Unduh M-Paspor dari toko aplikasi resmi, daftar dengan alamat e-mail, lalu masukkan kode OTP yang dikirim ke e-mail Anda.
2. **Pilih layanan dan kantor.** Pilih layanan reguler atau layanan percepatan (paspor selesai di hari yang sama, dengan biaya tambahan), lalu pilih kantor imigrasi yang akan Anda datangi.
3. **Pilih jenis paspor.** Pilih paspor biasa atau paspor elektronik (e-paspor). Kantor imigrasi beralih ke paspor elektronik saja secara bertahap (SE Dirjen Imigrasi IMI-263.GR.01.02/2024); [Cek Dokumen](/id/cek-dokumen) menunjukkan apa yang diterbitkan kantor pilihan Anda.
4. **Unggah e-KTP dan isi data diri.** Periksa nama dan tanggal lahir: harus sama persis di semua dokumen.
5. **Jawab pertanyaan tentang paspor lama dan tujuan perjalanan.** Katakan apakah Anda pernah memiliki paspor, dan pilih tujuan perjalanan yang **sebenarnya**: wisata, umrah/haji, belajar, atau bekerja.
6. **Unggah KK dan akta kelahiran** (atau dokumen pengganti yang diterima).
7. **Pilih tanggal datang.** Tanggal berwarna hijau masih tersedia; merah berarti penuh. Bila penuh, coba kantor imigrasi lain, unit layanan paspor, atau mal pelayanan publik. Setiap kantor membuka kuota menurut jadwalnya sendiri (misalnya hari terakhir setiap bulan pukul 13.00); [Cek Dokumen](/id/cek-dokumen) menyebut jadwal kantor pilihan Anda bila kantor sudah mengisinya.
8. **Bayar.** Anda menerima kode billing 15 digit. Bayar dalam **2 jam**; bila lewat, permohonan batal dan Anda harus mengulang.
9. **Datang ke kantor imigrasi** pada tanggal yang dipilih, membawa semua dokumen asli, untuk foto, sidik jari, dan wawancara.

## Biaya

Biaya resmi saat ini (PP 45/2024):

{{fees}}

Bayar hanya melalui kode billing dari M-Paspor. Petugas imigrasi tidak meminta uang di luar biaya resmi.

## Wawancara

Petugas akan menanyakan tujuan perjalanan Anda. Jawablah dengan jujur. Bila ada dugaan Anda akan bekerja di luar negeri tanpa prosedur resmi, paspor dapat ditunda atau ditolak. Ini untuk melindungi Anda dari perdagangan orang.

## Akan bekerja ke luar negeri?

Pilih tujuan **bekerja** dan baca [Paspor untuk pekerja migran](/id/panduan/paspor-pekerja-migran) serta [Bekerja ke luar negeri secara prosedural](/id/panduan/bekerja-ke-luar-negeri). Jangan pernah membuat paspor dengan tujuan "wisata" bila Anda akan bekerja.
`,
  },
  en: {
    title: "Applying for a passport with M-Paspor, step by step",
    summary: "How to register, fill in your details, pick a date, pay and visit the immigration office with the M-Paspor app.",
    body: `M-Paspor is the Directorate General of Immigration's official app to apply for a passport and book a visit to an immigration office. You do not need a broker: you can do every step yourself on your phone.

> One M-Paspor account can apply for up to **5 people**, for example you and members of your family.

## Before you start

Have clear photos of your original documents ready:

- e-KTP (electronic identity card)
- family card (Kartu Keluarga, KK)
- one of: birth certificate, marriage certificate or book, school diploma, or baptism letter

See also the guide [Documents for a passport](/en/panduan/dokumen-paspor).

## Steps

1. **Register.** Install M-Paspor from the official app store, register with your e-mail address and enter the OTP code sent to your e-mail.
2. **Choose the service and the office.** Choose regular service or same-day service (the passport is ready the same day, for an extra fee), then choose the immigration office you will visit.
3. **Choose the passport type.** Choose an ordinary passport or an electronic passport (e-passport). Offices are moving to e-passports only, in stages (SE Dirjen Imigrasi IMI-263.GR.01.02/2024); the [Document check](/en/cek-dokumen) shows what the office you choose issues.
4. **Upload your e-KTP and fill in your details.** Check your name and birth date: they must be exactly the same on every document.
5. **Answer the questions about a previous passport and the purpose of travel.** Say whether you had a passport before and choose your **real** purpose: tourism, umrah/hajj, study or work.
6. **Upload your family card and birth certificate** (or an accepted substitute).
7. **Pick an arrival date.** Green dates are open; red dates are full. If they are full, try another immigration office, a passport service unit or a public service mall. Each office releases its quota on its own schedule (for example the last day of each month at 13.00); the [Document check](/en/cek-dokumen) gives the schedule of the office you choose once the office has entered it.
8. **Pay.** You receive a 15-digit billing code. Pay within **2 hours**, or the application lapses and you must start again.
9. **Go to the immigration office** on the chosen date with all original documents, for your photo, fingerprints and interview.

## Fees

The official fees now (Government Regulation PP 45/2024):

{{fees}}

Pay only with the billing code from M-Paspor. Immigration officers do not ask for money beyond the official fee.

## The interview

The officer will ask about the purpose of your trip. Answer honestly. If it looks as if you will work abroad outside the legal procedure, the passport can be delayed or refused. This protects you from human trafficking.

## Going abroad to work?

Choose the purpose **work** and read [Passports for migrant workers](/en/panduan/paspor-pekerja-migran) and [Working abroad the legal way](/en/panduan/bekerja-ke-luar-negeri). Never apply for a passport as "tourism" if you are going to work.
`,
  },
};
