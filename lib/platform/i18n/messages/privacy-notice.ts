import { defineMessages } from "../locale";

// The public privacy notice (UU 27/2022 on Personal Data Protection), Bahasa Indonesia first. Retention
// periods and office contacts come from the database, so the notice always says what is in force.

export const privacyNoticeMessages = defineMessages({
  id: {
    title: "Pemberitahuan Privasi",
    description: "Bagaimana portal Desa Binaan Imigrasi memproses data pribadi calon pekerja migran, dan hak Anda atas data itu.",
    updated: "Periode retensi yang berlaku saat ini dibaca langsung dari pengaturan portal.",
    publicVisitorsTitle: "Pengunjung halaman publik",
    publicVisitors:
      "Halaman publik (panduan paspor, daftar desa binaan, kalender) tidak meminta dan tidak menyimpan data pribadi Anda. Portal tidak pernah menyediakan pencarian NIK untuk umum.",
    controllerTitle: "Siapa yang bertanggung jawab (pengendali data)",
    controller:
      "Data calon pekerja migran (CPMI) dicatat oleh pemerintah desa binaan dan dipakai oleh kantor imigrasi yang membina desa tersebut. Kantor imigrasi wilayah Anda adalah tempat utama untuk menghubungi kami tentang data pribadi:",
    controllerNone: "Daftar kantor imigrasi akan tampil di sini setelah kantor terdaftar di portal.",
    dataTitle: "Data yang diproses",
    data:
      "Nama, NIK, jenis kelamin, tanggal lahir, nomor telepon, alamat, pendidikan; rencana bekerja di luar negeri (negara tujuan, bidang kerja, jalur penempatan, P3MI, jenis visa, cara direkrut, pengaturan biaya); dokumen yang sudah diperiksa; status paspor; catatan pendampingan; tanda risiko perdagangan orang; dan catatan persetujuan.",
    purposesTitle: "Untuk apa",
    purposes1: "Memberi informasi, memverifikasi dan mencatat CPMI, serta memantau keberangkatan dan kepulangan — tugas desa menurut UU 18/2017 tentang Pelindungan Pekerja Migran Indonesia.",
    purposes2: "Mendampingi CPMI agar berangkat secara prosedural dan mengenali tanda-tanda perdagangan orang (TPPO) sejak dini.",
    purposes3: "Menyusun laporan program Desa Binaan Imigrasi dalam bentuk angka tanpa nama.",
    basisTitle: "Dasar pemrosesan",
    basis:
      "Pencatatan CPMI oleh desa adalah pelaksanaan kewajiban menurut UU 18/2017. Pemrosesan di luar itu hanya dilakukan dengan persetujuan tegas yang dicatat — untuk anak di bawah 18 tahun, persetujuan tertulis orang tua atau wali.",
    protectionTitle: "Cara kami menjaga data",
    protection:
      "NIK dan nomor telepon disimpan terenkripsi dan tampil tersamar di daftar. Setiap kali petugas membuka data CPMI atau melihat NIK lengkap, hal itu tercatat beserta keperluannya. Data tidak dipublikasikan dan tidak dijual; log server tidak memuat NIK, nomor telepon atau nama.",
    retentionTitle: "Berapa lama data disimpan",
    rightsTitle: "Hak Anda",
    rightsIntro: "Menurut UU 27/2022 tentang Pelindungan Data Pribadi, Anda berhak:",
    rightAccess: "mengetahui dan mendapat akses atas data Anda, termasuk riwayat pemrosesannya (siapa — menurut perannya — melihat data Anda, kapan dan untuk apa);",
    rightCorrection: "meminta data yang salah diperbaiki;",
    rightRestriction: "meminta pemrosesan dibatasi atau dihentikan;",
    rightErasure: "meminta data pribadi Anda dihapus;",
    rightCopy: "mendapat salinan data Anda dalam bentuk yang dapat dibaca mesin (JSON) dan cetakan.",
    rightsDeadline:
      "Permintaan akses, koreksi, pembatasan dan penghentian pemrosesan ditangani paling lambat 3×24 jam sejak diterima.",
    howTitle: "Cara menggunakan hak Anda",
    how1: "Datang ke kantor desa atau kantor imigrasi wilayah Anda, atau kirim surat. Bawa e-KTP asli agar petugas dapat memastikan bahwa Anda pemilik data.",
    how2: "Petugas mencatat permintaan Anda di portal, termasuk waktu diterimanya; batas waktu penanganan dihitung dari waktu itu.",
    how3: "Anda menerima jawaban atau salinan data secara langsung. Bila permintaan ditolak, Anda diberi tahu alasannya.",
    breachTitle: "Jika terjadi kebocoran data",
    breach:
      "Bila data pribadi bocor, kami memberi tahu orang yang datanya terdampak dan lembaga yang berwenang paling lambat 3×24 jam setelah kebocoran diketahui, termasuk data apa yang terdampak dan apa yang perlu Anda lakukan.",
    office: "{name}, {address}. Telepon {phone}, surel {email}",
  },
  en: {
    title: "Privacy Notice",
    description: "How the Desa Binaan Imigrasi portal processes the personal data of prospective migrant workers, and your rights over those data.",
    updated: "The retention periods shown are read directly from the portal's settings in force.",
    publicVisitorsTitle: "Visitors of the public pages",
    publicVisitors:
      "The public pages (passport guides, list of assisted villages, calendar) neither ask for nor keep any personal data of yours. The portal never offers a public NIK lookup.",
    controllerTitle: "Who is responsible (data controller)",
    controller:
      "The data of prospective migrant workers (CPMI) are recorded by the government of the assisted village and used by the immigration office that guides the village. The immigration office of your area is the main place to contact us about personal data:",
    controllerNone: "The list of immigration offices will appear here once offices are registered in the portal.",
    dataTitle: "Data we process",
    data:
      "Name, NIK, sex, date of birth, phone number, address, education; the plan to work abroad (destination country, job sector, placement channel, placement agency, visa type, how you were recruited, fee arrangement); documents checked; passport status; guidance notes; trafficking risk signs; and the consent record.",
    purposesTitle: "What for",
    purposes1: "Informing, verifying and recording CPMI, and monitoring departures and returns — the village's duties under Law 18/2017 on the Protection of Indonesian Migrant Workers.",
    purposes2: "Guiding CPMI to leave through the legal procedure and recognising the signs of human trafficking (TPPO) early.",
    purposes3: "Reporting on the Desa Binaan Imigrasi programme with figures that name no one.",
    basisTitle: "Legal basis",
    basis:
      "Village recording of CPMI carries out duties under Law 18/2017. Anything beyond that is done only with explicit, recorded consent — for a child under 18, the written consent of a parent or guardian.",
    protectionTitle: "How we protect the data",
    protection:
      "The NIK and phone number are stored encrypted and shown masked in lists. Every time staff open a CPMI record or view a full NIK, this is recorded with its purpose. The data are not published or sold; server logs hold no NIK, phone number or name.",
    retentionTitle: "How long we keep the data",
    rightsTitle: "Your rights",
    rightsIntro: "Under Law 27/2022 on Personal Data Protection you have the right:",
    rightAccess: "to know about and access your data, with its processing history (who — by role — viewed your data, when and why);",
    rightCorrection: "to have wrong data corrected;",
    rightRestriction: "to have processing restricted or stopped;",
    rightErasure: "to have your personal data erased;",
    rightCopy: "to receive a copy of your data in machine-readable form (JSON) and on paper.",
    rightsDeadline: "Requests for access, correction, restriction and stopping processing are handled within 3×24 hours of receipt.",
    howTitle: "How to use your rights",
    how1: "Come to the village office or the immigration office of your area, or send a letter. Bring your original e-KTP so staff can make sure the data are yours.",
    how2: "Staff record your request in the portal with the time it was received; the deadline runs from that time.",
    how3: "You receive the answer or the copy in person. If a request is refused, you are told why.",
    breachTitle: "If a data breach happens",
    breach:
      "If personal data leak, we notify the people affected and the competent authority within 3×24 hours of learning of it, including which data were affected and what you should do.",
    office: "{name}, {address}. Phone {phone}, e-mail {email}",
  },
});
