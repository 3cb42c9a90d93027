import "server-only";
import type { Designation, ImmigrationOffice, Officer, PrismaClient, User } from "@/lib/platform/db/generated/client";
import type { Tx } from "@/lib/platform/db/client";
import { hashPassword } from "@/lib/platform/auth/password";
import { composeNik } from "@/lib/identity/nik";
import { sealNik } from "@/lib/identity/seal";
import { computeRiskFlags, riskCodes } from "@/lib/candidates/risk";
import { loadRiskReference } from "@/lib/reference-data/queries";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts";
import { guidesStep } from "./seed-guides";
import { twoFactorStep } from "./seed-auth";

// Demo data drawn from the seed article (Metrokalsel, May 2024): Kanim Kelas II TPI Batulicin designates Desa
// Gendang Timburu, Kecamatan Sungai Durian, Kabupaten Kotabaru, and holds its strengthening event on Friday
// 3 May 2024. A second office (Madiun, Jawa Timur) exists so office scope can be shown. People other than the
// officials the article names are invented. Steps run in order inside one transaction; add a step to the
// list at the bottom to seed more (guides, say).

export const GENDANG_TIMBURU = "63.02.15.2002";
export const SUNGAI_LOBAN = "63.10.03.2002";
export const KRANDEGAN_MADIUN = "35.19.01.2005";

type Refs = {
  batulicin: ImmigrationOffice;
  madiun: ImmigrationOffice;
  officers: Record<"kasiInteldakim" | "pimpasaGendang" | "pimpasaLoban" | "pemeriksa" | "madiunKasi" | "madiunPimpasa", Officer>;
  users: Record<"admin" | "batulicin" | "madiun" | "gendangTimburu", User>;
  designations: Record<"gendangTimburu" | "sungaiLoban" | "krandegan", Designation>;
};

export type DemoContext = {
  tx: Tx;
  /** The seed time: upcoming events and candidate timelines are placed relative to it. */
  now: Date;
  passwordHash: string;
  refs: Partial<Refs>;
  log: (line: string) => void;
};

export type DemoStep = { name: string; run: (ctx: DemoContext) => Promise<void> };

function need<K extends keyof Refs>(ctx: DemoContext, key: K): Refs[K] {
  const value = ctx.refs[key];
  if (!value) throw new Error(`demo seed: step order broken, ${key} is not seeded yet`);
  return value;
}

/** A calendar day (for @db.Date columns) `days` after `now` as seen in the time zone. */
function dayFrom(now: Date, days: number, timeZone = "Asia/Makassar"): Date {
  const local = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(now.getTime() + days * 86_400_000),
  );
  return new Date(`${local}T00:00:00Z`);
}

/** The first Monday–Thursday on or after the day: outreach is not held on Fridays or weekends. */
function weekday(day: Date): Date {
  const d = new Date(day);
  while ([0, 5, 6].includes(d.getUTCDay())) d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

/** A local wall-clock time on a day: WITA is UTC+8, WIB UTC+7 (no daylight saving in Indonesia). */
function at(day: Date, hour: number, utcOffset: number): Date {
  return new Date(day.getTime() + (hour - utcOffset) * 3_600_000);
}

const offices: DemoStep = {
  name: "offices",
  async run(ctx) {
    ctx.refs.batulicin = await ctx.tx.immigrationOffice.create({
      data: {
        slug: "kanim-batulicin",
        name: "Kantor Imigrasi Kelas II TPI Batulicin",
        officeClass: "KELAS_II_TPI",
        address: "Jl. Raya Batulicin, Kersik Putih, Kec. Batulicin, Kabupaten Tanah Bumbu, Kalimantan Selatan 72271",
        phone: "(0518) 6070110",
        email: "kanim.batulicin@imigrasi.go.id",
        website: "https://batulicin.imigrasi.go.id",
        regionalProvinceCode: "63",
        timeZone: "Asia/Makassar",
        requiresDisnakerRecommendation: true,
      },
    });
    ctx.refs.madiun = await ctx.tx.immigrationOffice.create({
      data: {
        slug: "kanim-madiun",
        name: "Kantor Imigrasi Kelas II Non TPI Madiun",
        officeClass: "KELAS_II_NON_TPI",
        address: "Jl. Basuki Rahmat, Kota Madiun, Jawa Timur 63131",
        phone: "(0351) 4380201",
        email: "kanim.madiun@imigrasi.go.id",
        website: "https://madiun.imigrasi.go.id",
        regionalProvinceCode: "35",
        timeZone: "Asia/Jakarta",
        requiresDisnakerRecommendation: false,
      },
    });
  },
};

const workingAreas: DemoStep = {
  name: "working areas",
  async run(ctx) {
    // Kabupaten Kotabaru (63.02) and Kabupaten Tanah Bumbu (63.10) for Batulicin; Kabupaten Madiun (35.19).
    await ctx.tx.regency.updateMany({ where: { code: { in: ["63.02", "63.10"] } }, data: { officeId: need(ctx, "batulicin").id } });
    await ctx.tx.regency.updateMany({ where: { code: "35.19" }, data: { officeId: need(ctx, "madiun").id } });
  },
};

const officers: DemoStep = {
  name: "officers",
  async run(ctx) {
    const batulicin = need(ctx, "batulicin").id;
    const madiun = need(ctx, "madiun").id;
    // NIP: birth date (8) + appointment year and month (6) + sex (1 = male, 2 = female) + sequence (3).
    const rows = {
      kasiInteldakim: { nip: "198207152006041001", name: "Rudi Hartono", rank: "Penata Tingkat I (III/d)", position: "Kepala Seksi Intelijen dan Penindakan Keimigrasian", officeId: batulicin },
      pimpasaGendang: { nip: "199304222017122002", name: "Nurul Hidayah", rank: "Penata Muda Tingkat I (III/b)", position: "Analis Keimigrasian Ahli Pertama", officeId: batulicin },
      pimpasaLoban: { nip: "199508092019031003", name: "Muhammad Arifin", rank: "Penata Muda (III/a)", position: "Analis Keimigrasian Ahli Pertama", officeId: batulicin },
      pemeriksa: { nip: "199110032014022001", name: "Fitri Handayani", rank: "Penata Muda Tingkat I (III/b)", position: "Pemeriksa Keimigrasian", officeId: batulicin },
      madiunKasi: { nip: "198511202009121002", name: "Agus Setiawan", rank: "Penata (III/c)", position: "Kepala Seksi Intelijen dan Penindakan Keimigrasian", officeId: madiun },
      madiunPimpasa: { nip: "199602142020122001", name: "Dian Puspitasari", rank: "Penata Muda (III/a)", position: "Analis Keimigrasian Ahli Pertama", officeId: madiun },
    };
    const created = {} as Refs["officers"];
    for (const [key, data] of Object.entries(rows) as [keyof Refs["officers"], (typeof rows)[keyof typeof rows]][]) {
      created[key] = await ctx.tx.officer.create({ data });
    }
    ctx.refs.officers = created;
  },
};

const accounts: DemoStep = {
  name: "accounts",
  async run(ctx) {
    const officerOf = need(ctx, "officers");
    const base = { passwordHash: ctx.passwordHash };
    const admin = await ctx.tx.user.create({
      data: { ...base, name: "Administrator Portal", email: DEMO_ACCOUNTS.admin.email, role: "ADMIN" },
    });
    // Office staff accounts belong to officers, so "my events" views have someone to show.
    const batulicin = await ctx.tx.user.create({
      data: { ...base, name: officerOf.kasiInteldakim.name, email: DEMO_ACCOUNTS.batulicin.email, role: "OFFICE_STAFF", officeId: need(ctx, "batulicin").id },
    });
    const madiun = await ctx.tx.user.create({
      data: { ...base, name: officerOf.madiunKasi.name, email: DEMO_ACCOUNTS.madiun.email, role: "OFFICE_STAFF", officeId: need(ctx, "madiun").id },
    });
    const gendangTimburu = await ctx.tx.user.create({
      data: { ...base, name: "Rahmadi", email: DEMO_ACCOUNTS.gendangTimburu.email, role: "VILLAGE_OFFICIAL", villageCode: GENDANG_TIMBURU },
    });
    await ctx.tx.officer.update({ where: { id: officerOf.kasiInteldakim.id }, data: { userId: batulicin.id } });
    await ctx.tx.officer.update({ where: { id: officerOf.madiunKasi.id }, data: { userId: madiun.id } });
    ctx.refs.users = { admin, batulicin, madiun, gendangTimburu };
  },
};

const designations: DemoStep = {
  name: "designations",
  async run(ctx) {
    const officerOf = need(ctx, "officers");
    const users = need(ctx, "users");
    const gendangTimburu = await ctx.tx.designation.create({
      data: {
        villageCode: GENDANG_TIMBURU,
        officeId: need(ctx, "batulicin").id,
        decreeNumber: "W.15.IMI.IMI.4-GR.04.01-0417",
        decreeDate: new Date("2024-05-03T00:00:00Z"),
        year: 2024,
        liaisonName: "Rahmadi",
        liaisonPosition: "Sekretaris Desa Gendang Timburu",
        liaisonPhone: "0813-4870-2251",
        createdById: users.batulicin.id,
        officers: { create: [{ officerId: officerOf.pimpasaGendang.id, assignedAt: new Date("2024-05-03T01:00:00Z") }] },
      },
    });
    const sungaiLoban = await ctx.tx.designation.create({
      data: {
        villageCode: SUNGAI_LOBAN,
        officeId: need(ctx, "batulicin").id,
        decreeNumber: "W.15.IMI.IMI.4-GR.04.01-0622",
        decreeDate: new Date("2024-08-15T00:00:00Z"),
        year: 2024,
        liaisonName: "Hj. Salmah",
        liaisonPosition: "Kepala Seksi Pemerintahan Desa Sungailoban",
        liaisonPhone: "0852-4911-3087",
        createdById: users.batulicin.id,
        officers: { create: [{ officerId: officerOf.pimpasaLoban.id, assignedAt: new Date("2024-08-15T01:00:00Z") }] },
      },
    });
    const krandegan = await ctx.tx.designation.create({
      data: {
        villageCode: KRANDEGAN_MADIUN,
        officeId: need(ctx, "madiun").id,
        decreeNumber: "W.15.IMI.IMI.4-GR.04.01-0318",
        decreeDate: new Date("2024-06-20T00:00:00Z"),
        year: 2024,
        liaisonName: "Sutrisno",
        liaisonPosition: "Kepala Desa Krandegan",
        liaisonPhone: "0857-3602-1149",
        createdById: users.madiun.id,
        officers: { create: [{ officerId: officerOf.madiunPimpasa.id, assignedAt: new Date("2024-06-20T02:00:00Z") }] },
      },
    });
    ctx.refs.designations = { gendangTimburu, sungaiLoban, krandegan };
  },
};

const events: DemoStep = {
  name: "outreach events",
  async run(ctx) {
    const officerOf = need(ctx, "officers");
    const users = need(ctx, "users");
    const designation = need(ctx, "designations");
    const batulicin = need(ctx, "batulicin").id;

    // Friday 3 May 2024, 09:00–12:00 WITA, as reported.
    await ctx.tx.outreachEvent.create({
      data: {
        officeId: batulicin,
        villageCode: GENDANG_TIMBURU,
        designationId: designation.gendangTimburu.id,
        type: "STRENGTHENING",
        title: "Penguatan Tugas dan Fungsi Keimigrasian Desa Binaan Imigrasi Tahun 2024",
        description:
          "Peresmian Desa Gendang Timburu sebagai Desa Binaan Imigrasi Tahun 2024 dan penguatan peran perangkat desa " +
          "dalam pemberian informasi paspor dan pencegahan TPPO.",
        startsAt: new Date("2024-05-03T01:00:00Z"),
        endsAt: new Date("2024-05-03T04:00:00Z"),
        location: "Balai Desa Gendang Timburu, Kecamatan Sungai Durian, Kabupaten Kotabaru",
        isPublic: true,
        status: "DONE",
        createdById: users.batulicin.id,
        officers: { create: [{ officerId: officerOf.kasiInteldakim.id }, { officerId: officerOf.pimpasaGendang.id }, { officerId: officerOf.pemeriksa.id }] },
        report: {
          create: {
            stakeholders:
              "Sekretaris Daerah Kabupaten Kotabaru (Said Akhmad), Kepala Divisi Keimigrasian Kanwil Kemenkumham Kalimantan Selatan, " +
              "Kapolsek Sungai Durian, Babinsa Posramil 1004-09 Sungai Durian, Sekretaris Kecamatan Sungai Durian, " +
              "Sekretaris Desa Gendang Timburu beserta perangkat desa, tokoh masyarakat",
            topics: ["M_PASPOR", "PROCEDURAL_MIGRATION", "TRAFFICKING_SIGNS", "EXIT_ENTRY_RULES", "HOW_TO_REPORT"],
            summary:
              "Sekda Kotabaru membuka acara dan meresmikan Desa Gendang Timburu sebagai Desa Binaan Imigrasi Tahun 2024. " +
              "Kepala Kantor menekankan peran perangkat desa sebagai jembatan informasi keimigrasian: permohonan paspor, " +
              "pemeriksaan keimigrasian dan edukasi selama di luar negeri. Petugas memperagakan langkah-langkah aplikasi " +
              "M-Paspor untuk memperoleh kuota permohonan dan menjelaskan bahaya PMI non-prosedural yang dapat berujung TPPO.",
            followUps:
              "PIMPASA berkunjung setiap bulan; perangkat desa mendata CPMI dan melaporkan rencana keberangkatan; " +
              "papan \"Lapor Orang Asing\" dipasang di balai desa.",
            submittedById: users.batulicin.id,
            submittedAt: new Date("2024-05-06T03:00:00Z"),
            participants: {
              create: [
                { group: "VILLAGE_OFFICIALS", male: 9, female: 3 },
                { group: "COMMUNITY_LEADERS", male: 7, female: 2 },
                { group: "YOUTH", male: 5, female: 4 },
                { group: "CPMI", male: 3, female: 6 },
                { group: "POLICE", male: 2, female: 0 },
                { group: "ARMY", male: 1, female: 0 },
                { group: "OTHERS", male: 4, female: 1 },
              ],
            },
          },
        },
      },
    });

    // Recent PIMPASA visits, so this year's dashboards have something to count.
    const visits = [
      { days: -75, village: GENDANG_TIMBURU, designationId: designation.gendangTimburu.id, officer: officerOf.pimpasaGendang.id, type: "MONITORING" as const, title: "Kunjungan PIMPASA: pendataan CPMI dan papan Lapor Orang Asing" },
      { days: -40, village: SUNGAI_LOBAN, designationId: designation.sungaiLoban.id, officer: officerOf.pimpasaLoban.id, type: "OUTREACH" as const, title: "Sosialisasi M-Paspor bagi perangkat desa dan karang taruna" },
      { days: -12, village: GENDANG_TIMBURU, designationId: designation.gendangTimburu.id, officer: officerOf.pimpasaGendang.id, type: "MONITORING" as const, title: "Kunjungan PIMPASA: tindak lanjut CPMI berisiko" },
    ];
    for (const visit of visits) {
      const visitDay = weekday(dayFrom(ctx.now, visit.days));
      await ctx.tx.outreachEvent.create({
        data: {
          officeId: batulicin,
          villageCode: visit.village,
          designationId: visit.designationId,
          type: visit.type,
          title: visit.title,
          startsAt: at(visitDay, 9, 8),
          endsAt: at(visitDay, 11, 8),
          location: "Balai Desa",
          isPublic: visit.type === "OUTREACH",
          status: "DONE",
          createdById: users.batulicin.id,
          officers: { create: [{ officerId: visit.officer }] },
        },
      });
    }

    // Upcoming, so the public calendar always has something ahead of the seed time.
    const outreachDay = weekday(dayFrom(ctx.now, 28));
    await ctx.tx.outreachEvent.create({
      data: {
        officeId: batulicin,
        villageCode: GENDANG_TIMBURU,
        designationId: designation.gendangTimburu.id,
        type: "OUTREACH",
        title: "Sosialisasi Paspor Prosedural dan Pencegahan TPPO bagi CPMI",
        description: "Cara mendaftar di M-Paspor, dokumen yang dibutuhkan, dan tanda-tanda tawaran kerja yang menjurus ke perdagangan orang. Terbuka untuk warga.",
        startsAt: at(outreachDay, 9, 8),
        endsAt: at(outreachDay, 11, 8),
        location: "Balai Desa Gendang Timburu, Kecamatan Sungai Durian, Kabupaten Kotabaru",
        isPublic: true,
        status: "PLANNED",
        createdById: users.batulicin.id,
        officers: { create: [{ officerId: officerOf.pimpasaGendang.id }, { officerId: officerOf.pemeriksa.id }] },
      },
    });

    const madiunDay = weekday(dayFrom(ctx.now, 42, "Asia/Jakarta"));
    await ctx.tx.outreachEvent.create({
      data: {
        officeId: need(ctx, "madiun").id,
        villageCode: KRANDEGAN_MADIUN,
        designationId: designation.krandegan.id,
        type: "PASSPORT_SERVICE",
        title: "Layanan Paspor Keliling di Desa Krandegan",
        description: "Pengambilan foto dan wawancara paspor di balai desa bagi pemohon yang sudah membayar melalui M-Paspor.",
        startsAt: at(madiunDay, 8, 7),
        endsAt: at(madiunDay, 14, 7),
        location: "Balai Desa Krandegan, Kecamatan Kebonsari, Kabupaten Madiun",
        isPublic: true,
        status: "PLANNED",
        createdById: users.madiun.id,
        officers: { create: [{ officerId: officerOf.madiunPimpasa.id }] },
      },
    });
  },
};

type CandidateSeed = {
  name: string;
  sex: "MALE" | "FEMALE";
  birth: string;
  serial: number;
  hamlet: string;
  rt: string;
  education: "SD" | "SMP" | "SMA" | "D3";
  destination: string;
  job: "DOMESTIC_WORKER" | "CAREGIVER" | "PLANTATION" | "MANUFACTURING" | "CONSTRUCTION";
  channel: "P3MI" | "G2G" | "MANDIRI" | "UNKNOWN";
  employer?: "INDIVIDUAL" | "COMPANY" | "UNKNOWN";
  agency?: string;
  visa: "WORK" | "VISIT" | "TOURIST" | "UMRAH_HAJJ" | "UNKNOWN";
  source: "P3MI_OFFICE" | "GOVERNMENT" | "FAMILY_FRIEND" | "SOCIAL_MEDIA" | "BROKER";
  fee: "NONE_ASKED" | "UPFRONT_FEE" | "ALL_COSTS_COVERED" | "SALARY_DEDUCTION" | "UNKNOWN";
  onlineJobOffer?: boolean;
  /** Days from the seed time; negative is past. */
  registered: number;
  departure?: number;
  documents: number;
  /** Passport history: status and the day (relative) it was reached. */
  passport: [status: "PLANNED" | "APPLIED_M_PASPOR" | "ISSUED" | "DELAYED_OR_REFUSED", day: number, note?: string][];
  guidance: { day: number; topics: ("M_PASPOR" | "DOCUMENTS" | "PROCEDURAL_MIGRATION" | "TRAFFICKING_SIGNS" | "RIGHTS_ABROAD" | "EXIT_ENTRY_RULES" | "HOW_TO_REPORT")[]; byOfficer?: boolean; notes: string; followUp?: number }[];
};

const CANDIDATES: CandidateSeed[] = [
  {
    name: "Siti Rahmah", sex: "FEMALE", birth: "1998-03-14", serial: 1, hamlet: "Dusun I", rt: "2", education: "SMA",
    destination: "MY", job: "PLANTATION", channel: "P3MI", agency: "PT Mitra Karya Borneo", visa: "WORK", source: "P3MI_OFFICE",
    fee: "SALARY_DEDUCTION", registered: -120, departure: 21, documents: 8,
    passport: [["PLANNED", -118], ["APPLIED_M_PASPOR", -95], ["ISSUED", -80]],
    guidance: [
      { day: -118, topics: ["M_PASPOR", "DOCUMENTS"], notes: "Dibantu membuat akun M-Paspor dan memilih jadwal di Kanim Batulicin." },
      { day: -60, topics: ["RIGHTS_ABROAD", "HOW_TO_REPORT"], byOfficer: true, notes: "Penjelasan hak pekerja dan nomor pengaduan KBRI Kuala Lumpur." },
    ],
  },
  {
    name: "Muhammad Rizky", sex: "MALE", birth: "2001-11-02", serial: 2, hamlet: "Dusun II", rt: "5", education: "SMP",
    destination: "MY", job: "PLANTATION", channel: "UNKNOWN", visa: "VISIT", source: "BROKER", fee: "UPFRONT_FEE",
    registered: -45, departure: 14, documents: 1,
    passport: [["PLANNED", -44], ["APPLIED_M_PASPOR", -30]],
    guidance: [
      { day: -44, topics: ["PROCEDURAL_MIGRATION", "TRAFFICKING_SIGNS"], notes: "Calo meminta Rp6 juta di muka dan menjanjikan visa kunjungan. Disarankan melalui P3MI berizin.", followUp: -30 },
      { day: -29, topics: ["HOW_TO_REPORT"], byOfficer: true, notes: "PIMPASA menjelaskan risiko bekerja dengan visa kunjungan; keluarga diminta melapor jika calo datang lagi.", followUp: 7 },
    ],
  },
  {
    name: "Nur Aisyah", sex: "FEMALE", birth: "1995-07-21", serial: 3, hamlet: "Dusun I", rt: "1", education: "SMA",
    destination: "TW", job: "CAREGIVER", channel: "P3MI", agency: "PT Cahaya Mandiri Sejahtera", visa: "WORK", source: "P3MI_OFFICE",
    fee: "SALARY_DEDUCTION", registered: -90, departure: 35, documents: 7,
    passport: [["PLANNED", -88], ["APPLIED_M_PASPOR", -70], ["ISSUED", -62]],
    guidance: [{ day: -85, topics: ["DOCUMENTS", "PROCEDURAL_MIGRATION"], notes: "Kelengkapan berkas: surat izin suami diketahui kepala desa, sertifikat kompetensi caregiver." }],
  },
  {
    name: "Ahmad Fauzi", sex: "MALE", birth: "1999-01-09", serial: 4, hamlet: "Dusun III", rt: "4", education: "SMA",
    destination: "KR", job: "MANUFACTURING", channel: "G2G", visa: "WORK", source: "GOVERNMENT", fee: "NONE_ASKED",
    registered: -30, documents: 4,
    passport: [["PLANNED", -30]],
    guidance: [{ day: -28, topics: ["M_PASPOR", "EXIT_ENTRY_RULES"], notes: "Lulus ujian EPS-TOPIK; diarahkan mengajukan paspor setelah pengumuman seleksi.", followUp: 10 }],
  },
  {
    name: "Rina Wulandari", sex: "FEMALE", birth: "2000-05-30", serial: 5, hamlet: "Dusun II", rt: "3", education: "SMP",
    destination: "SA", job: "DOMESTIC_WORKER", channel: "UNKNOWN", employer: "INDIVIDUAL", visa: "UMRAH_HAJJ", source: "SOCIAL_MEDIA",
    fee: "ALL_COSTS_COVERED", onlineJobOffer: true, registered: -21, departure: 10, documents: 0,
    passport: [["PLANNED", -20], ["APPLIED_M_PASPOR", -15], ["DELAYED_OR_REFUSED", -8, "Wawancara di Kanim: tujuan umrah tidak sesuai, diduga hendak bekerja."]],
    guidance: [
      { day: -14, topics: ["TRAFFICKING_SIGNS", "PROCEDURAL_MIGRATION"], byOfficer: true, notes: "Tawaran lewat Facebook: kerja rumah tangga di Arab Saudi berangkat dengan visa umrah, semua biaya ditanggung. Negara tujuan dalam moratorium.", followUp: 3 },
    ],
  },
  {
    name: "Dewi Lestari", sex: "FEMALE", birth: "1997-09-05", serial: 6, hamlet: "Dusun III", rt: "6", education: "SMA",
    destination: "HK", job: "DOMESTIC_WORKER", channel: "P3MI", agency: "PT Bina Tenaga Kalimantan", visa: "WORK", source: "P3MI_OFFICE",
    fee: "SALARY_DEDUCTION", registered: -10, departure: 75, documents: 3,
    passport: [["PLANNED", -9]],
    guidance: [{ day: -9, topics: ["M_PASPOR", "DOCUMENTS"], notes: "Belum punya akta kelahiran; diarahkan ke Disdukcapil Kotabaru.", followUp: 14 }],
  },
  {
    name: "Hendra Saputra", sex: "MALE", birth: "1993-12-12", serial: 7, hamlet: "Dusun I", rt: "2", education: "SD",
    destination: "MY", job: "CONSTRUCTION", channel: "MANDIRI", visa: "TOURIST", source: "FAMILY_FRIEND", fee: "UNKNOWN",
    registered: -5, documents: 0, passport: [],
    guidance: [{ day: -5, topics: ["PROCEDURAL_MIGRATION", "RIGHTS_ABROAD"], notes: "Diajak kerabat bekerja di proyek bangunan Tawau; belum ada kontrak kerja.", followUp: 9 }],
  },
];

const DOCUMENT_FIELDS = [
  "hasFamilyConsent",
  "hasMaritalStatusLetter",
  "hasHealthCertificate",
  "hasCompetenceCertificate",
  "hasSocialSecurity",
  "hasPlacementAgreement",
  "hasEmploymentContract",
  "hasWorkVisa",
] as const;

const candidates: DemoStep = {
  name: "candidates",
  async run(ctx) {
    const official = need(ctx, "users").gendangTimburu;
    const pimpasa = need(ctx, "officers").pimpasaGendang;
    const reference = await loadRiskReference(ctx.tx);
    for (const seed of CANDIDATES) {
      const birthDate = new Date(`${seed.birth}T00:00:00Z`);
      // Sungai Durian district, 63.02.15.
      const nik = composeNik("630215", birthDate, seed.sex, seed.serial);
      const day = (offset: number) => dayFrom(ctx.now, offset);
      const registeredAt = at(day(seed.registered), 10, 8);
      const last = seed.passport.at(-1);
      const reached = (status: CandidateSeed["passport"][number][0]) => {
        const step = seed.passport.find(([s]) => s === status);
        return step ? day(step[1]) : null;
      };
      const documents = Object.fromEntries(DOCUMENT_FIELDS.map((field, i) => [field, i < seed.documents])) as Record<
        (typeof DOCUMENT_FIELDS)[number],
        boolean
      >;
      const plannedDeparture = seed.departure === undefined ? null : day(seed.departure);
      const risk = riskCodes(
        computeRiskFlags(
          {
            nik,
            sex: seed.sex,
            birthDate,
            destinationCountry: seed.destination,
            jobSector: seed.job,
            placementChannel: seed.channel,
            employerType: seed.employer ?? "UNKNOWN",
            plannedVisa: seed.visa,
            recruitmentSource: seed.source,
            feeArrangement: seed.fee,
            heldInShelter: false,
            onlineJobOffer: seed.onlineJobOffer ?? false,
            plannedDeparture,
            ...documents,
          },
          { ...reference, today: day(0) },
        ),
      );
      let previous: "NONE" | CandidateSeed["passport"][number][0] = "NONE";
      await ctx.tx.candidate.create({
        data: {
          villageCode: GENDANG_TIMBURU,
          ...sealNik(nik),
          name: seed.name,
          sex: seed.sex,
          birthDate,
          hamlet: seed.hamlet,
          rt: seed.rt,
          rw: "1",
          addressLine: `${seed.hamlet}, Desa Gendang Timburu`,
          education: seed.education,
          destinationCountry: seed.destination,
          jobSector: seed.job,
          placementChannel: seed.channel,
          agencyName: seed.agency ?? null,
          employerType: seed.employer ?? "UNKNOWN",
          plannedVisa: seed.visa,
          recruitmentSource: seed.source,
          feeArrangement: seed.fee,
          onlineJobOffer: seed.onlineJobOffer ?? false,
          plannedDeparture,
          ...documents,
          passportStatus: last?.[0] ?? "NONE",
          passportStatusAt: last ? day(last[1]) : null,
          passportAppliedAt: reached("APPLIED_M_PASPOR"),
          passportIssuedAt: reached("ISSUED"),
          riskFlags: risk,
          riskCount: risk.length,
          consentMethod: "WRITTEN",
          consentRecordedAt: registeredAt,
          consentRecordedById: official.id,
          createdById: official.id,
          updatedById: official.id,
          createdAt: registeredAt,
          statusChanges: {
            create: seed.passport.map(([status, offset, note]) => {
              const change = { fromStatus: previous, toStatus: status, effectiveOn: day(offset), note: note ?? null, changedById: official.id, createdAt: at(day(offset), 14, 8) };
              previous = status;
              return change;
            }),
          },
          guidance: {
            create: seed.guidance.map((g) => ({
              sessionDate: day(g.day),
              topics: g.topics,
              givenByUserId: g.byOfficer ? null : official.id,
              officerId: g.byOfficer ? pimpasa.id : null,
              notes: g.notes,
              followUpDate: g.followUp === undefined ? null : day(g.followUp),
              followUpDoneAt: g.followUp !== undefined && g.followUp < 0 ? at(day(g.followUp), 11, 8) : null,
              createdAt: at(day(g.day), 15, 8),
            })),
          },
        },
      });
    }
  },
};

/** The steps, in order. Later issues append theirs (e.g. public guides). */
export const DEMO_STEPS: DemoStep[] = [offices, workingAreas, officers, accounts, twoFactorStep, designations, events, candidates, guidesStep];

export type DemoSeedResult = { password: string; steps: string[]; ms: number };

/** Seeds the demo data in one transaction: all of it or nothing. Run only on a database without users. */
export async function seedDemoData(
  db: PrismaClient,
  options: { now?: Date; log?: (line: string) => void; steps?: DemoStep[] } = {},
): Promise<DemoSeedResult> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const steps = options.steps ?? DEMO_STEPS;
  await db.$transaction(
    async (tx) => {
      const ctx: DemoContext = { tx, now: options.now ?? new Date(), passwordHash, refs: {}, log };
      for (const step of steps) {
        const t = Date.now();
        await step.run(ctx);
        log(`demo: ${step.name} (${Date.now() - t} ms)`);
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { password: DEMO_PASSWORD, steps: steps.map((s) => s.name), ms: Date.now() - started };
}
