import { describe, expect, it } from "vitest";
import { registerCandidateSchema } from "@/lib/candidates/schema";
import { composeNik } from "@/lib/identity/nik";

const today = new Date("2026-12-01T00:00:00Z");

function form(overrides: Record<string, string> = {}) {
  return {
    nik: composeNik("630215", new Date("1998-03-04T00:00:00Z"), "FEMALE", 1),
    name: "Siti Aminah",
    sex: "FEMALE",
    birthDate: "1998-03-04",
    education: "SMA",
    destinationCountry: "MY",
    jobSector: "PLANTATION",
    placementChannel: "G2G",
    plannedVisa: "WORK",
    recruitmentSource: "GOVERNMENT",
    feeArrangement: "NONE_ASKED",
    consentMethod: "WRITTEN",
    consentConfirmed: "on",
    ...overrides,
  };
}

const fieldsOf = (result: ReturnType<ReturnType<typeof registerCandidateSchema>["safeParse"]>) =>
  result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);

describe("CPMI form rules", () => {
  it("answers a birth date in the future with that message alone, not also the under-18 consent rule", () => {
    expect(fieldsOf(registerCandidateSchema(today).safeParse(form({ birthDate: "2027-01-01" })))).toEqual(["birthDate:candidate.birthDate.future"]);
  });

  it("still asks for parental consent under 18 (UU 18/2017 Pasal 5 huruf a)", () => {
    expect(fieldsOf(registerCandidateSchema(today).safeParse(form({ birthDate: "2010-05-05" })))).toEqual([
      "consentMethod:candidate.consentMethod.parentalRequired",
    ]);
  });

  it("takes the employer as not known when the field is left empty, and refuses an unknown kind", () => {
    const parsed = registerCandidateSchema(today).parse(form({ employerType: "" }));
    expect(parsed.employerType).toBe("UNKNOWN");
    expect(fieldsOf(registerCandidateSchema(today).safeParse(form({ employerType: "PIRATE" })))).toEqual(["employerType:candidate.employerType.required"]);
  });

  it.each(["COMPANY_OWN_WORKERS", "SPSK", "MANDIRI"])("accepts the placement channel %s", (placementChannel) => {
    expect(registerCandidateSchema(today).safeParse(form({ placementChannel })).success).toBe(true);
  });
});
