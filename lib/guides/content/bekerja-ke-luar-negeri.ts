import type { GuideSource } from "../schema";

export const bekerjaKeLuarNegeri: GuideSource = {
  slug: "bekerja-ke-luar-negeri",
  category: "MIGRANT_WORK",
  sortOrder: 50,
  sources: ["UU 18/2017 Pasal 5, 13, 30, 42, 49, 61", "Kepmenaker 260/2015", "Kepmenaker 291/2018 (SPSK)", "Perban BP2MI 9/2020", "Perpres 165/2024 (KP2MI) dan Perpres 166/2024 (BP2MI)"],
  checkedOn: "2026-12-01",
  id: {
    title: "Bekerja ke luar negeri secara prosedural",
    summary: "Syarat UU 18/2017, tiga jalur penempatan resmi, biaya penempatan, izin keluarga, peran desa, dan negara moratorium.",
    body: `Bekerja ke luar negeri secara **prosedural** berarti berangkat melalui jalur resmi, dengan dokumen lengkap dan perlindungan negara. Berangkat di luar prosedur (PMI nonprosedural) adalah jalan utama menuju perdagangan orang.

## Syarat pekerja migran (UU 18/2017)

Anda harus:

- berumur minimal **18 tahun**;
- memiliki kompetensi (keterampilan) untuk pekerjaan itu;
- sehat jasmani dan rohani;
- terdaftar dalam **jaminan sosial**;

dan, untuk penempatan (bukan untuk paspor), memiliki dokumen:

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
2. **Pilih jalur resmi.** Lihat "Jalur penempatan resmi" di bawah. Tanyakan ke Disnaker bila ragu.
3. **Minta izin keluarga** secara tertulis, diketahui kepala desa.
4. **Ikuti pelatihan** untuk sertifikat kompetensi, serta pemeriksaan kesehatan dan psikologi.
5. **Daftarkan diri** sebagai calon pekerja migran: ID CPMI di **SIAPkerja** (2023–2025), lalu **SISKOP2MI** untuk tahap berikutnya dan mulai 2026. SISKOP2MI dikelola Kementerian Pelindungan Pekerja Migran Indonesia (**KP2MI**, Perpres 165/2024); Badan Pelindungan Pekerja Migran Indonesia (**BP2MI**, Perpres 166/2024) juga tetap ada.
6. **Buat paspor** dengan tujuan bekerja. Lihat [Paspor untuk pekerja migran](/id/panduan/paspor-pekerja-migran).
7. **Baca dan tanda tangani** perjanjian penempatan di **Layanan Terpadu Satu Atap (LTSA)** dan perjanjian kerja. Simpan salinannya.
8. **Berangkat dengan visa kerja**, bukan visa kunjungan, wisata, ziarah, atau umrah. Beri tahu keluarga dan desa.

## Jalur penempatan resmi (UU 18/2017 Pasal 49)

- **Program pemerintah (G2G)**, melalui BP2MI.
- **Perusahaan penempatan (P3MI)** yang memiliki izin **SIP3MI**.
- **Perusahaan yang menempatkan pekerjanya sendiri** di luar negeri (UU 18/2017 Pasal 61).
- Pekerja rumah tangga ke **Arab Saudi**: hanya melalui **SPSK** (Sistem Penempatan Satu Kanal, Kepmenaker 291/2018), dengan perusahaan Arab Saudi (*syarikah*) sebagai pemberi kerja.
- **Magang ke Jepang** melalui lembaga pelatihan kerja yang berizin *Sending Organisation* dari Kemnaker (**LPK-SO**). LPK tanpa izin SO yang menempatkan pekerja adalah tanda bahaya.

Berangkat **mandiri** (perseorangan) tidak termasuk tiga jalur Pasal 49 dan aturannya belum pasti: daftarkan diri di SISKOP2MI dan periksakan kontrak kerja Anda di LTSA atau Disnaker sebelum berangkat.

## Biaya penempatan

Pekerja migran tidak boleh dibebani biaya penempatan (UU 18/2017 Pasal 30). Untuk pekerjaan rumah tangga, pengasuh, juru masak, sopir keluarga, tukang kebun, petugas kebersihan, pekerja perkebunan, awak kapal perikanan dan sejenisnya, **semua biaya penempatan ditanggung pemberi kerja** (Perban BP2MI 9/2020): "semua biaya ditanggung" di sini adalah aturannya, bukan tanda bahaya. Yang menjadi tanda bahaya adalah **biaya yang diminta** dari Anda, dan **pinjaman yang dibayar dengan potongan gaji**: itu dilarang dan menjadi jerat utang.

## Negara moratorium

Keputusan Menteri Ketenagakerjaan 260/2015 (berlaku sejak 1 Juli 2015) menghentikan penempatan **pekerja rumah tangga pada pengguna perseorangan** di negara-negara Timur Tengah berikut:

{{moratorium}}

Tawaran kerja sebagai pekerja rumah tangga pada pengguna perseorangan di negara-negara ini bukan jalur resmi. Penempatan melalui SPSK ke Arab Saudi tidak termasuk moratorium ini.

## Peran desa

Menurut UU 18/2017 Pasal 42, desa (a) memberi informasi, (b) memverifikasi dan mendata calon pekerja migran, (c) membantu dokumen kependudukan, (d) memantau keberangkatan dan kepulangan, dan (e) memberdayakan calon pekerja migran, pekerja migran dan keluarganya. Di Desa Binaan Imigrasi, petugas imigrasi pembina desa (PIMPASA) membantu desa menjalankan tugas ini.
`,
  },
  en: {
    title: "Working abroad the legal way",
    summary: "Law 18/2017 requirements, the three legal placement channels, placement costs, family consent, the village's role and moratorium countries.",
    body: `Working abroad **the legal way** (procedurally) means leaving through the official route, with complete documents and the state's protection. Leaving outside the procedure (non-procedural migration) is the main route into human trafficking.

## Requirements for migrant workers (Law 18/2017)

You must:

- be at least **18 years old**;
- be competent (skilled) for the job;
- be healthy in body and mind;
- be enrolled in **social security**;

and, for the placement (not for the passport), have these documents:

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
2. **Choose a legal channel.** See "The legal placement channels" below. Ask the manpower office (Disnaker) if in doubt.
3. **Get your family's consent** in writing, acknowledged by the village head.
4. **Take the training** for a competence certificate, and the health and psychological checks.
5. **Register** as a prospective migrant worker: an ID CPMI in **SIAPkerja** (2023–2025), then **SISKOP2MI** for the later stages and from 2026. SISKOP2MI is run by the Ministry for the Protection of Indonesian Migrant Workers (**KP2MI**, Perpres 165/2024); the protection agency (**BP2MI**, Perpres 166/2024) also still exists.
6. **Apply for your passport** with the purpose work. See [Passports for migrant workers](/en/panduan/paspor-pekerja-migran).
7. **Read and sign** the placement agreement at the **one-stop service centre (LTSA)** and the employment contract. Keep copies.
8. **Leave on a work visa**, never on a visit, tourist, pilgrimage or umrah visa. Tell your family and your village.

## The legal placement channels (Law 18/2017 Art. 49)

- A **government scheme (G2G)**, through BP2MI.
- A **placement agency (P3MI)** holding a **SIP3MI** licence.
- A **company placing its own workers** abroad (Law 18/2017 Art. 61).
- Domestic work in **Saudi Arabia**: only through **SPSK** (the one-channel scheme, Kepmenaker 291/2018), with a Saudi company (*syarikah*) as the employer.
- **Internships in Japan** through a training centre licensed by Kemnaker as a *Sending Organisation* (**LPK-SO**). An LPK without an SO licence that places workers is a warning sign.

Going **on your own** (mandiri) is not one of the three channels of Art. 49 and its rules are unsettled: register in SISKOP2MI and have your employment contract checked at the LTSA or Disnaker before you leave.

## Placement costs

Migrant workers may not be charged placement costs (Law 18/2017 Art. 30). In domestic work, care, cooking, family driving, gardening, cleaning, plantation work, fishing crews and similar jobs, **the employer bears all placement costs** (Perban BP2MI 9/2020): "all costs covered" is the rule there, not a warning sign. The warning signs are **fees asked of you** and **a loan repaid by deductions from your salary**: that is banned and becomes debt bondage.

## Moratorium countries

Decree of the Minister of Manpower 260/2015 (in force since 1 July 2015) stops the placement of **domestic workers with individual employers** in these Middle East countries:

{{moratorium}}

An offer of domestic work with an individual employer in these countries is not a legal route. Placement through SPSK to Saudi Arabia is not covered by this moratorium.

## The village's role

Under Law 18/2017 Art. 42 the village (a) gives information, (b) verifies and records prospective migrant workers, (c) helps with civil-registration papers, (d) monitors departures and returns, and (e) empowers prospective migrant workers, migrant workers and their families. In a Desa Binaan Imigrasi, the village's guiding immigration officer (PIMPASA) helps the village with these duties.
`,
  },
};
