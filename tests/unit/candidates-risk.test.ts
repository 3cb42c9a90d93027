import { describe, expect, it } from "vitest";
import { computeRiskFlags, riskCodes, riskFlagText, riskLabels, RISK_CODES, type RiskContext, type RiskInput } from "@/lib/candidates/risk";
import { composeNik } from "@/lib/identity/nik";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const today = day("2026-11-28");
const since2015 = day("2015-07-01");
const context: RiskContext = {
  moratorium: [
    { countryCode: "SA", inForceSince: since2015 },
    { countryCode: "AE", inForceSince: since2015 },
    { countryCode: "QA", inForceSince: since2015 },
  ],
  zeroCostJobs: ["DOMESTIC_WORKER", "CAREGIVER", "BABYSITTER", "COOK", "DRIVER", "GARDENER", "CLEANER", "PLANTATION", "FISHERY"],
  today,
};

/** A candidate with no warning sign at all. */
function clean(overrides: Partial<RiskInput> = {}): RiskInput {
  const birthDate = day("1998-03-04");
  return {
    nik: composeNik("630215", birthDate, "FEMALE", 1),
    sex: "FEMALE",
    birthDate,
    destinationCountry: "MY",
    jobSector: "PLANTATION",
    placementChannel: "P3MI",
    employerType: "COMPANY",
    plannedVisa: "WORK",
    recruitmentSource: "P3MI_OFFICE",
    feeArrangement: "NONE_ASKED",
    heldInShelter: false,
    onlineJobOffer: false,
    plannedDeparture: day("2027-06-01"),
    hasEmploymentContract: false,
    hasFamilyConsent: false,
    hasSocialSecurity: false,
    hasHealthCertificate: false,
    ...overrides,
  };
}

const codes = (input: RiskInput) => riskCodes(computeRiskFlags(input, context));

describe("computeRiskFlags", () => {
  it("flags nothing for a procedural candidate", () => {
    expect(codes(clean())).toEqual([]);
  });

  it("flags under 18 up to the day before the 18th birthday in the village's day", () => {
    const birthDate = day("2008-11-29");
    expect(codes(clean({ birthDate, nik: composeNik("630215", birthDate, "FEMALE", 1) }))).toEqual(["UNDER_18"]);
    const adult = day("2008-11-28");
    expect(codes(clean({ birthDate: adult, nik: composeNik("630215", adult, "FEMALE", 1) }))).toEqual([]);
  });

  it("flags a channel not known to be legal (UU 18/2017 Pasal 49)", () => {
    expect(codes(clean({ placementChannel: "UNKNOWN" }))).toEqual(["NO_LICENSED_CHANNEL"]);
  });

  it.each(["G2G", "P3MI", "COMPANY_OWN_WORKERS", "SPSK"])("accepts the legal channel %s (UU 18/2017 Pasal 49, 61; Kepmenaker 291/2018)", (placementChannel) => {
    expect(codes(clean({ placementChannel }))).toEqual([]);
  });

  it("marks individual (mandiri) placement for review, not as illegal (UU 18/2017 Pasal 49, legality unverified)", () => {
    const flags = codes(clean({ placementChannel: "MANDIRI" }));
    expect(flags).toEqual(["INDIVIDUAL_PLACEMENT"]);
    expect(riskFlagText("INDIVIDUAL_PLACEMENT", "id").level).toBe("REVIEW");
    expect(riskFlagText("NO_LICENSED_CHANNEL", "id").level).toBe("WARNING");
  });

  it("does not flag a company posting its own staff abroad (UU 18/2017 Pasal 61)", () => {
    expect(codes(clean({ placementChannel: "COMPANY_OWN_WORKERS", jobSector: "MANUFACTURING", destinationCountry: "JP" }))).toEqual([]);
  });

  it("does not flag a domestic worker to Malaysia via P3MI with costs covered (Perban BP2MI 9/2020: zero-cost job)", () => {
    expect(codes(clean({ jobSector: "DOMESTIC_WORKER", destinationCountry: "MY", feeArrangement: "ALL_COSTS_COVERED", employerType: "INDIVIDUAL" }))).toEqual([]);
  });

  it("flags the same domestic worker with a loan repaid by salary deductions (Perban BP2MI 9/2020; UU 18/2017 Pasal 30)", () => {
    expect(codes(clean({ jobSector: "DOMESTIC_WORKER", destinationCountry: "MY", feeArrangement: "SALARY_DEDUCTION", employerType: "INDIVIDUAL" }))).toEqual([
      "SALARY_DEDUCTION_LOAN",
    ]);
  });

  it("flags fees asked in a zero-cost job, and upfront fees elsewhere (Perban BP2MI 9/2020; UU 18/2017 Pasal 30)", () => {
    expect(codes(clean({ jobSector: "CAREGIVER", feeArrangement: "UPFRONT_FEE" }))).toEqual(["ZERO_COST_JOB_FEE"]);
    expect(codes(clean({ jobSector: "MANUFACTURING", feeArrangement: "UPFRONT_FEE" }))).toEqual(["UPFRONT_FEE"]);
  });

  it("reads the zero-cost jobs from the data it is given (Perban BP2MI 9/2020)", () => {
    const without = { ...context, zeroCostJobs: [] };
    expect(riskCodes(computeRiskFlags(clean({ jobSector: "CAREGIVER", feeArrangement: "UPFRONT_FEE" }), without))).toEqual(["UPFRONT_FEE"]);
  });

  it("asks to review \"all costs covered\" outside the zero-cost jobs (UU 18/2017 Pasal 30)", () => {
    expect(codes(clean({ jobSector: "MANUFACTURING", feeArrangement: "ALL_COSTS_COVERED" }))).toEqual(["ALL_COSTS_COVERED"]);
    expect(riskFlagText("ALL_COSTS_COVERED", "en").level).toBe("REVIEW");
  });

  it("does not flag SPSK to Saudi Arabia as a moratorium breach (Kepmenaker 291/2018)", () => {
    expect(codes(clean({ placementChannel: "SPSK", destinationCountry: "SA", jobSector: "DOMESTIC_WORKER", employerType: "COMPANY" }))).toEqual([]);
    expect(codes(clean({ placementChannel: "SPSK", destinationCountry: "SA", jobSector: "DOMESTIC_WORKER", employerType: "INDIVIDUAL" }))).toEqual([]);
  });

  it("flags an individual employer for a domestic worker in Saudi Arabia (Kepmenaker 260/2015)", () => {
    expect(codes(clean({ placementChannel: "P3MI", destinationCountry: "SA", jobSector: "DOMESTIC_WORKER", employerType: "INDIVIDUAL" }))).toEqual(["MORATORIUM"]);
  });

  it("applies the moratorium to household jobs with an individual employer only, from each country's date (Kepmenaker 260/2015)", () => {
    const sa = { destinationCountry: "SA", jobSector: "DOMESTIC_WORKER", employerType: "INDIVIDUAL" };
    expect(codes(clean({ ...sa, employerType: "COMPANY" }))).toEqual([]);
    expect(codes(clean({ ...sa, jobSector: "CONSTRUCTION" }))).toEqual([]);
    expect(codes(clean({ ...sa, destinationCountry: "MY" }))).toEqual([]);
    expect(codes(clean({ ...sa, jobSector: "DRIVER" }))).toEqual(["MORATORIUM"]);
    expect(codes(clean({ ...sa, employerType: "UNKNOWN" }))).toEqual(["MORATORIUM_EMPLOYER_UNKNOWN"]);
    const later = { ...context, moratorium: [{ countryCode: "SA", inForceSince: day("2027-01-01") }] };
    expect(riskCodes(computeRiskFlags(clean(sa), later))).toEqual([]);
    expect(riskCodes(computeRiskFlags(clean(sa), { ...context, moratorium: [] }))).toEqual([]);
  });

  it.each(["VISIT", "TOURIST", "UMRAH_HAJJ"])("flags working on a %s visa", (plannedVisa) => {
    expect(codes(clean({ plannedVisa }))).toEqual(["NON_WORK_VISA"]);
  });

  it("does not flag a work visa or one not yet known", () => {
    expect(codes(clean({ plannedVisa: "UNKNOWN" }))).toEqual([]);
  });

  it.each(["SOCIAL_MEDIA", "BROKER"])("flags recruitment through %s", (recruitmentSource) => {
    expect(codes(clean({ recruitmentSource }))).toEqual(["INFORMAL_RECRUITER"]);
  });

  it("flags a training centre without an SO licence that places workers (UU 18/2017 Pasal 49)", () => {
    expect(codes(clean({ recruitmentSource: "LPK" }))).toEqual(["LPK_PLACEMENT"]);
  });

  it("does not flag an LPK-SO sending interns to Japan (Kemnaker Sending Organisation licence)", () => {
    expect(codes(clean({ recruitmentSource: "LPK_SENDING_ORGANISATION", destinationCountry: "JP", jobSector: "MANUFACTURING" }))).toEqual([]);
  });

  it("flags missing documents only within 30 days of departure, naming them", () => {
    expect(codes(clean({ plannedDeparture: day("2026-12-29") }))).toEqual([]);
    const flags = computeRiskFlags(clean({ plannedDeparture: day("2026-12-28"), hasEmploymentContract: true }), context);
    expect(flags).toEqual([
      { code: "MISSING_DOCUMENTS", details: ["hasFamilyConsent", "hasSocialSecurity", "hasHealthCertificate"] },
    ]);
    expect(
      codes(
        clean({
          plannedDeparture: day("2026-12-01"),
          hasEmploymentContract: true,
          hasFamilyConsent: true,
          hasSocialSecurity: true,
          hasHealthCertificate: true,
        }),
      ),
    ).toEqual([]);
    expect(codes(clean({ plannedDeparture: null }))).toEqual([]);
  });

  it("flags a shelter before papers and an online job offer", () => {
    expect(codes(clean({ heldInShelter: true }))).toEqual(["HELD_IN_SHELTER"]);
    expect(codes(clean({ onlineJobOffer: true }))).toEqual(["ONLINE_JOB_OFFER"]);
  });

  it("asks to check a birth date or sex that disagrees with the NIK, as a review (UU 24/2013 Pasal 13: the NIK stays)", () => {
    expect(riskFlagText("DATA_MISMATCH", "id").level).toBe("REVIEW");
    expect(computeRiskFlags(clean({ birthDate: day("1998-03-05") }), context)).toEqual([
      { code: "DATA_MISMATCH", details: ["birthDate"] },
    ]);
    expect(computeRiskFlags(clean({ sex: "MALE" }), context)).toEqual([{ code: "DATA_MISMATCH", details: ["sex"] }]);
  });

  it("reports every sign that applies", () => {
    const birthDate = day("2010-01-01");
    expect(
      codes(
        clean({
          birthDate,
          nik: composeNik("630215", birthDate, "MALE", 3),
          placementChannel: "UNKNOWN",
          destinationCountry: "SA",
          jobSector: "DOMESTIC_WORKER",
          employerType: "INDIVIDUAL",
          plannedVisa: "TOURIST",
          feeArrangement: "UPFRONT_FEE",
          recruitmentSource: "BROKER",
          plannedDeparture: day("2026-12-01"),
          heldInShelter: true,
          onlineJobOffer: true,
        }),
      ),
    ).toEqual([
      "UNDER_18",
      "NO_LICENSED_CHANNEL",
      "MORATORIUM",
      "NON_WORK_VISA",
      "ZERO_COST_JOB_FEE",
      "INFORMAL_RECRUITER",
      "MISSING_DOCUMENTS",
      "HELD_IN_SHELTER",
      "ONLINE_JOB_OFFER",
      "DATA_MISMATCH",
    ]);
  });
});

describe("riskFlagText", () => {
  it("explains every code in both languages", () => {
    for (const code of RISK_CODES) {
      for (const locale of ["id", "en"] as const) {
        const text = riskFlagText(code, locale);
        expect(text.label.length).toBeGreaterThan(3);
        expect(text.reason.length).toBeGreaterThan(20);
        expect(text.advice.length).toBeGreaterThan(20);
        expect(text.source).toMatch(/^(UU|Perban BP2MI|Kepmenaker) \d+\/\d{4}/);
      }
    }
  });
});

describe("riskLabels", () => {
  it("shows stored codes as words in the reader's language, never as codes", () => {
    expect(riskLabels(["SALARY_DEDUCTION_LOAN", "UNDER_18", "RETIRED_CODE"], "id")).toEqual(["Utang dibayar dengan potongan gaji", "Di bawah 18 tahun"]);
    expect(riskLabels(["SALARY_DEDUCTION_LOAN"], "en")).toEqual(["Loan repaid by salary deductions"]);
  });
});
