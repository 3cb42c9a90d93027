import type { Locale } from "@/lib/platform/i18n/locale";
import { riskMessages } from "@/lib/platform/i18n/messages/risk";
import { addDays, ageOn } from "./dates";
import { nikMismatches, parseNik } from "@/lib/identity/nik";

// The trafficking warning signs of a CPMI record (domain.md, "Warning signs"). One pure module: the commands
// store its codes on every write, pages explain them with their legal source, the demo seed, the daily
// refresh job and the office views reuse it. Values that change by decree (moratorium countries and dates,
// zero-cost jobs) come in as data.

/**
 * Raised whenever a rule changes meaning: records computed with an older version are re-flagged by the daily
 * refresh job (Candidate.riskRulesVersion; the migration of the change sets the column's default to this).
 */
export const RISK_RULES_VERSION = 2;

/** WARNING: a sign of trafficking or non-procedural placement. REVIEW: milder, ask and check first. */
export type RiskLevel = "WARNING" | "REVIEW";

type Rule = {
  level: RiskLevel;
  /** The regulation and article the rule rests on, shown beside the reason. */
  source: string;
  applies: (candidate: RiskInput, context: RiskContext) => boolean | string[];
};

/** Jobs in a household: the ones an individual employer hires (Kepmenaker 260/2015). */
export const HOUSEHOLD_JOBS: ReadonlySet<string> = new Set([
  "DOMESTIC_WORKER",
  "CAREGIVER",
  "BABYSITTER",
  "COOK",
  "DRIVER",
  "GARDENER",
  "CLEANER",
]);

/** UU 18/2017 Pasal 49 and 61, and SPSK (Kepmenaker 291/2018): the legal placement channels. */
const LEGAL_CHANNELS = new Set(["G2G", "P3MI", "COMPANY_OWN_WORKERS", "SPSK"]);

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

export type RiskInput = {
  nik: string;
  sex: "MALE" | "FEMALE";
  birthDate: Date;
  destinationCountry: string;
  jobSector: string;
  placementChannel: string;
  employerType: string;
  plannedVisa: string;
  recruitmentSource: string;
  feeArrangement: string;
  heldInShelter: boolean;
  onlineJobOffer: boolean;
  plannedDeparture?: Date | null;
} & Record<DepartureDocument, boolean>;

export type RiskReference = {
  /** MoratoriumCountry rows: the country and the day its moratorium applies from. */
  moratorium: readonly { countryCode: string; inForceSince: Date }[];
  /** ZeroCostJob rows: jobs whose placement costs the worker may not be charged. */
  zeroCostJobs: readonly string[];
};

export type RiskContext = RiskReference & {
  /** The calendar day in the village's time zone, as UTC midnight. */
  today: Date;
};

function inMoratorium(candidate: RiskInput, { moratorium, today }: RiskContext): boolean {
  return (
    HOUSEHOLD_JOBS.has(candidate.jobSector) &&
    // SPSK places domestic workers with a Saudi company (syarikah), not with a household.
    candidate.placementChannel !== "SPSK" &&
    moratorium.some((m) => m.countryCode === candidate.destinationCountry && m.inForceSince <= today)
  );
}

const zeroCost = (candidate: RiskInput, context: RiskContext) => context.zeroCostJobs.includes(candidate.jobSector);

/** The rules, in the order their codes are stored. */
const RULES = {
  UNDER_18: {
    level: "WARNING",
    source: "UU 18/2017 Pasal 5 huruf a",
    applies: (c, { today }) => ageOn(c.birthDate, today) < 18,
  },
  NO_LICENSED_CHANNEL: {
    level: "WARNING",
    source: "UU 18/2017 Pasal 49",
    applies: (c) => !LEGAL_CHANNELS.has(c.placementChannel) && c.placementChannel !== "MANDIRI",
  },
  INDIVIDUAL_PLACEMENT: {
    level: "REVIEW",
    source: "UU 18/2017 Pasal 49",
    applies: (c) => c.placementChannel === "MANDIRI",
  },
  MORATORIUM: {
    level: "WARNING",
    source: "Kepmenaker 260/2015",
    applies: (c, context) => c.employerType === "INDIVIDUAL" && inMoratorium(c, context),
  },
  MORATORIUM_EMPLOYER_UNKNOWN: {
    level: "REVIEW",
    source: "Kepmenaker 260/2015",
    applies: (c, context) => c.employerType === "UNKNOWN" && inMoratorium(c, context),
  },
  NON_WORK_VISA: {
    level: "WARNING",
    source: "UU 18/2017 Pasal 13 huruf f",
    applies: (c) => ["VISIT", "TOURIST", "UMRAH_HAJJ"].includes(c.plannedVisa),
  },
  UPFRONT_FEE: {
    level: "WARNING",
    source: "UU 18/2017 Pasal 30",
    applies: (c, context) => c.feeArrangement === "UPFRONT_FEE" && !zeroCost(c, context),
  },
  ZERO_COST_JOB_FEE: {
    level: "WARNING",
    source: "Perban BP2MI 9/2020; UU 18/2017 Pasal 30",
    applies: (c, context) => c.feeArrangement === "UPFRONT_FEE" && zeroCost(c, context),
  },
  SALARY_DEDUCTION_LOAN: {
    level: "WARNING",
    source: "Perban BP2MI 9/2020; UU 18/2017 Pasal 30",
    applies: (c) => c.feeArrangement === "SALARY_DEDUCTION",
  },
  ALL_COSTS_COVERED: {
    // In a zero-cost job "all costs covered" is the legal norm; elsewhere, ask how the costs are paid back.
    level: "REVIEW",
    source: "UU 18/2017 Pasal 30",
    applies: (c, context) => c.feeArrangement === "ALL_COSTS_COVERED" && !zeroCost(c, context),
  },
  INFORMAL_RECRUITER: {
    level: "WARNING",
    source: "UU 18/2017 Pasal 81",
    applies: (c) => c.recruitmentSource === "SOCIAL_MEDIA" || c.recruitmentSource === "BROKER",
  },
  LPK_PLACEMENT: {
    level: "WARNING",
    source: "UU 18/2017 Pasal 49",
    applies: (c) => c.recruitmentSource === "LPK",
  },
  MISSING_DOCUMENTS: {
    level: "WARNING",
    source: "UU 18/2017 Pasal 5 huruf d, Pasal 13",
    applies: (c, { today }) => {
      if (!c.plannedDeparture || c.plannedDeparture > addDays(today, DEPARTURE_WINDOW_DAYS)) return false;
      return DEPARTURE_DOCUMENTS.filter((doc) => !c[doc]);
    },
  },
  HELD_IN_SHELTER: {
    level: "WARNING",
    source: "UU 21/2007 Pasal 1 angka 1",
    applies: (c) => c.heldInShelter,
  },
  ONLINE_JOB_OFFER: {
    level: "WARNING",
    source: "UU 21/2007 Pasal 4",
    applies: (c) => c.onlineJobOffer,
  },
  DATA_MISMATCH: {
    // A corrected birth date may keep the old NIK (the NIK is for life): a check, not an accusation.
    level: "REVIEW",
    source: "UU 24/2013 Pasal 13",
    applies: (c) => {
      const parsed = parseNik(c.nik);
      return parsed.ok ? nikMismatches(parsed.nik, c) : false;
    },
  },
} satisfies Record<string, Rule>;

export type RiskCode = keyof typeof RULES;
export const RISK_CODES = Object.keys(RULES) as RiskCode[];

export type RiskFlag = {
  code: RiskCode;
  /** For MISSING_DOCUMENTS: which documents; for DATA_MISMATCH: which entered facts disagree with the NIK. */
  details?: string[];
};

export function computeRiskFlags(candidate: RiskInput, context: RiskContext): RiskFlag[] {
  const flags: RiskFlag[] = [];
  for (const code of RISK_CODES) {
    const result = (RULES[code] as Rule).applies(candidate, context);
    if (Array.isArray(result)) {
      if (result.length) flags.push({ code, details: result });
    } else if (result) flags.push({ code });
  }
  return flags;
}

/** The codes as stored on Candidate.riskFlags. */
export function riskCodes(flags: RiskFlag[]): RiskCode[] {
  return flags.map((f) => f.code);
}

export function isRiskCode(value: string): value is RiskCode {
  return Object.hasOwn(RULES, value);
}

export function riskLevel(code: RiskCode): RiskLevel {
  return RULES[code].level as RiskLevel;
}

/** What a flag means, what to do, and the rule it rests on, in plain language. */
export function riskFlagText(
  code: RiskCode,
  locale: Locale,
): { label: string; reason: string; advice: string; source: string; level: RiskLevel } {
  const t = riskMessages(locale);
  return {
    label: t[`${code}.label`],
    reason: t[`${code}.reason`],
    advice: t[`${code}.advice`],
    source: RULES[code].source,
    level: riskLevel(code),
  };
}

/** Stored codes as their labels in the reader's language (lists, CSV, XLSX); unknown codes are left out. */
export function riskLabels(codes: readonly string[], locale: Locale): string[] {
  return codes.filter(isRiskCode).map((code) => riskFlagText(code, locale).label);
}
