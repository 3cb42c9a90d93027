import type { GuideSource } from "../schema";

export const tandaPerdaganganOrang: GuideSource = {
  slug: "tanda-perdagangan-orang",
  category: "SAFETY",
  sortOrder: 60,
  sources: ["UU 21/2007 tentang Pemberantasan TPPO", "UU 18/2017 Pasal 30, 49, 81", "Perban BP2MI 9/2020"],
  checkedOn: "2026-12-01",
  id: {
    title: "Tanda-tanda perdagangan orang dan ke mana melapor",
    summary: "Kenali modus perekrutan yang berbahaya sebelum berangkat, dan ke mana Anda dapat melapor.",
    body: `Perdagangan orang (TPPO) sering dimulai dengan tawaran kerja yang terdengar mudah. Bila Anda mengalami **salah satu** tanda di bawah ini, berhentilah dan minta nasihat sebelum melanjutkan.

## Tanda bahaya

- **Umur di bawah 18 tahun** tetapi ditawari kerja ke luar negeri.
- **Tidak melalui jalur resmi**: bukan program pemerintah (G2G), bukan P3MI berizin, bukan perusahaan yang menempatkan pekerjanya sendiri, dan bukan SPSK ke Arab Saudi.
- Ditawari kerja sebagai **pekerja rumah tangga pada pengguna perseorangan di negara moratorium** (lihat [Bekerja ke luar negeri secara prosedural](/id/panduan/bekerja-ke-luar-negeri)).
- Disuruh berangkat dengan **visa kunjungan, wisata, ziarah, atau umrah**, atau membuat paspor dengan tujuan "wisata" padahal akan bekerja.
- Diminta **membayar biaya penempatan**, terutama untuk pekerjaan rumah tangga, pengasuh, sopir, tukang kebun, perkebunan atau awak kapal, yang semua biayanya ditanggung pemberi kerja (Perban BP2MI 9/2020); atau membayar di muka kepada calo.
- **Pinjaman yang dibayar dengan potongan gaji** untuk biaya keberangkatan: dilarang, dan menjadi jerat utang.
- Direkrut lewat **media sosial** atau oleh **calo** tanpa izin.
- **Tidak ada** perjanjian kerja, izin keluarga, asuransi, atau surat keterangan sehat.
- **Ditampung** di penampungan sebelum dokumen lengkap.
- **Lembaga pelatihan kerja (LPK) tanpa izin Sending Organisation (SO)** dari Kemnaker yang menempatkan pekerja. (Magang ke Jepang lewat LPK-SO adalah jalur resmi.)
- Nama atau tanggal lahir **sengaja dibuat berbeda** antar dokumen. (Tanggal lahir yang pernah diperbaiki bisa tetap memakai NIK lama: itu bukan pemalsuan.)
- Tawaran **kerja daring** bergaji tinggi yang tidak masuk akal (modus penipuan daring).

## Yang harus dilakukan

1. Jangan menyerahkan dokumen asli atau uang kepada perekrut yang mencurigakan.
2. Bicarakan tawaran itu dengan keluarga dan perangkat desa.
3. Periksa izin perusahaan penempatan di Dinas Tenaga Kerja (Disnaker).

## Ke mana melapor

- **Kantor desa**: perangkat desa wajib mendata dan memantau keberangkatan warga.
- **Petugas imigrasi pembina desa (PIMPASA)** dan **kantor imigrasi** setempat. Nama petugas dan kontak kantor ada di [direktori Desa Binaan](/id/desa-binaan).
- **Bhabinkamtibmas** (polisi desa) atau **Babinsa** di desa Anda.
- **Dinas Tenaga Kerja (Disnaker)** kabupaten/kota.
- **KP2MI/BP2MI** 0800-1000 (24 jam, gratis; dari luar negeri +62 21 2924 4800), **SAPA 129** untuk perempuan dan anak, dan **polisi 110**.

Melapor bukan berarti menyusahkan diri sendiri: laporan Anda dapat mencegah tetangga menjadi korban.
`,
  },
  en: {
    title: "Warning signs of human trafficking and where to report",
    summary: "Recognise dangerous recruitment before you leave, and know where you can report it.",
    body: `Human trafficking (TPPO) often starts with a job offer that sounds easy. If **any** of the signs below applies to you, stop and ask for advice before going on.

## Warning signs

- You are **under 18** but are offered work abroad.
- **Not through a legal channel**: not a government scheme (G2G), not a licensed P3MI, not a company placing its own workers, and not SPSK to Saudi Arabia.
- An offer of **domestic work with an individual employer in a moratorium country** (see [Working abroad the legal way](/en/panduan/bekerja-ke-luar-negeri)).
- Being told to leave on a **visit, tourist, pilgrimage or umrah visa**, or to apply for the passport as "tourism" while going to work.
- Being asked to **pay placement fees**, above all in domestic work, care, driving, gardening, plantation or fishing-crew jobs, whose costs the employer bears (Perban BP2MI 9/2020); or paying a broker upfront.
- **A loan repaid by deductions from your salary** for the departure costs: banned, and it becomes debt bondage.
- Recruited through **social media** or by an unlicensed **broker** (calo).
- **No** employment contract, family consent, insurance or health certificate.
- Being **held in a shelter** before your papers are complete.
- A **training centre (LPK) without a Sending Organisation (SO) licence** from Kemnaker that places workers. (Internships in Japan through an LPK-SO are a legal route.)
- Your name or birth date **deliberately made different** between documents. (A corrected birth date may keep the old NIK: that is not forgery.)
- **Online job offers** with unrealistic pay (online-scam schemes).

## What to do

1. Do not hand original documents or money to a suspicious recruiter.
2. Talk about the offer with your family and the village officials.
3. Check the placement agency's licence at the manpower office (Disnaker).

## Where to report

- **The village office**: village officials must record and monitor residents' departures.
- **The village's guiding immigration officer (PIMPASA)** and the local **immigration office**. Officers' names and office contacts are in the [Desa Binaan directory](/en/desa-binaan).
- The village police officer (**Bhabinkamtibmas**) or the village army officer (**Babinsa**).
- The regency or city **manpower office (Disnaker)**.
- **KP2MI/BP2MI** 0800-1000 (24 hours, free; from abroad +62 21 2924 4800), **SAPA 129** for women and children, and the **police on 110**.

Reporting does not get you into trouble: your report can stop a neighbour from becoming a victim.
`,
  },
};
