import type { GuideSource } from "../schema";

export const pasporHilangRusak: GuideSource = {
  slug: "paspor-hilang-rusak",
  category: "PASSPORT",
  sortOrder: 25,
  sources: ["Permenkumham 8/2014 tentang Paspor Biasa dan Surat Perjalanan Laksana Paspor", "PP 45/2024 (tarif dan denda, data kantor)"],
  checkedOn: "2026-12-01",
  id: {
    title: "Paspor hilang atau rusak",
    summary: "Paspor yang hilang atau rusak tidak diurus lewat M-Paspor: datang ke kantor imigrasi, ada pemeriksaan dan denda.",
    body: `Bila paspor Anda **hilang** atau **rusak**, Anda tidak mengajukan paspor baru lewat M-Paspor. Datanglah langsung ke kantor imigrasi (layanan *walk-in*).

## Yang dibawa

- e-KTP
- Kartu Keluarga (KK)
- salah satu dari: akta kelahiran, akta atau buku nikah, ijazah, atau surat baptis
- bila rusak: **paspor yang rusak** itu
- untuk anak di bawah 17 tahun: dokumen anak seperti di [Dokumen untuk membuat paspor](/id/panduan/dokumen-paspor), dan kedua orang tua ikut datang

## Di kantor imigrasi

1. Datang pada jam layanan dan katakan bahwa paspor Anda hilang atau rusak.
2. Petugas memeriksa dan membuat **berita acara pemeriksaan (BAP)**. Ceritakan dengan jujur kapan dan bagaimana paspor hilang atau rusak.
3. Bayar **denda** dan biaya paspor baru dengan kode billing yang diberikan petugas.
4. Foto, sidik jari, dan wawancara seperti permohonan biasa.

## Biaya

- Denda paspor hilang: **{{fee:LOST_FINE}}**
- Denda paspor rusak: **{{fee:DAMAGED_FINE}}**
- Ditambah biaya paspor baru:

{{fees}}

Paspor pengganti **tidak** gratis, juga bagi pekerja migran: paspor bebas biaya hanya untuk paspor biasa pertama (PP 45/2024 Pasal 5 ayat 1).

## Hati-hati

Jangan menyerahkan paspor kepada orang lain, termasuk perekrut atau majikan. Paspor yang ditahan orang lain adalah salah satu tanda perdagangan orang. Gunakan [Cek Dokumen](/id/cek-dokumen) untuk daftar yang sesuai dengan keadaan Anda.
`,
  },
  en: {
    title: "Lost or damaged passports",
    summary: "A lost or damaged passport is not handled through M-Paspor: go to the immigration office; there is an examination and a fine.",
    body: `If your passport is **lost** or **damaged**, you do not apply for a new one through M-Paspor. Go to the immigration office in person (walk-in service).

## What to bring

- e-KTP
- family card (KK)
- one of: birth certificate, marriage certificate or book, school diploma, or baptism letter
- if damaged: **the damaged passport**
- for a child under 17: the child's documents as in [Documents for a passport](/en/panduan/dokumen-paspor), and both parents come too

## At the immigration office

1. Come during service hours and say that your passport is lost or damaged.
2. An officer examines the case and writes an **examination report (BAP)**. Tell honestly when and how the passport was lost or damaged.
3. Pay the **fine** and the new passport's fee with the billing code the officer gives you.
4. Photo, fingerprints and interview as for any application.

## Fees

- Fine for a lost passport: **{{fee:LOST_FINE}}**
- Fine for a damaged passport: **{{fee:DAMAGED_FINE}}**
- Plus the new passport's fee:

{{fees}}

A replacement is **not** free, for migrant workers too: the free passport is only the first ordinary passport (PP 45/2024 Art. 5(1)).

## Be careful

Never hand your passport to anyone else, recruiters and employers included. A passport held by someone else is one of the signs of human trafficking. Use the [Document check](/en/cek-dokumen) for the list that fits your situation.
`,
  },
};
