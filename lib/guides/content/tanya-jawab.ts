import type { GuideSource } from "../schema";

export const tanyaJawab: GuideSource = {
  slug: "tanya-jawab",
  category: "FAQ",
  sortOrder: 80,
  sources: ["SE Direktur Intelijen Keimigrasian IMI.4-GR.04.01-691 (26 Juli 2023) tentang Pembentukan Desa Binaan Imigrasi", "PP 45/2024"],
  checkedOn: "2026-12-01",
  id: {
    title: "Tanya jawab",
    summary: "Jawaban singkat atas pertanyaan yang sering diajukan warga tentang paspor dan kerja ke luar negeri.",
    body: `### Apa itu Desa Binaan Imigrasi?

Desa yang dibina kantor imigrasi setempat sebagai titik peringatan dini terhadap perdagangan orang dan keberangkatan nonprosedural. Dasarnya Surat Edaran Direktur Intelijen Keimigrasian Nomor IMI.4-GR.04.01-691 tanggal 26 Juli 2023 tentang Pembentukan Desa Binaan Imigrasi.

### Apakah saya perlu calo untuk membuat paspor?

Tidak. Semua langkah dapat dilakukan sendiri lewat aplikasi M-Paspor. Lihat [panduan M-Paspor](/id/panduan/m-paspor).

### Berapa biaya paspor?

{{fees}}

Calon pekerja migran: paspor biasa pertama {{fee:PMI_FIRST_ORDINARY}} (PP 45/2024 Pasal 5 ayat 1); penggantian dan paspor elektronik membayar tarif biasa.

### Jadwal di M-Paspor penuh (merah). Apa yang harus saya lakukan?

Coba kantor imigrasi lain, unit layanan paspor, atau mal pelayanan publik.

### Saya lupa membayar kode billing. Bagaimana?

Kode billing harus dibayar dalam 2 jam. Bila lewat, permohonan batal dan Anda perlu mengajukan lagi.

### Bisakah satu akun M-Paspor dipakai untuk keluarga?

Bisa, satu akun untuk sampai 5 orang.

### Bolehkah saya membuat paspor "wisata" lalu bekerja di luar negeri?

Tidak. Bekerja dengan visa kunjungan, wisata, ziarah, atau umrah adalah keberangkatan nonprosedural dan tanda perdagangan orang. Paspor dapat ditunda atau ditolak bila petugas menduga hal ini saat wawancara.

### Anak saya berumur 17 tahun dan ditawari kerja di luar negeri. Boleh?

Tidak. Pekerja migran minimal berumur 18 tahun. Laporkan tawaran itu ke kantor desa atau kantor imigrasi.

### Apakah saya harus membawa surat rekomendasi Disnaker?

Banyak kantor imigrasi masih memintanya untuk paspor pekerja migran. Tanyakan ke kantor imigrasi tujuan Anda.

### Siapa PIMPASA di desa saya?

Lihat halaman desa Anda di [direktori Desa Binaan](/id/desa-binaan).
`,
  },
  en: {
    title: "Questions and answers",
    summary: "Short answers to the questions residents often ask about passports and working abroad.",
    body: `### What is a Desa Binaan Imigrasi?

A village guided by the local immigration office as an early-warning point against human trafficking and non-procedural departures. Its basis is the Circular of the Director of Immigration Intelligence No. IMI.4-GR.04.01-691 of 26 July 2023 on the Establishment of Desa Binaan Imigrasi (tentang Pembentukan Desa Binaan Imigrasi).

### Do I need a broker to get a passport?

No. You can do every step yourself in the M-Paspor app. See the [M-Paspor guide](/en/panduan/m-paspor).

### How much does a passport cost?

{{fees}}

Prospective migrant workers: the first ordinary passport costs {{fee:PMI_FIRST_ORDINARY}} (PP 45/2024 Art. 5(1)); a replacement and an e-passport pay the normal fee.

### The dates in M-Paspor are full (red). What should I do?

Try another immigration office, a passport service unit or a public service mall.

### I forgot to pay the billing code. What now?

The billing code must be paid within 2 hours. After that the application lapses and you need to apply again.

### Can one M-Paspor account be used for my family?

Yes, one account for up to 5 people.

### May I get a "tourism" passport and then work abroad?

No. Working on a visit, tourist, pilgrimage or umrah visa is a non-procedural departure and a sign of trafficking. The passport can be delayed or refused if the officer suspects this at the interview.

### My child is 17 and has been offered work abroad. Is that allowed?

No. Migrant workers must be at least 18. Report the offer to the village office or the immigration office.

### Must I bring a Disnaker recommendation letter?

Many immigration offices still ask for one for a migrant worker's passport. Ask the office you will visit.

### Who is the PIMPASA of my village?

See your village's page in the [Desa Binaan directory](/en/desa-binaan).
`,
  },
};
