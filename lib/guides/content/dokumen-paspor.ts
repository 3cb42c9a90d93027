import type { GuideSource } from "../schema";

export const dokumenPaspor: GuideSource = {
  slug: "dokumen-paspor",
  category: "PASSPORT",
  sortOrder: 20,
  id: {
    title: "Dokumen untuk membuat paspor",
    summary: "Dokumen yang harus diunggah di M-Paspor dan dibawa asli ke kantor imigrasi.",
    body: `## Dokumen utama

Untuk paspor pertama maupun penggantian, siapkan dokumen **asli** berikut. Fotonya diunggah di M-Paspor, dan aslinya dibawa saat datang ke kantor imigrasi.

| Dokumen | Keterangan |
| --- | --- |
| e-KTP | Kartu tanda penduduk elektronik yang masih berlaku |
| Kartu Keluarga (KK) | KK terbaru |
| Salah satu dokumen berikut | akta kelahiran, akta atau buku nikah, ijazah, **atau** surat baptis |

## Anak di bawah 17 tahun

Anak belum memiliki e-KTP. Orang tua mengajukan dari akun M-Paspor miliknya dan membawa e-KTP ayah dan ibu (atau wali), KK, dan akta kelahiran anak. Orang tua atau wali ikut datang ke kantor imigrasi.

## Sudah pernah punya paspor

Bawa paspor lama Anda, dan jawab "pernah memiliki paspor" di M-Paspor.

## Pekerja migran

Calon pekerja migran menyiapkan dokumen tambahan menurut UU 18/2017. Lihat [Paspor untuk pekerja migran](/id/panduan/paspor-pekerja-migran).

## Periksa sebelum berangkat ke kantor imigrasi

- Nama dan tanggal lahir **sama** di semua dokumen. Bila berbeda, perbaiki dulu di Dinas Kependudukan dan Pencatatan Sipil. Data yang dibuat berbeda antar dokumen adalah salah satu tanda perdagangan orang.
- Kantor desa dapat membantu Anda mengurus dokumen kependudukan.
- Gunakan [Cek Dokumen](/id/cek-dokumen) untuk melihat daftar yang sesuai dengan keadaan Anda.
`,
  },
  en: {
    title: "Documents for a passport",
    summary: "The documents to upload in M-Paspor and to bring, in original, to the immigration office.",
    body: `## Main documents

For a first passport and for a replacement, prepare these **original** documents. Upload photos of them in M-Paspor, and bring the originals when you visit the immigration office.

| Document | Notes |
| --- | --- |
| e-KTP | Valid electronic identity card |
| Family card (KK) | Your latest family card |
| One of these | birth certificate, marriage certificate or book, school diploma, **or** baptism letter |

## Children under 17

Children do not have an e-KTP yet. A parent applies from their own M-Paspor account and brings the e-KTP of the father and mother (or guardian), the family card and the child's birth certificate. A parent or guardian comes to the immigration office too.

## You had a passport before

Bring your old passport, and answer "had a passport before" in M-Paspor.

## Migrant workers

Prospective migrant workers prepare extra documents under Law 18/2017. See [Passports for migrant workers](/en/panduan/paspor-pekerja-migran).

## Check before you go to the immigration office

- Your name and birth date are **the same** on every document. If they differ, correct them first at the civil registration office (Dukcapil). Data made different between documents is one of the signs of human trafficking.
- The village office can help you with civil-registration papers.
- Use the [Document check](/en/cek-dokumen) to see the list for your situation.
`,
  },
};
