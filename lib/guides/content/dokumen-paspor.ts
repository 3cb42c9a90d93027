import type { GuideSource } from "../schema";

export const dokumenPaspor: GuideSource = {
  slug: "dokumen-paspor",
  category: "PASSPORT",
  sortOrder: 20,
  sources: ["Permenkumham 8/2014 tentang Paspor Biasa dan Surat Perjalanan Laksana Paspor", "Permenkumham 18/2022 (masa berlaku 10 tahun)"],
  checkedOn: "2026-12-01",
  id: {
    title: "Dokumen untuk membuat paspor",
    summary: "Dokumen yang harus diunggah di M-Paspor dan dibawa asli ke kantor imigrasi.",
    body: `## Dokumen utama

Untuk paspor pertama, siapkan dokumen **asli** berikut. Fotonya diunggah di M-Paspor, dan aslinya dibawa saat datang ke kantor imigrasi.

| Dokumen | Keterangan |
| --- | --- |
| e-KTP | Kartu tanda penduduk elektronik yang masih berlaku |
| Kartu Keluarga (KK) | KK terbaru |
| Salah satu dokumen berikut | akta kelahiran, akta atau buku nikah, ijazah, **atau** surat baptis |

## Anak di bawah 17 tahun (belum menikah)

Anak belum memiliki e-KTP. Orang tua mengajukan dari akun M-Paspor miliknya (satu akun untuk sampai 5 orang) dan membawa:

- e-KTP ayah dan ibu (atau wali)
- Kartu Keluarga (KK)
- akta kelahiran anak
- akta atau buku nikah orang tua
- surat pernyataan yang ditandatangani **ayah dan ibu** di atas meterai
- paspor ayah dan ibu, bila punya

**Ayah dan ibu datang bersama** anak; bila salah satu tidak bisa, bawa surat kuasa darinya. Anak hanya mendapat paspor paling lama **5 tahun**: paspor 10 tahun untuk umur 17 tahun ke atas atau sudah menikah (Permenkumham 18/2022). Anak di bawah 5 tahun (juga lansia dan penyandang disabilitas) dapat memakai **layanan prioritas** tanpa antre M-Paspor.

## Paspor lama habis masa berlaku

Bila paspor lama terbit di Indonesia setelah 2009 dan data Anda tidak berubah, cukup **e-KTP dan paspor lama**. Jawab "pernah memiliki paspor" di M-Paspor. Bila paspor lama terbit sebelum 2009 atau di luar negeri, atau data Anda berubah, bawa juga KK dan salah satu dokumen di atas.

## Paspor hilang atau rusak

Tidak lewat M-Paspor: datang langsung ke kantor imigrasi, ada pemeriksaan (BAP) dan denda. Lihat [Paspor hilang atau rusak](/id/panduan/paspor-hilang-rusak).

## Pekerja migran

Dokumen penempatan (UU 18/2017 Pasal 13) bukan dokumen paspor; visa kerja, perjanjian penempatan dan perjanjian kerja baru ada setelah paspor terbit. Lihat [Paspor untuk pekerja migran](/id/panduan/paspor-pekerja-migran).

## Periksa sebelum berangkat ke kantor imigrasi

- Nama dan tanggal lahir **sama** di semua dokumen. Bila berbeda, perbaiki dulu di Dinas Kependudukan dan Pencatatan Sipil. Tanggal lahir yang pernah diperbaiki bisa tetap memakai NIK lama. Data yang sengaja dibuat berbeda antar dokumen adalah salah satu tanda perdagangan orang.
- Kantor desa dapat membantu Anda mengurus dokumen kependudukan.
- Gunakan [Cek Dokumen](/id/cek-dokumen) untuk melihat daftar yang sesuai dengan keadaan Anda.
`,
  },
  en: {
    title: "Documents for a passport",
    summary: "The documents to upload in M-Paspor and to bring, in original, to the immigration office.",
    body: `## Main documents

For a first passport, prepare these **original** documents. Upload photos of them in M-Paspor, and bring the originals when you visit the immigration office.

| Document | Notes |
| --- | --- |
| e-KTP | Valid electronic identity card |
| Family card (KK) | Your latest family card |
| One of these | birth certificate, marriage certificate or book, school diploma, **or** baptism letter |

## Children under 17 (unmarried)

Children do not have an e-KTP yet. A parent applies from their own M-Paspor account (one account can file for up to 5 people) and brings:

- the e-KTP of the father and mother (or guardian)
- the family card (KK)
- the child's birth certificate
- the parents' marriage certificate or book
- a statement signed by **both father and mother** over a duty stamp
- the parents' passports, if they have them

**Both parents come** with the child; if one cannot, bring their power of attorney. A child gets a passport of at most **5 years**: the 10-year passport is for applicants aged 17 or over, or married (Permenkumham 18/2022). Children under 5 (and older people and people with disabilities) may use the **priority service** without an M-Paspor booking.

## Your old passport expired

If the old passport was issued in Indonesia after 2009 and your data has not changed, the **e-KTP and the old passport** are enough. Answer "had a passport before" in M-Paspor. If the old passport was issued before 2009 or abroad, or your data changed, bring the family card and one of the documents above as well.

## Lost or damaged passport

Not through M-Paspor: go to the immigration office in person; there is an examination (BAP) and a fine. See [Lost or damaged passports](/en/panduan/paspor-hilang-rusak).

## Migrant workers

Placement documents (Law 18/2017 Art. 13) are not passport documents; the work visa, placement agreement and employment contract only exist after the passport is issued. See [Passports for migrant workers](/en/panduan/paspor-pekerja-migran).

## Check before you go to the immigration office

- Your name and birth date are **the same** on every document. If they differ, correct them first at the civil registration office (Dukcapil). A corrected birth date may keep the old NIK. Data deliberately made different between documents is one of the signs of human trafficking.
- The village office can help you with civil-registration papers.
- Use the [Document check](/en/cek-dokumen) to see the list for your situation.
`,
  },
};
