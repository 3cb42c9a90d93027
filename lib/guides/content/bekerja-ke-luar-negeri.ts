import type { GuideSource } from "../schema";

export const bekerjaKeLuarNegeri: GuideSource = {
  slug: "bekerja-ke-luar-negeri",
  category: "MIGRANT_WORK",
  sortOrder: 50,
  id: {
    title: "Bekerja ke luar negeri secara prosedural",
    summary: "Syarat UU 18/2017, perusahaan penempatan berizin (P3MI), izin keluarga, peran desa, dan negara moratorium.",
    body: `Bekerja ke luar negeri secara **prosedural** berarti berangkat melalui jalur resmi, dengan dokumen lengkap dan perlindungan negara. Berangkat di luar prosedur (PMI nonprosedural) adalah jalan utama menuju perdagangan orang.

## Syarat pekerja migran (UU 18/2017)

Anda harus:

- berumur minimal **18 tahun**;
- memiliki kompetensi (keterampilan) untuk pekerjaan itu;
- sehat jasmani dan rohani;
- terdaftar dalam **jaminan sosial**;

dan memiliki dokumen:

- surat keterangan status perkawinan;
- surat izin suami/istri, orang tua, atau wali yang **diketahui kepala desa**;
- sertifikat kompetensi kerja;
- surat keterangan sehat dan hasil pemeriksaan psikologi;
- paspor;
- visa kerja;
- perjanjian penempatan;
- perjanjian kerja.

## Langkah-langkah

1. **Datang ke kantor desa.** Desa wajib memberi informasi, memverifikasi dan mendata calon pekerja migran, serta membantu dokumen kependudukan.
2. **Pilih jalur resmi.** Gunakan perusahaan penempatan pekerja migran (P3MI) yang memiliki izin **SIP3MI**, atau program pemerintah (G2G). Tanyakan ke Disnaker bila ragu.
3. **Minta izin keluarga** secara tertulis, diketahui kepala desa.
4. **Ikuti pelatihan** untuk sertifikat kompetensi, serta pemeriksaan kesehatan dan psikologi.
5. **Daftarkan diri** melalui Disnaker dan sistem SISKOP2MI dari kementerian pelindungan pekerja migran (dahulu BP2MI).
6. **Buat paspor** dengan tujuan bekerja. Lihat [Paspor untuk pekerja migran](/id/panduan/paspor-pekerja-migran).
7. **Baca dan tanda tangani** perjanjian penempatan dan perjanjian kerja. Simpan salinannya.
8. **Berangkat dengan visa kerja**, bukan visa kunjungan, wisata, ziarah, atau umrah. Beri tahu keluarga dan desa.

## Negara moratorium

Keputusan Menteri Ketenagakerjaan 260/2015 menghentikan penempatan **pekerja rumah tangga pada pengguna perseorangan** di negara-negara Timur Tengah berikut:

{{moratorium}}

Tawaran kerja sebagai pekerja rumah tangga pada pengguna perseorangan di negara-negara ini bukan jalur resmi.

## Peran desa

Menurut UU 18/2017, desa memberi informasi, memverifikasi dan mendata calon pekerja migran, membantu dokumen kependudukan, serta memantau keberangkatan dan kepulangan. Di Desa Binaan Imigrasi, petugas imigrasi pembina desa (PIMPASA) membantu desa menjalankan tugas ini.
`,
  },
  en: {
    title: "Working abroad the legal way",
    summary: "Law 18/2017 requirements, licensed placement agencies (P3MI), family consent, the village's role and moratorium countries.",
    body: `Working abroad **the legal way** (procedurally) means leaving through the official route, with complete documents and the state's protection. Leaving outside the procedure (non-procedural migration) is the main route into human trafficking.

## Requirements for migrant workers (Law 18/2017)

You must:

- be at least **18 years old**;
- be competent (skilled) for the job;
- be healthy in body and mind;
- be enrolled in **social security**;

and have these documents:

- marital-status letter;
- consent of your spouse, parent or guardian, **acknowledged by the village head**;
- work competence certificate;
- health certificate and psychological test result;
- passport;
- work visa;
- placement agreement;
- employment contract.

## Steps

1. **Go to the village office.** The village must give you information, verify and record prospective migrant workers, and help with civil-registration papers.
2. **Choose the official route.** Use a migrant-worker placement agency (P3MI) that holds a **SIP3MI** licence, or a government (G2G) scheme. Ask the manpower office (Disnaker) if in doubt.
3. **Get your family's consent** in writing, acknowledged by the village head.
4. **Take the training** for a competence certificate, and the health and psychological checks.
5. **Register** through Disnaker and SISKOP2MI, the system of the migrant-worker protection ministry (formerly BP2MI).
6. **Apply for your passport** with the purpose work. See [Passports for migrant workers](/en/panduan/paspor-pekerja-migran).
7. **Read and sign** the placement agreement and employment contract. Keep copies.
8. **Leave on a work visa**, never on a visit, tourist, pilgrimage or umrah visa. Tell your family and your village.

## Moratorium countries

Decree of the Minister of Manpower 260/2015 stops the placement of **domestic workers with individual employers** in these Middle East countries:

{{moratorium}}

An offer of domestic work with an individual employer in these countries is not a legal route.

## The village's role

Under Law 18/2017 the village gives information, verifies and records prospective migrant workers, helps with civil-registration papers, and monitors departures and returns. In a Desa Binaan Imigrasi, the village's guiding immigration officer (PIMPASA) helps the village with these duties.
`,
  },
};
