import type { Locale } from "@/lib/platform/i18n/locale";
import { riskMessages } from "@/lib/platform/i18n/messages/risk";
import { addDays, ageOn } from "./dates";
import { nikMismatches, parseNik } from "./nik";

// The trafficking warning signs of a CPMI record (domain.md, "Warning signs"). One pure module: the commands
// store its codes on every write, pages explain them, the demo seed and the office views reuse it.

export const RISK_CODES = [
  "UNDER_18",
  "NO_LICENSED_CHANNEL",
  "MORATORIUM",
  "NON_WORK_VISA",
  "UPFRONT_FEE",
  "ALL_COSTS_COVERED",
  "INFORMAL_RECRUITER",
  "LPK_PLACEMENT",
  "MISSING_DOCUMENTS",
  "HELD_IN_SHELTER",
  "ONLINE_JOB_OFFER",
  "DATA_MISMATCH",
] as const;
export type RiskCode = (typeof RISK_CODES)[number];

/** Documents whose absence close to departure is a warning sign. */
export const DEPARTURE_DOCUMENTS = [
  "hasEmploymentContract",
  "hasFamilyConsent",
  "hasSocialSecurity",
  "hasHealthCertificate",
] as const;
export type DepartureDocument = (typeof DEPARTURE_DOCUMENTS)[number];

/** Days before the planned departure from which missing documents are flagged. */
export const DEPARTURE_WINDOW_DAYS = 30;

/** Job sectors the moratorium (Kepmenaker 260/2015) covers: domestic work for individual employers. */
const MORATORIUM_SECTORS = new Set(["DOMESTIC_WORKER"]);

export type RiskInput = {
  nik: string;
  sex: "MALE" | "FEMALE";
  birthDate: Date;
  destinationCountry: string;
  jobSector: string;
  placementChannel: string;
  plannedVisa: string;
  recruitmentSource: string;
  feeArrangement: string;
  heldInShelter: boolean;
  onlineJobOffer: boolean;
  plannedDeparture?: Date | null;
} & Record<DepartureDocument, boolean>;

export type RiskFlag = {
  code: RiskCode;
  /** For MISSING_DOCUMENTS: which documents; for DATA_MISMATCH: which entered facts disagree with the NIK. */
  details?: string[];
};

export type RiskContext = {
  /** ISO codes of the moratorium countries (MoratoriumCountry rows). */
  moratoriumCountries: readonly string[];
  /** The calendar day in the village's time zone, as UTC midnight. */
  today: Date;
};

export function computeRiskFlags(candidate: RiskInput, { moratoriumCountries, today }: RiskContext): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const add = (code: RiskCode, details?: string[]) => flags.push(details ? { code, details } : { code });

  if (ageOn(candidate.birthDate, today) < 18) add("UNDER_18");
  if (candidate.placementChannel !== "P3MI" && candidate.placementChannel !== "G2G") add("NO_LICENSED_CHANNEL");
  if (MORATORIUM_SECTORS.has(candidate.jobSector) && moratoriumCountries.includes(candidate.destinationCountry)) {
    add("MORATORIUM");
  }
  if (["VISIT", "TOURIST", "UMRAH_HAJJ"].includes(candidate.plannedVisa)) add("NON_WORK_VISA");
  if (candidate.feeArrangement === "UPFRONT_FEE") add("UPFRONT_FEE");
  if (candidate.feeArrangement === "ALL_COSTS_COVERED") add("ALL_COSTS_COVERED");
  if (candidate.recruitmentSource === "SOCIAL_MEDIA" || candidate.recruitmentSource === "BROKER") {
    add("INFORMAL_RECRUITER");
  }
  if (candidate.recruitmentSource === "LPK") add("LPK_PLACEMENT");
  if (candidate.plannedDeparture && candidate.plannedDeparture <= addDays(today, DEPARTURE_WINDOW_DAYS)) {
    const missing = DEPARTURE_DOCUMENTS.filter((doc) => !candidate[doc]);
    if (missing.length) add("MISSING_DOCUMENTS", [...missing]);
  }
  if (candidate.heldInShelter) add("HELD_IN_SHELTER");
  if (candidate.onlineJobOffer) add("ONLINE_JOB_OFFER");
  const parsed = parseNik(candidate.nik);
  if (parsed.ok) {
    const mismatches = nikMismatches(parsed.nik, candidate);
    if (mismatches.length) add("DATA_MISMATCH", mismatches);
  }
  return flags;
}

/** The codes as stored on Candidate.riskFlags. */
export function riskCodes(flags: RiskFlag[]): RiskCode[] {
  return flags.map((f) => f.code);
}

export function isRiskCode(value: string): value is RiskCode {
  return (RISK_CODES as readonly string[]).includes(value);
}

/** What a flag means and what to do, in plain language. */
export function riskFlagText(code: RiskCode, locale: Locale): { label: string; reason: string; advice: string } {
  const t = riskMessages(locale);
  return { label: t[`${code}.label`], reason: t[`${code}.reason`], advice: t[`${code}.advice`] };
}
