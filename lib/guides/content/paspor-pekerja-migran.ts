import type { GuideSource } from "../schema";

export const pasporPekerjaMigran: GuideSource = {
  slug: "paspor-pekerja-migran",
  category: "MIGRANT_WORK",
  sortOrder: 40,
  id: {
    title: "Paspor untuk pekerja migran",
    summary: "Paspor calon pekerja migran (CPMI): syarat umur, dokumen, biaya, rekomendasi Disnaker, dan wawancara.",
    body: `Bila Anda akan bekerja di luar negeri, buat paspor dengan tujuan **bekerja**, bukan wisata atau umrah. Paspor yang dibuat dengan tujuan palsu membuat Anda mudah menjadi korban perdagangan orang.

## Syarat umur

Pekerja migran minimal berumur **18 tahun** (UU 18/2017). Tawaran kerja ke luar negeri untuk anak di bawah 18 tahun adalah tanda perdagangan orang: tolak dan laporkan.

## Biaya

Paspor 5 tahun untuk pekerja migran: **{{fee:PMI_5Y}}** menurut aturan kementerian.

## Dokumen

Dokumen paspor biasa:

- e-KTP
- Kartu Keluarga (KK)
- salah satu dari: akta kelahiran, akta atau buku nikah, ijazah, atau surat baptis

Ditambah dokumen pekerja migran menurut UU 18/2017, yang disiapkan bersama perusahaan penempatan resmi (P3MI):

- surat keterangan status perkawinan
- surat izin suami/istri, orang tua, atau wali yang diketahui kepala desa
- sertifikat kompetensi kerja
- surat keterangan sehat dan hasil pemeriksaan psikologi
- bukti kepesertaan jaminan sosial
- visa kerja, perjanjian penempatan, dan perjanjian kerja (menyusul setelah paspor terbit)

## Rekomendasi Disnaker

Banyak kantor imigrasi masih meminta **surat rekomendasi dari Dinas Tenaga Kerja (Disnaker)** untuk paspor pekerja migran. Aturannya berbeda antar kantor: tanyakan ke kantor imigrasi tujuan Anda sebelum datang. Kontaknya ada di [direktori Desa Binaan](/id/desa-binaan).

## Wawancara

Di kantor imigrasi Anda akan diwawancarai. Bila petugas menduga Anda akan berangkat tanpa prosedur resmi, paspor dapat **ditunda atau ditolak**. Jawablah dengan jujur dan bawa dokumen dari P3MI Anda.

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

A 5-year passport for a migrant worker: **{{fee:PMI_5Y}}** under the ministry's rules.

## Documents

The usual passport documents:

- e-KTP
- family card (KK)
- one of: birth certificate, marriage certificate or book, school diploma, or baptism letter

Plus the migrant-worker documents under Law 18/2017, prepared with a licensed placement agency (P3MI):

- marital-status letter
- consent of your spouse, parent or guardian, acknowledged by the village head
- work competence certificate
- health certificate and psychological test result
- proof of social security membership
- work visa, placement agreement and employment contract (these follow after the passport is issued)

## The Disnaker recommendation

Many immigration offices still ask for a **recommendation letter from the manpower office (Disnaker)** for a migrant worker's passport. The rule differs between offices: ask the office you will visit before you go. Its contacts are in the [Desa Binaan directory](/en/desa-binaan).

## The interview

You will be interviewed at the immigration office. If the officer suspects that you will leave outside the legal procedure, the passport can be **delayed or refused**. Answer honestly and bring the documents from your P3MI.

## Next steps

Read [Working abroad the legal way](/en/panduan/bekerja-ke-luar-negeri) and [Warning signs of human trafficking](/en/panduan/tanda-perdagangan-orang).
`,
  },
};
