import type { GuideSource } from "../schema";

export const pasLintasBatas: GuideSource = {
  slug: "pas-lintas-batas",
  category: "PASSPORT",
  sortOrder: 35,
  sources: ["UU 6/2011 tentang Keimigrasian (Pas Lintas Batas)", "Pemberitaan layanan PLB melalui Desa Binaan di Atambua dan Entikong"],
  checkedOn: "2026-12-01",
  id: {
    title: "Pas Lintas Batas untuk desa perbatasan",
    summary: "Warga desa perbatasan dapat memakai Pas Lintas Batas (PLB) untuk menyeberang ke wilayah tetangga di dekat perbatasan.",
    body: `**Pas Lintas Batas (PLB)** adalah dokumen perjalanan bagi warga yang tinggal di wilayah perbatasan, untuk keperluan sehari-hari di wilayah negara tetangga yang berbatasan (misalnya berkunjung ke keluarga atau berdagang kecil). PLB **bukan paspor** dan **tidak boleh dipakai untuk bekerja** di luar negeri.

## Siapa yang dapat mengajukan

Warga yang berdomisili di kecamatan perbatasan yang ditentukan. Tanyakan ke kantor imigrasi setempat apakah desa Anda termasuk.

## Surat pengantar desa

PLB memerlukan **surat pengantar dari desa**. Di beberapa daerah perbatasan, seperti **Atambua** dan **Entikong**, layanan PLB berjalan melalui Desa Binaan Imigrasi: perangkat desa dan petugas imigrasi pembina desa (PIMPASA) membantu warga menyiapkannya.

## Yang biasanya dibawa

- e-KTP dengan alamat di wilayah perbatasan
- Kartu Keluarga (KK)
- surat pengantar dari desa

Persyaratan rinci dapat berbeda antar kantor: tanyakan ke kantor imigrasi Anda. Kontaknya ada di [direktori Desa Binaan](/id/desa-binaan).

## Bekerja di seberang perbatasan

Bekerja di negara tetangga memerlukan **paspor dan visa kerja** melalui jalur resmi. Lihat [Bekerja ke luar negeri secara prosedural](/id/panduan/bekerja-ke-luar-negeri).
`,
  },
  en: {
    title: "Border passes for border villages",
    summary: "Residents of border villages can use a border pass (Pas Lintas Batas, PLB) to cross into the neighbouring area near the border.",
    body: `The **border pass (Pas Lintas Batas, PLB)** is a travel document for people who live in a border area, for everyday needs in the bordering area of the neighbouring country (visiting family, small trade). A PLB is **not a passport** and **may not be used to work** abroad.

## Who can apply

Residents of the designated border districts. Ask the local immigration office whether your village is one of them.

## The village's cover letter

A PLB needs a **cover letter from the village**. In some border areas, such as **Atambua** and **Entikong**, the PLB service runs through the Desa Binaan Imigrasi: village officials and the village's guiding immigration officer (PIMPASA) help residents prepare it.

## What you usually bring

- e-KTP with an address in the border area
- family card (KK)
- the village's cover letter

Detailed requirements can differ between offices: ask your immigration office. Its contacts are in the [Desa Binaan directory](/en/desa-binaan).

## Working across the border

Working in the neighbouring country needs a **passport and a work visa** through a legal channel. See [Working abroad the legal way](/en/panduan/bekerja-ke-luar-negeri).
`,
  },
};
