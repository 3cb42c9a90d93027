import type { Locale } from "../locale";

// Labels of the enums the Kanim workspace shows (both languages, Bahasa Indonesia first).

type Labels = Record<string, { id: string; en: string }>;

const eventType: Labels = {
  LAUNCH: { id: "Peluncuran Desa Binaan", en: "Launch" },
  OUTREACH: { id: "Sosialisasi", en: "Outreach session" },
  STRENGTHENING: { id: "Penguatan tugas dan fungsi", en: "Strengthening session" },
  PASSPORT_SERVICE: { id: "Layanan paspor keliling", en: "Mobile passport service" },
  MONITORING: { id: "Kunjungan PIMPASA / monitoring", en: "PIMPASA visit / monitoring" },
};

const eventStatus: Labels = {
  PLANNED: { id: "Direncanakan", en: "Planned" },
  DONE: { id: "Terlaksana", en: "Held" },
  CANCELLED: { id: "Dibatalkan", en: "Cancelled" },
  POSTPONED: { id: "Ditunda", en: "Postponed" },
};

const participantGroup: Labels = {
  VILLAGE_OFFICIALS: { id: "Perangkat desa", en: "Village officials" },
  COMMUNITY_LEADERS: { id: "Tokoh masyarakat", en: "Community leaders" },
  YOUTH: { id: "Pemuda / pelajar", en: "Youth / students" },
  CPMI: { id: "CPMI", en: "Prospective migrant workers" },
  POLICE: { id: "Kepolisian (Bhabinkamtibmas)", en: "Police" },
  ARMY: { id: "TNI (Babinsa)", en: "Army" },
  OTHERS: { id: "Lainnya", en: "Others" },
};

const topic: Labels = {
  M_PASPOR: { id: "Pendaftaran paspor lewat M-Paspor", en: "Applying through M-Paspor" },
  DOCUMENTS: { id: "Persyaratan dokumen", en: "Required documents" },
  PROCEDURAL_MIGRATION: { id: "Bekerja ke luar negeri secara prosedural", en: "Working abroad the legal way" },
  TRAFFICKING_SIGNS: { id: "Modus TPPO/TPPM", en: "Trafficking and smuggling methods" },
  RIGHTS_ABROAD: { id: "Hak PMI di luar negeri", en: "Migrant workers' rights abroad" },
  EXIT_ENTRY_RULES: { id: "Ketentuan keluar-masuk wilayah", en: "Exit and entry rules" },
  HOW_TO_REPORT: { id: "Cara melapor", en: "How to report" },
};

const passportStatus: Labels = {
  NONE: { id: "Belum ada", en: "None" },
  PLANNED: { id: "Akan mengajukan", en: "Planning to apply" },
  APPLIED_M_PASPOR: { id: "Mengajukan (M-Paspor)", en: "Applied (M-Paspor)" },
  ISSUED: { id: "Terbit", en: "Issued" },
  DELAYED_OR_REFUSED: { id: "Ditunda/ditolak", en: "Delayed or refused" },
};

const placementChannel: Labels = {
  P3MI: { id: "P3MI (agensi berizin)", en: "Licensed agency (P3MI)" },
  G2G: { id: "G to G (pemerintah)", en: "Government scheme (G2G)" },
  INDEPENDENT: { id: "Mandiri", en: "Independent" },
  UNKNOWN: { id: "Belum diketahui", en: "Unknown" },
  COMPANY_OWN_WORKERS: { id: "Perusahaan menempatkan pekerjanya sendiri", en: "A company placing its own workers" },
  SPSK: { id: "SPSK (satu kanal, Arab Saudi)", en: "SPSK (one channel, Saudi Arabia)" },
  MANDIRI: { id: "Mandiri (perlu ditinjau)", en: "Individual (to be reviewed)" },
};

const jobSector: Labels = {
  DOMESTIC_WORKER: { id: "Pekerja rumah tangga", en: "Domestic worker" },
  CAREGIVER: { id: "Perawat lansia", en: "Caregiver" },
  PLANTATION: { id: "Perkebunan", en: "Plantation" },
  MANUFACTURING: { id: "Manufaktur", en: "Manufacturing" },
  CONSTRUCTION: { id: "Konstruksi", en: "Construction" },
  FISHERY: { id: "Perikanan/ABK", en: "Fishery" },
  HOSPITALITY: { id: "Perhotelan", en: "Hospitality" },
  HEALTHCARE: { id: "Kesehatan", en: "Healthcare" },
  OTHER: { id: "Lainnya", en: "Other" },
};

const sex: Labels = {
  MALE: { id: "Laki-laki", en: "Male" },
  FEMALE: { id: "Perempuan", en: "Female" },
};

const designationStatus: Labels = {
  ACTIVE: { id: "Aktif", en: "Active" },
  INACTIVE: { id: "Nonaktif", en: "Inactive" },
};

const visitRequestStatus: Labels = {
  PENDING: { id: "Menunggu", en: "Pending" },
  SCHEDULED: { id: "Dijadwalkan", en: "Scheduled" },
  DECLINED: { id: "Ditolak", en: "Declined" },
};

const tables = {
  eventType,
  eventStatus,
  participantGroup,
  topic,
  passportStatus,
  placementChannel,
  jobSector,
  sex,
  designationStatus,
  visitRequestStatus,
};

export type LabelTable = keyof typeof tables;

/** The label of an enum value in the locale; an unknown value shows as itself. */
export function label(locale: Locale, table: LabelTable, value: string): string {
  return tables[table][value]?.[locale] ?? value;
}

export function options(locale: Locale, table: LabelTable) {
  return Object.entries(tables[table]).map(([value, l]) => ({ value, label: l[locale] }));
}
