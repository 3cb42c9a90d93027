import type { ChecklistInput, PassportType } from "./schema";

// What a passport applicant needs (domain.md, "Passport facts"): documents, fees, validity, service and
// steps, from the answers and the chosen office's settings. Pure and table-driven: the page translates the
// keys and reads the amounts from the fee data. Each rule names its source beside it.

/** Below this age an unmarried applicant is a child: the parents apply (Permenkumham 8/2014). */
export const ADULT_ID_AGE = 17;
/** UU 18/2017 Pasal 5 huruf a: a migrant worker is at least 18 years old. */
export const MIN_PMI_AGE = 18;
/** Under-5s may use the priority walk-in service. */
export const PRIORITY_AGE = 5;

export type DocumentKey =
  | "EKTP"
  | "KK"
  | "CIVIL_RECORD_ONE_OF"
  | "OLD_PASSPORT"
  | "DAMAGED_PASSPORT"
  | "BIRTH_CERTIFICATE"
  | "PARENTS_EKTP"
  | "PARENTS_MARRIAGE_CERTIFICATE"
  | "PARENTS_STATEMENT"
  | "PARENTS_PASSPORTS"
  | "MARITAL_STATUS_LETTER"
  | "FAMILY_CONSENT"
  | "COMPETENCE_CERTIFICATE"
  | "HEALTH_CERTIFICATE"
  | "SOCIAL_SECURITY"
  | "DISNAKER_RECOMMENDATION";

export type StepKey =
  | "REGISTER"
  | "CHOOSE_SERVICE_OFFICE"
  | "CHOOSE_ORDINARY"
  | "CHOOSE_ELECTRONIC"
  | "UPLOAD_EKTP"
  | "UPLOAD_EKTP_PARENT"
  | "PREVIOUS_PASSPORT_YES"
  | "PREVIOUS_PASSPORT_NO"
  | "PURPOSE_TOURISM"
  | "PURPOSE_UMRAH_HAJJ"
  | "PURPOSE_STUDY"
  | "PURPOSE_WORK"
  | "UPLOAD_KK_BIRTH"
  | "PICK_DATE"
  | "PAY_BILLING"
  | "ATTEND_OFFICE"
  | "ATTEND_WITH_PARENT"
  | "WALK_IN_OFFICE"
  | "WALK_IN_EXAMINATION"
  | "WALK_IN_PAY";

export type ProcedureKey =
  | "CHECK_AGENCY"
  | "VILLAGE_INFORMATION"
  | "FAMILY_CONSENT"
  | "TRAINING_HEALTH"
  | "REGISTER_SISKOP2MI"
  | "CONTRACT_VISA"
  | "SOCIAL_SECURITY"
  | "DEPART_REPORT";

export type WarningKey =
  | "UNDER_AGE_WORK"
  | "WRONG_VISA"
  | "TOURISM_PURPOSE_FOR_WORK"
  | "NO_LICENSED_AGENCY"
  | "MORATORIUM"
  | "FEES_UPFRONT"
  | "SALARY_DEDUCTION"
  | "SOCIAL_MEDIA_BROKER"
  | "MISSING_PAPERS"
  | "SHELTER"
  | "LPK_PLACEMENT"
  | "DATA_MISMATCH"
  | "ONLINE_SCAM"
  | "INTERVIEW";

/** Plain-language notes on the result, each with its source in its text. */
export type NoteKey =
  | "TEN_YEARS_ADULT_ONLY"
  | "PMI_FREE_FIRST_ORDINARY"
  | "PMI_FREE_CHOOSE_ORDINARY"
  | "PMI_FREE_NOT_FOR_REPLACEMENT"
  | "PMI_FREE_ELECTRONIC_ONLY_OFFICE"
  | "ELECTRONIC_ONLY_OFFICE"
  | "LOST_DAMAGED_WALK_IN"
  | "PRIORITY_WALK_IN"
  | "CHILD_BOTH_PARENTS";

export type Validity = "5Y" | "10Y";
export type DisnakerRule = "REQUIRED" | "NOT_REQUIRED" | "ASK_OFFICE";

/** The chosen office's passport settings (ImmigrationOffice). */
export type OfficePassportSettings = {
  requiresDisnakerRecommendation: boolean;
  /** SE Dirjen Imigrasi IMI-263.GR.01.02/2024: e-passports only from this day. */
  electronicOnlySince: Date | null;
};

export type Checklist = {
  /** The passport kinds the office issues: only ELECTRONIC once it is e-passport only. */
  passportTypes: PassportType[];
  /** The kind the result is for: the chosen one, or ELECTRONIC where the office issues nothing else. */
  type: PassportType;
  /** M-Paspor, or in person at the office (lost and damaged passports). */
  service: "M_PASPOR" | "WALK_IN";
  validities: Validity[];
  documents: DocumentKey[];
  /** Replacement only: needed as well when the old passport predates 2009, was issued abroad, or data changed. */
  documentsIfOldDiffers: DocumentKey[];
  /** Work: the placement documents of UU 18/2017 Pasal 13 prepared later, NOT brought for the passport. */
  placementDocuments: DocumentKey[];
  /** PassportFee codes; the applicant picks one validity where two are listed. */
  feeCodes: string[];
  /** The fine for a lost or damaged passport (PassportFee code), paid on top of the fee. */
  fineCode: string | null;
  /** PassportFee codes that apply only when chosen (same-day service). */
  optionalFeeCodes: string[];
  notes: NoteKey[];
  steps: StepKey[];
  /** For work abroad: the procedural route, in order. Empty otherwise. */
  procedureSteps: ProcedureKey[];
  warnings: WarningKey[];
  disnaker: DisnakerRule | null;
};

/** Documents of the legal route that exist before departure but are not passport documents (UU 18/2017 Pasal 13). */
const PLACEMENT_DOCUMENTS: DocumentKey[] = [
  "MARITAL_STATUS_LETTER",
  "FAMILY_CONSENT",
  "COMPETENCE_CERTIFICATE",
  "HEALTH_CERTIFICATE",
  "SOCIAL_SECURITY",
];

const TRAFFICKING_SIGNS: WarningKey[] = [
  "WRONG_VISA",
  "NO_LICENSED_AGENCY",
  "MORATORIUM",
  "FEES_UPFRONT",
  "SALARY_DEDUCTION",
  "SOCIAL_MEDIA_BROKER",
  "MISSING_PAPERS",
  "SHELTER",
  "LPK_PLACEMENT",
  "DATA_MISMATCH",
  "ONLINE_SCAM",
];

const PROCEDURE: ProcedureKey[] = [
  "CHECK_AGENCY",
  "VILLAGE_INFORMATION",
  "FAMILY_CONSENT",
  "TRAINING_HEALTH",
  "REGISTER_SISKOP2MI",
  "CONTRACT_VISA",
  "SOCIAL_SECURITY",
  "DEPART_REPORT",
];

export function isElectronicOnly(office: OfficePassportSettings | null, today: Date): boolean {
  return Boolean(office?.electronicOnlySince && office.electronicOnlySince <= today);
}

/**
 * The documents, fees, steps and warnings for one applicant. `office` is the chosen office's settings, or null
 * when none was chosen; `today` is the day in Indonesia (UTC midnight) the e-passport-only date is compared with.
 */
export function buildChecklist(input: ChecklistInput, office: OfficePassportSettings | null, today: Date): Checklist {
  const work = input.purpose === "WORK";
  // Children: under 17 and unmarried.
  const child = input.age < ADULT_ID_AGE && input.married !== "YES";
  const walkIn = input.application === "LOST" || input.application === "DAMAGED";
  const electronicOnly = isElectronicOnly(office, today);
  const type: PassportType = electronicOnly ? "ELECTRONIC" : input.type;
  const notes: NoteKey[] = [];

  // Permenkumham 18/2022: a 10-year passport only from 17 or married; children get at most 5 years.
  const validities: Validity[] = child ? ["5Y"] : ["5Y", "10Y"];
  if (child) notes.push("TEN_YEARS_ADULT_ONLY");

  // PP 45/2024 Pasal 5(1): Rp0 only for a migrant worker's FIRST, ORDINARY passport (Permenkumham 9/2020:
  // not for replacements). Under 18 one cannot be a migrant worker, so the ordinary fees apply.
  const adultWorker = work && input.age >= MIN_PMI_AGE;
  const free = adultWorker && input.application === "FIRST" && type === "ORDINARY";
  if (free) notes.push("PMI_FREE_FIRST_ORDINARY");
  else if (adultWorker && input.application !== "FIRST") notes.push("PMI_FREE_NOT_FOR_REPLACEMENT");
  else if (adultWorker && electronicOnly) notes.push("PMI_FREE_ELECTRONIC_ONLY_OFFICE");
  else if (adultWorker) notes.push("PMI_FREE_CHOOSE_ORDINARY");
  if (electronicOnly) notes.push("ELECTRONIC_ONLY_OFFICE");

  const prefix = type === "ELECTRONIC" ? "E_PASSPORT" : "ORDINARY";
  const feeCodes = free ? ["PMI_FIRST_ORDINARY"] : validities.map((v) => `${prefix}_${v}`);
  const fineCode = input.application === "LOST" ? "LOST_FINE" : input.application === "DAMAGED" ? "DAMAGED_FINE" : null;
  if (walkIn) notes.push("LOST_DAMAGED_WALK_IN");
  if (input.age < PRIORITY_AGE) notes.push("PRIORITY_WALK_IN");
  if (child) notes.push("CHILD_BOTH_PARENTS");

  const documents: DocumentKey[] = child
    ? ["PARENTS_EKTP", "KK", "BIRTH_CERTIFICATE", "PARENTS_MARRIAGE_CERTIFICATE", "PARENTS_STATEMENT", "PARENTS_PASSPORTS"]
    : input.application === "REPLACEMENT"
      ? ["EKTP"]
      : ["EKTP", "KK", "CIVIL_RECORD_ONE_OF"];
  // An expired passport issued in Indonesia after 2009 with unchanged data: the e-KTP and the old passport.
  if (input.application === "REPLACEMENT") documents.push("OLD_PASSPORT");
  if (input.application === "DAMAGED") documents.push("DAMAGED_PASSPORT");
  const documentsIfOldDiffers: DocumentKey[] = input.application === "REPLACEMENT" && !child ? ["KK", "CIVIL_RECORD_ONE_OF"] : [];

  let disnaker: DisnakerRule | null = null;
  if (work) {
    disnaker = office === null ? "ASK_OFFICE" : office.requiresDisnakerRecommendation ? "REQUIRED" : "NOT_REQUIRED";
    if (disnaker !== "NOT_REQUIRED") documents.push("DISNAKER_RECOMMENDATION");
  }

  const attend: StepKey = child ? "ATTEND_WITH_PARENT" : "ATTEND_OFFICE";
  const steps: StepKey[] = walkIn
    ? ["WALK_IN_OFFICE", "WALK_IN_EXAMINATION", "WALK_IN_PAY", attend]
    : [
        "REGISTER",
        "CHOOSE_SERVICE_OFFICE",
        type === "ELECTRONIC" ? "CHOOSE_ELECTRONIC" : "CHOOSE_ORDINARY",
        child ? "UPLOAD_EKTP_PARENT" : "UPLOAD_EKTP",
        input.application === "REPLACEMENT" ? "PREVIOUS_PASSPORT_YES" : "PREVIOUS_PASSPORT_NO",
        `PURPOSE_${input.purpose}`,
        "UPLOAD_KK_BIRTH",
        "PICK_DATE",
        "PAY_BILLING",
        attend,
      ];

  const warnings: WarningKey[] = [];
  if (work) {
    if (input.age < MIN_PMI_AGE) warnings.push("UNDER_AGE_WORK");
    warnings.push(...TRAFFICKING_SIGNS, "INTERVIEW");
  } else {
    // Leaving on a tourist, visit or umrah passport purpose and then working is the main non-procedural route.
    warnings.push("TOURISM_PURPOSE_FOR_WORK");
  }

  return {
    passportTypes: electronicOnly ? ["ELECTRONIC"] : ["ORDINARY", "ELECTRONIC"],
    type,
    service: walkIn ? "WALK_IN" : "M_PASPOR",
    validities,
    documents,
    documentsIfOldDiffers,
    placementDocuments: work ? PLACEMENT_DOCUMENTS : [],
    feeCodes,
    fineCode,
    optionalFeeCodes: ["SAME_DAY_SURCHARGE"],
    notes,
    steps,
    procedureSteps: work ? PROCEDURE : [],
    warnings,
    disnaker,
  };
}
