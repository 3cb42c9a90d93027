import type { ChecklistInput } from "./schema";

// What a passport applicant needs, from the facts in docs of the programme (M-Paspor steps, PP 45/2024 fee
// codes, UU 18/2017 for migrant workers). Pure: the page translates the keys and reads the fees from the data.

/** Below this age a person has no e-KTP yet, so a parent or guardian applies with their documents. */
export const ADULT_ID_AGE = 17;
/** UU 18/2017: a migrant worker is at least 18 years old. */
export const MIN_PMI_AGE = 18;

export type DocumentKey =
  | "EKTP"
  | "KK"
  | "CIVIL_RECORD_ONE_OF"
  | "OLD_PASSPORT"
  | "BIRTH_CERTIFICATE"
  | "PARENTS_EKTP"
  | "PARENT_PRESENT"
  | "MARITAL_STATUS_LETTER"
  | "FAMILY_CONSENT"
  | "COMPETENCE_CERTIFICATE"
  | "HEALTH_CERTIFICATE"
  | "SOCIAL_SECURITY"
  | "WORK_VISA"
  | "PLACEMENT_AGREEMENT"
  | "EMPLOYMENT_CONTRACT"
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
  | "ATTEND_WITH_PARENT";

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
  | "SOCIAL_MEDIA_BROKER"
  | "MISSING_PAPERS"
  | "SHELTER"
  | "LPK_PLACEMENT"
  | "DATA_MISMATCH"
  | "ONLINE_SCAM"
  | "INTERVIEW";

export type DisnakerRule = "REQUIRED" | "NOT_REQUIRED" | "ASK_OFFICE";

export type Checklist = {
  documents: DocumentKey[];
  /** PassportFee codes that apply; the applicant picks one validity where two are listed. */
  feeCodes: string[];
  /** PassportFee codes that apply only when chosen (same-day service). */
  optionalFeeCodes: string[];
  mpasporSteps: StepKey[];
  /** For work abroad: the procedural route, in order. Empty otherwise. */
  procedureSteps: ProcedureKey[];
  warnings: WarningKey[];
  disnaker: DisnakerRule | null;
};

const PMI_DOCUMENTS: DocumentKey[] = [
  "MARITAL_STATUS_LETTER",
  "FAMILY_CONSENT",
  "COMPETENCE_CERTIFICATE",
  "HEALTH_CERTIFICATE",
  "SOCIAL_SECURITY",
  "WORK_VISA",
  "PLACEMENT_AGREEMENT",
  "EMPLOYMENT_CONTRACT",
];

const TRAFFICKING_SIGNS: WarningKey[] = [
  "WRONG_VISA",
  "NO_LICENSED_AGENCY",
  "MORATORIUM",
  "FEES_UPFRONT",
  "SOCIAL_MEDIA_BROKER",
  "MISSING_PAPERS",
  "SHELTER",
  "LPK_PLACEMENT",
  "DATA_MISMATCH",
  "ONLINE_SCAM",
];

/**
 * The documents, fees, steps and warnings for one applicant.
 * `officeRequiresDisnaker` is the chosen office's setting, or null when no office was chosen.
 */
export function buildChecklist(input: ChecklistInput, officeRequiresDisnaker: boolean | null = null): Checklist {
  const minor = input.age < ADULT_ID_AGE;
  const work = input.purpose === "WORK";

  const documents: DocumentKey[] = minor
    ? ["PARENTS_EKTP", "KK", "BIRTH_CERTIFICATE", "PARENT_PRESENT"]
    : ["EKTP", "KK", "CIVIL_RECORD_ONE_OF"];
  if (input.application === "REPLACEMENT") documents.push("OLD_PASSPORT");

  let disnaker: DisnakerRule | null = null;
  if (work) {
    documents.push(...PMI_DOCUMENTS);
    disnaker = officeRequiresDisnaker === null ? "ASK_OFFICE" : officeRequiresDisnaker ? "REQUIRED" : "NOT_REQUIRED";
    if (disnaker !== "NOT_REQUIRED") documents.push("DISNAKER_RECOMMENDATION");
  }

  // A migrant worker's 5-year passport is free under the ministry's rules; an under-age applicant cannot be
  // a migrant worker, so the ordinary fees apply and the warning explains why.
  const pmiFee = work && input.age >= MIN_PMI_AGE;
  const prefix = input.type === "ELECTRONIC" ? "E_PASSPORT" : "ORDINARY";
  const feeCodes = pmiFee ? ["PMI_5Y"] : [`${prefix}_5Y`, `${prefix}_10Y`];

  const mpasporSteps: StepKey[] = [
    "REGISTER",
    "CHOOSE_SERVICE_OFFICE",
    input.type === "ELECTRONIC" ? "CHOOSE_ELECTRONIC" : "CHOOSE_ORDINARY",
    minor ? "UPLOAD_EKTP_PARENT" : "UPLOAD_EKTP",
    input.application === "REPLACEMENT" ? "PREVIOUS_PASSPORT_YES" : "PREVIOUS_PASSPORT_NO",
    `PURPOSE_${input.purpose}`,
    "UPLOAD_KK_BIRTH",
    "PICK_DATE",
    "PAY_BILLING",
    minor ? "ATTEND_WITH_PARENT" : "ATTEND_OFFICE",
  ];

  const procedureSteps: ProcedureKey[] = work
    ? [
        "CHECK_AGENCY",
        "VILLAGE_INFORMATION",
        "FAMILY_CONSENT",
        "TRAINING_HEALTH",
        "REGISTER_SISKOP2MI",
        "CONTRACT_VISA",
        "SOCIAL_SECURITY",
        "DEPART_REPORT",
      ]
    : [];

  const warnings: WarningKey[] = [];
  if (work) {
    if (input.age < MIN_PMI_AGE) warnings.push("UNDER_AGE_WORK");
    warnings.push(...TRAFFICKING_SIGNS, "INTERVIEW");
  } else {
    // Leaving on a tourist, visit or umrah passport purpose and then working is the main non-procedural route.
    warnings.push("TOURISM_PURPOSE_FOR_WORK");
  }

  return {
    documents,
    feeCodes,
    optionalFeeCodes: ["SAME_DAY_SURCHARGE"],
    mpasporSteps,
    procedureSteps,
    warnings,
    disnaker,
  };
}
