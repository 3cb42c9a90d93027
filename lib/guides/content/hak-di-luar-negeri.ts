import type { GuideSource } from "../schema";

export const hakDiLuarNegeri: GuideSource = {
  slug: "hak-di-luar-negeri",
  category: "SAFETY",
  sortOrder: 70,
  sources: ["UU 18/2017 Pasal 6"],
  checkedOn: "2026-12-01",
  id: {
    title: "Hak dan bantuan selama di luar negeri",
    summary: "Apa yang melindungi Anda saat bekerja di luar negeri, dan siapa yang dapat membantu.",
    body: `Pekerja migran yang berangkat secara prosedural dilindungi oleh UU 18/2017 sebelum, selama, dan setelah bekerja.

## Yang melindungi Anda

- **Perjanjian kerja**: pekerjaan, gaji, jam kerja, dan masa kontrak tertulis di sini. Anda berhak bekerja sesuai perjanjian ini. Simpan salinannya.
- **Perjanjian penempatan** dengan P3MI: P3MI yang menempatkan Anda bertanggung jawab atas penempatan Anda.
- **Jaminan sosial**: kepesertaan jaminan sosial adalah syarat berangkat dan melindungi Anda bila terjadi kecelakaan atau masalah.
- **Visa kerja**: bekerja dengan visa kerja membuat Anda tercatat secara resmi di negara tujuan.

## Sebelum berangkat

- Simpan foto atau salinan paspor, visa, perjanjian kerja, dan perjanjian penempatan di ponsel dan di rumah keluarga.
- Catat alamat majikan, kontak P3MI, dan kontak perwakilan Republik Indonesia (KBRI atau KJRI) di negara tujuan.
- Beri tahu keluarga dan perangkat desa tanggal berangkat dan tempat kerja Anda.

## Bila ada masalah

- Hubungi **P3MI** yang menempatkan Anda.
- Hubungi **perwakilan Republik Indonesia** (KBRI atau KJRI) di negara tempat Anda bekerja.
- Keluarga dapat melapor ke **kantor desa**, **Disnaker**, atau **kantor imigrasi** setempat. Kontak kantor imigrasi ada di [direktori Desa Binaan](/id/desa-binaan).

## Pulang

Desa memantau kepulangan pekerja migran. Laporkan kepulangan Anda ke kantor desa, terutama bila Anda mengalami masalah selama bekerja, agar desa dapat membantu dan mencegah warga lain mengalami hal yang sama.
`,
  },
  en: {
    title: "Rights and help while abroad",
    summary: "What protects you while you work abroad, and who can help.",
    body: `Migrant workers who leave the legal way are protected by Law 18/2017 before, during and after their work.

## What protects you

- **The employment contract**: the job, pay, working hours and contract period are written here. You have the right to work according to this contract. Keep a copy.
- **The placement agreement** with the P3MI: the agency that placed you is responsible for your placement.
- **Social security**: membership is a requirement for leaving and protects you in case of an accident or trouble.
- **The work visa**: working on a work visa means you are officially recorded in the destination country.

## Before you leave

- Keep photos or copies of your passport, visa, employment contract and placement agreement on your phone and at your family's home.
- Write down your employer's address, your P3MI's contacts and the contacts of the Indonesian embassy or consulate (KBRI or KJRI) in the destination country.
- Tell your family and the village officials your departure date and workplace.

## If something goes wrong

- Contact the **P3MI** that placed you.
- Contact the **Indonesian embassy or consulate** (KBRI or KJRI) in the country where you work.
- Your family can report to the **village office**, **the manpower office (Disnaker)** or the local **immigration office**. Immigration office contacts are in the [Desa Binaan directory](/en/desa-binaan).

## Coming home

The village monitors migrant workers' returns. Tell the village office you are back, especially if you had problems while working, so the village can help and prevent the same from happening to others.
`,
  },
};
