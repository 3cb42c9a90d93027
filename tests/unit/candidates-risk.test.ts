import { describe, expect, it } from "vitest";
import { computeRiskFlags, riskCodes, riskFlagText, RISK_CODES, type RiskInput } from "@/lib/candidates/risk";
import { composeNik } from "@/lib/identity/nik";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const today = day("2026-11-28");
const context = { moratoriumCountries: ["SA", "AE", "QA"], today };

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

  it.each(["INDEPENDENT", "UNKNOWN"])("flags the %s channel as neither licensed P3MI nor G2G", (placementChannel) => {
    expect(codes(clean({ placementChannel }))).toEqual(["NO_LICENSED_CHANNEL"]);
  });

  it("accepts a government (G2G) scheme", () => {
    expect(codes(clean({ placementChannel: "G2G" }))).toEqual([]);
  });

  it("flags domestic work in a moratorium country, from the list it is given", () => {
    expect(codes(clean({ destinationCountry: "SA", jobSector: "DOMESTIC_WORKER" }))).toEqual(["MORATORIUM"]);
    expect(codes(clean({ destinationCountry: "SA", jobSector: "CONSTRUCTION" }))).toEqual([]);
    expect(codes(clean({ destinationCountry: "MY", jobSector: "DOMESTIC_WORKER" }))).toEqual([]);
    expect(
      riskCodes(computeRiskFlags(clean({ destinationCountry: "SA", jobSector: "DOMESTIC_WORKER" }), { ...context, moratoriumCountries: [] })),
    ).toEqual([]);
  });

  it.each(["VISIT", "TOURIST", "UMRAH_HAJJ"])("flags working on a %s visa", (plannedVisa) => {
    expect(codes(clean({ plannedVisa }))).toEqual(["NON_WORK_VISA"]);
  });

  it("does not flag a work visa or one not yet known", () => {
    expect(codes(clean({ plannedVisa: "UNKNOWN" }))).toEqual([]);
  });

  it("flags upfront fees and the all-costs-covered promise", () => {
    expect(codes(clean({ feeArrangement: "UPFRONT_FEE" }))).toEqual(["UPFRONT_FEE"]);
    expect(codes(clean({ feeArrangement: "ALL_COSTS_COVERED" }))).toEqual(["ALL_COSTS_COVERED"]);
    expect(codes(clean({ feeArrangement: "SALARY_DEDUCTION" }))).toEqual([]);
  });

  it.each(["SOCIAL_MEDIA", "BROKER"])("flags recruitment through %s", (recruitmentSource) => {
    expect(codes(clean({ recruitmentSource }))).toEqual(["INFORMAL_RECRUITER"]);
  });

  it("flags a training centre that also places workers", () => {
    expect(codes(clean({ recruitmentSource: "LPK" }))).toEqual(["LPK_PLACEMENT"]);
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

  it("flags a birth date or sex that disagrees with the NIK", () => {
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
      "UPFRONT_FEE",
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
      }
    }
  });
});
