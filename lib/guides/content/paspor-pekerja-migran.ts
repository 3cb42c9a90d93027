import type { GuideSource } from "../schema";

export const pasporPekerjaMigran: GuideSource = {
  slug: "paspor-pekerja-migran",
  category: "MIGRANT_WORK",
  sortOrder: 40,
  sources: ["PP 45/2024 Pasal 5 ayat 1", "Permenkumham 9/2020", "SE IMI-GR.01.01-0252 (Agustus 2023)", "SE Dirjen Imigrasi IMI-263.GR.01.02/2024", "UU 18/2017 Pasal 5 dan 13"],
  checkedOn: "2026-12-01",
  id: {
    title: "Paspor untuk pekerja migran",
    summary: "Paspor calon pekerja migran (CPMI): syarat umur, dokumen, biaya, rekomendasi Disnaker, dan wawancara.",
    body: `Bila Anda akan bekerja di luar negeri, buat paspor dengan tujuan **bekerja**, bukan wisata atau umrah. Paspor yang dibuat dengan tujuan palsu membuat Anda mudah menjadi korban perdagangan orang.

## Syarat umur

Pekerja migran minimal berumur **18 tahun** (UU 18/2017). Tawaran kerja ke luar negeri untuk anak di bawah 18 tahun adalah tanda perdagangan orang: tolak dan laporkan.

## Biaya

Paspor **biasa (non-elektronik) pertama** untuk calon pekerja migran: **{{fee:PMI_FIRST_ORDINARY}}** (PP 45/2024 Pasal 5 ayat 1). Untuk itu kantor dapat meminta surat rekomendasi dan perjanjian kerja yang sudah ditandatangani (Permenkumham 9/2020). Tanyakan masa berlakunya ke kantor.

- **Penggantian** paspor membayar tarif biasa (Permenkumham 9/2020): bebas biaya hanya untuk paspor pertama.
- **Paspor elektronik** membayar tarif biasa.
- Kantor imigrasi beralih ke paspor elektronik saja secara bertahap (SE Dirjen Imigrasi IMI-263.GR.01.02/2024). Bila kantor Anda hanya menerbitkan paspor elektronik, tanyakan sebelum membayar apakah paspor pekerja migran tanpa biaya masih bisa dibuat. [Cek Dokumen](/id/cek-dokumen) menyebut pengaturan kantor yang Anda pilih.

## Dokumen

Dokumen paspor biasa:

- e-KTP
- Kartu Keluarga (KK)
- salah satu dari: akta kelahiran, akta atau buku nikah, ijazah, atau surat baptis

Dokumen penempatan menurut UU 18/2017 Pasal 13 **bukan** dokumen paspor; disiapkan untuk penempatan bersama jalur resmi Anda:

- surat keterangan status perkawinan
- surat izin suami/istri, orang tua, atau wali yang diketahui kepala desa
- sertifikat kompetensi kerja
- surat keterangan sehat dan hasil pemeriksaan psikologi
- bukti kepesertaan jaminan sosial

Visa kerja, perjanjian penempatan, dan perjanjian kerja baru ada **setelah** paspor terbit: tidak dibawa untuk membuat paspor.

## Rekomendasi Disnaker

Aturan nasional (SE IMI-GR.01.01-0252, Agustus 2023): pemohon paspor pekerja migran **tidak memerlukan rekomendasi** dari kementerian atau lembaga. Sebagian kantor imigrasi masih meminta **surat rekomendasi dari Dinas Tenaga Kerja (Disnaker)**: tanyakan ke kantor imigrasi tujuan Anda sebelum datang. Kontaknya ada di [direktori Desa Binaan](/id/desa-binaan).

## Wawancara

Di kantor imigrasi Anda akan diwawancarai. Bila petugas menduga Anda akan berangkat tanpa prosedur resmi, paspor dapat **ditunda atau ditolak**. Jawablah dengan jujur dan bawa bukti jalur penempatan Anda (P3MI, program pemerintah, perusahaan, atau SPSK).

## Langkah berikutnya

Baca [Bekerja ke luar negeri secara prosedural](/id/panduan/bekerja-ke-luar-negeri) dan [Tanda-tanda perdagangan orang](/id/panduan/tanda-perdagangan-orang).
`,
  },
  en: {
    title: "Passports for migrant workers",
    summary: "Passports for prospective migrant workers (CPMI): age, documents, fee, the Disnaker recommendation and the interview.",
    body: `If you are going to work abroad, apply for your passport with the purpose **work**, not tourism or umrah. A passport applied for with a false purpose makes you an easy victim of human trafficking.

## Age

A migrant worker must be at least **18 years old** (Law 18/2017). A job offer abroad for a child under 18 is a sign of trafficking: refuse it and report it.

## Fee

A prospective migrant worker's **first ordinary (non-electronic)** passport: **{{fee:PMI_FIRST_ORDINARY}}** (PP 45/2024 Art. 5(1)). For it the office may ask for a recommendation letter and a signed employment contract (Permenkumham 9/2020). Ask the office about its validity.

- A **replacement** pays the normal fee (Permenkumham 9/2020): only the first passport is free.
- An **e-passport** pays the normal fee.
- Offices are moving to e-passports only, in stages (SE Dirjen Imigrasi IMI-263.GR.01.02/2024). If your office issues only e-passports, ask before you pay whether the free migrant worker's passport can still be made. The [Document check](/en/cek-dokumen) shows the settings of the office you choose.

## Documents

The usual passport documents:

- e-KTP
- family card (KK)
- one of: birth certificate, marriage certificate or book, school diploma, or baptism letter

The placement documents of Law 18/2017 Art. 13 are **not** passport documents; you prepare them for the placement with your legal channel:

- marital-status letter
- consent of your spouse, parent or guardian, acknowledged by the village head
- work competence certificate
- health certificate and psychological test result
- proof of social security membership

The work visa, placement agreement and employment contract only exist **after** the passport is issued: they are not brought for the passport.

## The Disnaker recommendation

National rule (SE IMI-GR.01.01-0252, August 2023): migrant workers applying for a passport **need no recommendation** from a ministry or agency. Some immigration offices still ask for a **recommendation letter from the manpower office (Disnaker)**: ask the office you will visit before you go. Its contacts are in the [Desa Binaan directory](/en/desa-binaan).

## The interview

You will be interviewed at the immigration office. If the officer suspects that you will leave outside the legal procedure, the passport can be **delayed or refused**. Answer honestly and bring proof of your placement channel (P3MI, government scheme, company, or SPSK).

## Next steps

Read [Working abroad the legal way](/en/panduan/bekerja-ke-luar-negeri) and [Warning signs of human trafficking](/en/panduan/tanda-perdagangan-orang).
`,
  },
};
