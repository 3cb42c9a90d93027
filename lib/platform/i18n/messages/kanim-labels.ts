import type { Locale } from "../locale";
import { EmployerType, JobSector, PlacementChannel } from "@/lib/platform/db/generated/enums";
import { villageText } from "./village";

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

// The CPMI enums have their labels once, in the village catalog; the Kanim views read them from there.
function fromVillageCatalog(prefix: string, values: readonly string[]): Labels {
  return Object.fromEntries(
    values.map((value) => [value, { id: villageText("id", `${prefix}.${value}`), en: villageText("en", `${prefix}.${value}`) }]),
  );
}

const placementChannel = fromVillageCatalog("placementChannel", Object.values(PlacementChannel));
const jobSector = fromVillageCatalog("jobSector", Object.values(JobSector));
const employerType = fromVillageCatalog("employerType", Object.values(EmployerType));

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
  employerType,
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
