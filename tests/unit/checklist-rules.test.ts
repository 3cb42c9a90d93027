import { describe, expect, it } from "vitest";
import { buildChecklist, type OfficePassportSettings } from "@/lib/checklist/rules";
import { APPLICATIONS, checklistInput, PASSPORT_TYPES, PURPOSES, type ChecklistInput } from "@/lib/checklist/schema";
import { PASSPORT_FEES } from "@/lib/reference-data/defaults";

const today = new Date("2026-12-01T00:00:00Z");
const base: ChecklistInput = { purpose: "TOURISM", application: "FIRST", age: 30, type: "ORDINARY" };
const check = (input: Partial<ChecklistInput>, office: OfficePassportSettings | null = null) =>
  buildChecklist({ ...base, ...input }, office, today);
/** The amounts the seeded fee data gives the codes of a result. */
const amounts = (codes: string[]) => codes.map((code) => PASSPORT_FEES.find((f) => f.code === code)?.amount);
const AFTER_PASSPORT = ["WORK_VISA", "PLACEMENT_AGREEMENT", "EMPLOYMENT_CONTRACT"];
const office = (settings: Partial<OfficePassportSettings> = {}): OfficePassportSettings => ({
  requiresDisnakerRecommendation: false,
  electronicOnlySince: null,
  ...settings,
});

describe("fees (PP 45/2024)", () => {
  it.each([
    // [row, input, fee codes, amounts]
    ["PP 45/2024 Pasal 5(1), Permenkumham 9/2020: worker + replacement + e-passport pays the normal e-passport fee", { purpose: "WORK", application: "REPLACEMENT", type: "ELECTRONIC", age: 30 }, ["E_PASSPORT_5Y", "E_PASSPORT_10Y"], [650_000, 950_000]],
    ["PP 45/2024 Pasal 5(1): worker + first + ordinary + 24 pays Rp0", { purpose: "WORK", application: "FIRST", type: "ORDINARY", age: 24 }, ["PMI_FIRST_ORDINARY"], [0]],
    ["PP 45/2024 Pasal 5(1): worker + first + e-passport pays the normal fee", { purpose: "WORK", application: "FIRST", type: "ELECTRONIC", age: 24 }, ["E_PASSPORT_5Y", "E_PASSPORT_10Y"], [650_000, 950_000]],
    ["PP 45/2024 Pasal 5(1), UU 18/2017 Pasal 5 huruf a: worker + first + 17 pays the normal fee", { purpose: "WORK", application: "FIRST", type: "ORDINARY", age: 17 }, ["ORDINARY_5Y", "ORDINARY_10Y"], [350_000, 650_000]],
    ["PP 45/2024: tourist, ordinary, adult", { application: "FIRST", type: "ORDINARY", age: 30 }, ["ORDINARY_5Y", "ORDINARY_10Y"], [350_000, 650_000]],
  ] as const)("%s", (_row, input, codes, rupiah) => {
    const result = check(input);
    expect(result.feeCodes).toEqual(codes);
    expect(amounts(result.feeCodes)).toEqual(rupiah);
  });

  it("UU 18/2017 Pasal 5 huruf a: worker + first + 17 gets the under-age warning first", () => {
    expect(check({ purpose: "WORK", age: 17 }).warnings[0]).toBe("UNDER_AGE_WORK");
  });

  it("PP 45/2024 Pasal 5(1): the free passport is explained, and a replacement says it is not free", () => {
    expect(check({ purpose: "WORK", age: 24 }).notes).toContain("PMI_FREE_FIRST_ORDINARY");
    expect(check({ purpose: "WORK", age: 24, application: "REPLACEMENT" }).notes).toContain("PMI_FREE_NOT_FOR_REPLACEMENT");
    expect(check({ purpose: "WORK", age: 24, type: "ELECTRONIC" }).notes).toContain("PMI_FREE_CHOOSE_ORDINARY");
  });

  it("PP 45/2024: the same-day surcharge is optional for everyone", () => {
    expect(check({}).optionalFeeCodes).toEqual(["SAME_DAY_SURCHARGE"]);
  });
});

describe("validity (Permenkumham 18/2022: 10 years from 17 or married)", () => {
  it.each([
    ["Permenkumham 18/2022: tourism + 10 years old gets 5 years only", { age: 10 }, ["5Y"], ["ORDINARY_5Y"]],
    ["Permenkumham 18/2022: 16 and married gets 10 years offered", { age: 16, married: "YES" }, ["5Y", "10Y"], ["ORDINARY_5Y", "ORDINARY_10Y"]],
    ["Permenkumham 18/2022: 16 and unmarried gets 5 years only", { age: 16, married: "NO" }, ["5Y"], ["ORDINARY_5Y"]],
    ["Permenkumham 18/2022: 17 gets 10 years offered", { age: 17 }, ["5Y", "10Y"], ["ORDINARY_5Y", "ORDINARY_10Y"]],
    ["Permenkumham 18/2022: a child's e-passport is 5 years only", { age: 8, type: "ELECTRONIC" }, ["5Y"], ["E_PASSPORT_5Y"]],
  ] as const)("%s", (_row, input, validities, codes) => {
    const result = check(input);
    expect(result.validities).toEqual(validities);
    expect(result.feeCodes).toEqual(codes);
    expect(result.notes.includes("TEN_YEARS_ADULT_ONLY")).toBe(validities.length === 1);
  });
});

describe("documents (Permenkumham 8/2014; UU 18/2017 Pasal 13)", () => {
  it("Permenkumham 8/2014: an adult's first passport needs e-KTP, KK and one civil record", () => {
    expect(check({}).documents).toEqual(["EKTP", "KK", "CIVIL_RECORD_ONE_OF"]);
  });

  it("Permenkumham 8/2014: a child needs the parents' papers, their marriage certificate, a statement signed by both and their passports; both parents attend", () => {
    const child = check({ age: 10 });
    expect(child.documents).toEqual(["PARENTS_EKTP", "KK", "BIRTH_CERTIFICATE", "PARENTS_MARRIAGE_CERTIFICATE", "PARENTS_STATEMENT", "PARENTS_PASSPORTS"]);
    expect(child.notes).toContain("CHILD_BOTH_PARENTS");
    expect(child.steps).toContain("UPLOAD_EKTP_PARENT");
    expect(child.steps.at(-1)).toBe("ATTEND_WITH_PARENT");
    expect(check({ age: 16, married: "YES" }).documents).toEqual(["EKTP", "KK", "CIVIL_RECORD_ONE_OF"]);
  });

  it("Permenkumham 8/2014: under 5 may use the priority walk-in service", () => {
    expect(check({ age: 3 }).notes).toContain("PRIORITY_WALK_IN");
    expect(check({ age: 5 }).notes).not.toContain("PRIORITY_WALK_IN");
  });

  it("Permenkumham 8/2014: replacing an expired passport needs e-KTP and the old passport, the rest only if the old one differs", () => {
    const result = check({ application: "REPLACEMENT" });
    expect(result.documents).toEqual(["EKTP", "OLD_PASSPORT"]);
    expect(result.documentsIfOldDiffers).toEqual(["KK", "CIVIL_RECORD_ONE_OF"]);
    expect(result.steps).toContain("PREVIOUS_PASSPORT_YES");
    expect(result.service).toBe("M_PASPOR");
  });

  it("Permenkumham 8/2014: a lost passport shows the walk-in path with its examination and Rp1.000.000 fine", () => {
    const lost = check({ application: "LOST" });
    expect(lost.service).toBe("WALK_IN");
    expect(lost.steps).toEqual(["WALK_IN_OFFICE", "WALK_IN_EXAMINATION", "WALK_IN_PAY", "ATTEND_OFFICE"]);
    expect(lost.steps).not.toContain("REGISTER");
    expect(lost.fineCode).toBe("LOST_FINE");
    expect(amounts([lost.fineCode!])).toEqual([1_000_000]);
    expect(lost.notes).toContain("LOST_DAMAGED_WALK_IN");
    expect(lost.feeCodes).toEqual(["ORDINARY_5Y", "ORDINARY_10Y"]);
  });

  it("Permenkumham 8/2014: a damaged passport is walk-in too, brings the damaged passport and pays Rp500.000", () => {
    const damaged = check({ application: "DAMAGED" });
    expect(damaged.service).toBe("WALK_IN");
    expect(damaged.documents).toContain("DAMAGED_PASSPORT");
    expect(amounts([damaged.fineCode!])).toEqual([500_000]);
  });

  it("UU 18/2017 Pasal 13: documents that exist only after the passport are never listed to bring", () => {
    for (const application of APPLICATIONS)
      for (const age of [15, 24]) {
        const result = check({ purpose: "WORK", application, age });
        for (const doc of AFTER_PASSPORT) {
          expect(result.documents).not.toContain(doc);
          expect(result.placementDocuments).not.toContain(doc);
        }
      }
    expect(check({ purpose: "WORK", age: 24 }).placementDocuments).toEqual([
      "MARITAL_STATUS_LETTER",
      "FAMILY_CONSENT",
      "COMPETENCE_CERTIFICATE",
      "HEALTH_CERTIFICATE",
      "SOCIAL_SECURITY",
    ]);
    expect(check({ purpose: "WORK", age: 24 }).documents).not.toContain("FAMILY_CONSENT");
  });
});

describe("office settings", () => {
  it("SE Dirjen Imigrasi IMI-263.GR.01.02/2024: an e-passport-only office shows no ordinary option", () => {
    const eOnly = office({ electronicOnlySince: new Date("2025-07-01T00:00:00Z") });
    const result = check({ type: "ORDINARY" }, eOnly);
    expect(result.passportTypes).toEqual(["ELECTRONIC"]);
    expect(result.type).toBe("ELECTRONIC");
    expect(result.feeCodes.some((code) => code.startsWith("ORDINARY"))).toBe(false);
    expect(result.steps).toContain("CHOOSE_ELECTRONIC");
    expect(result.notes).toContain("ELECTRONIC_ONLY_OFFICE");
  });

  it("SE Dirjen Imigrasi IMI-263.GR.01.02/2024, PP 45/2024 Pasal 5(1): at an e-passport-only office the worker is told plainly, no Rp0 is guessed", () => {
    const result = check({ purpose: "WORK", age: 24, type: "ORDINARY" }, office({ electronicOnlySince: new Date("2025-07-01T00:00:00Z") }));
    expect(result.feeCodes).toEqual(["E_PASSPORT_5Y", "E_PASSPORT_10Y"]);
    expect(result.notes).toContain("PMI_FREE_ELECTRONIC_ONLY_OFFICE");
    expect(result.notes).not.toContain("PMI_FREE_FIRST_ORDINARY");
  });

  it("SE Dirjen Imigrasi IMI-263.GR.01.02/2024: before its date the office still offers both kinds", () => {
    const later = office({ electronicOnlySince: new Date("2027-01-01T00:00:00Z") });
    expect(check({}, later).passportTypes).toEqual(["ORDINARY", "ELECTRONIC"]);
    expect(check({}, later).feeCodes).toEqual(["ORDINARY_5Y", "ORDINARY_10Y"]);
  });

  it("SE IMI-GR.01.01-0252 (2023): the Disnaker letter follows the chosen office, or is to be asked", () => {
    expect(check({ purpose: "WORK" }).disnaker).toBe("ASK_OFFICE");
    const required = check({ purpose: "WORK" }, office({ requiresDisnakerRecommendation: true }));
    expect(required.disnaker).toBe("REQUIRED");
    expect(required.documents).toContain("DISNAKER_RECOMMENDATION");
    const notRequired = check({ purpose: "WORK" }, office());
    expect(notRequired.disnaker).toBe("NOT_REQUIRED");
    expect(notRequired.documents).not.toContain("DISNAKER_RECOMMENDATION");
    expect(check({}).disnaker).toBeNull();
  });
});

describe("steps and warnings", () => {
  it("gives an adult tourist the M-Paspor steps and the purpose warning", () => {
    const result = check({});
    expect(result.steps).toEqual([
      "REGISTER",
      "CHOOSE_SERVICE_OFFICE",
      "CHOOSE_ORDINARY",
      "UPLOAD_EKTP",
      "PREVIOUS_PASSPORT_NO",
      "PURPOSE_TOURISM",
      "UPLOAD_KK_BIRTH",
      "PICK_DATE",
      "PAY_BILLING",
      "ATTEND_OFFICE",
    ]);
    expect(result.procedureSteps).toEqual([]);
    expect(result.warnings).toEqual(["TOURISM_PURPOSE_FOR_WORK"]);
  });

  it("UU 18/2017: a worker gets the procedure and the warning signs, including salary-deduction loans", () => {
    const result = check({ purpose: "WORK", age: 24 });
    expect(result.procedureSteps[0]).toBe("CHECK_AGENCY");
    expect(result.warnings).toEqual(expect.arrayContaining(["WRONG_VISA", "NO_LICENSED_AGENCY", "MORATORIUM", "SALARY_DEDUCTION", "LPK_PLACEMENT", "INTERVIEW"]));
    expect(result.warnings).not.toContain("UNDER_AGE_WORK");
  });

  it("answers every combination of purpose, application, type and age band without gaps", () => {
    for (const purpose of PURPOSES)
      for (const application of APPLICATIONS)
        for (const type of PASSPORT_TYPES)
          for (const age of [3, 16, 17, 18, 40, 70]) {
            const result = buildChecklist({ purpose, application, type, age }, null, today);
            expect(result.documents.length).toBeGreaterThanOrEqual(2);
            expect(result.feeCodes.length).toBeGreaterThanOrEqual(1);
            expect(result.steps.length).toBe(result.service === "WALK_IN" ? 4 : 10);
            expect(new Set(result.documents).size).toBe(result.documents.length);
            expect(result.warnings.length).toBeGreaterThanOrEqual(1);
            expect(result.procedureSteps.length > 0).toBe(purpose === "WORK");
            expect(result.fineCode !== null).toBe(application === "LOST" || application === "DAMAGED");
          }
  });
});

describe("checklist input", () => {
  it("reads answers from the query string and rejects bad ones with message keys", () => {
    expect(checklistInput.parse({ purpose: "WORK", application: "LOST", age: "21", type: "ORDINARY", married: "NO" }).age).toBe(21);
    const bad = checklistInput.safeParse({ purpose: "SMUGGLING", application: "FIRST", age: "-3", type: "X", married: "MAYBE" });
    expect(bad.success).toBe(false);
    const messages = Object.fromEntries(bad.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({ purpose: "purposeRequired", age: "ageInvalid", type: "typeRequired", married: "marriedInvalid" });
    expect(checklistInput.safeParse({ purpose: "WORK", application: "FIRST", age: "abc", type: "ORDINARY" }).error?.issues[0].message).toBe(
      "ageInvalid",
    );
  });
});
