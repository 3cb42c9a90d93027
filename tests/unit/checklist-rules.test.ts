import { describe, expect, it } from "vitest";
import { buildChecklist } from "@/lib/checklist/rules";
import { APPLICATIONS, checklistInput, PASSPORT_TYPES, PURPOSES, type ChecklistInput } from "@/lib/checklist/schema";

const base: ChecklistInput = { purpose: "TOURISM", application: "FIRST", age: 30, type: "ORDINARY" };
const PMI_DOCS = [
  "MARITAL_STATUS_LETTER",
  "FAMILY_CONSENT",
  "COMPETENCE_CERTIFICATE",
  "HEALTH_CERTIFICATE",
  "SOCIAL_SECURITY",
  "WORK_VISA",
  "PLACEMENT_AGREEMENT",
  "EMPLOYMENT_CONTRACT",
];

describe("checklist rules", () => {
  it("gives an adult tourist the three basic documents, both validities of the chosen type and the M-Paspor steps", () => {
    const result = buildChecklist(base);
    expect(result.documents).toEqual(["EKTP", "KK", "CIVIL_RECORD_ONE_OF"]);
    expect(result.feeCodes).toEqual(["ORDINARY_5Y", "ORDINARY_10Y"]);
    expect(result.optionalFeeCodes).toEqual(["SAME_DAY_SURCHARGE"]);
    expect(result.mpasporSteps).toEqual([
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
    expect(result.disnaker).toBeNull();
  });

  it("uses the e-passport fees and step for an electronic passport", () => {
    const result = buildChecklist({ ...base, type: "ELECTRONIC" });
    expect(result.feeCodes).toEqual(["E_PASSPORT_5Y", "E_PASSPORT_10Y"]);
    expect(result.mpasporSteps).toContain("CHOOSE_ELECTRONIC");
    expect(result.mpasporSteps).not.toContain("CHOOSE_ORDINARY");
  });

  it("asks for the old passport on a replacement", () => {
    const result = buildChecklist({ ...base, application: "REPLACEMENT" });
    expect(result.documents).toContain("OLD_PASSPORT");
    expect(result.mpasporSteps).toContain("PREVIOUS_PASSPORT_YES");
  });

  it("asks for the parents' documents under 17, and not from 17", () => {
    const child = buildChecklist({ ...base, age: 16 });
    expect(child.documents).toEqual(["PARENTS_EKTP", "KK", "BIRTH_CERTIFICATE", "PARENT_PRESENT"]);
    expect(child.mpasporSteps).toContain("UPLOAD_EKTP_PARENT");
    expect(child.mpasporSteps).toContain("ATTEND_WITH_PARENT");
    const seventeen = buildChecklist({ ...base, age: 17 });
    expect(seventeen.documents).toEqual(["EKTP", "KK", "CIVIL_RECORD_ONE_OF"]);
  });

  it.each(["UMRAH_HAJJ", "STUDY"] as const)("states the real purpose %s and warns against working on it", (purpose) => {
    const result = buildChecklist({ ...base, purpose });
    expect(result.mpasporSteps).toContain(`PURPOSE_${purpose}`);
    expect(result.documents).not.toContain("WORK_VISA");
    expect(result.warnings).toEqual(["TOURISM_PURPOSE_FOR_WORK"]);
  });

  it("gives an adult migrant worker the UU 18/2017 documents, the free 5-year passport, the procedure and the warning signs", () => {
    const result = buildChecklist({ ...base, purpose: "WORK", age: 24 });
    expect(result.documents).toEqual(["EKTP", "KK", "CIVIL_RECORD_ONE_OF", ...PMI_DOCS, "DISNAKER_RECOMMENDATION"]);
    expect(result.feeCodes).toEqual(["PMI_5Y"]);
    expect(result.mpasporSteps).toContain("PURPOSE_WORK");
    expect(result.procedureSteps[0]).toBe("CHECK_AGENCY");
    expect(result.procedureSteps).toContain("FAMILY_CONSENT");
    expect(result.warnings).toEqual(
      expect.arrayContaining(["WRONG_VISA", "NO_LICENSED_AGENCY", "MORATORIUM", "FEES_UPFRONT", "SOCIAL_MEDIA_BROKER", "SHELTER", "INTERVIEW"]),
    );
    expect(result.warnings).not.toContain("UNDER_AGE_WORK");
    expect(result.disnaker).toBe("ASK_OFFICE");
  });

  it("follows the chosen office's Disnaker rule", () => {
    const required = buildChecklist({ ...base, purpose: "WORK" }, true);
    expect(required.disnaker).toBe("REQUIRED");
    expect(required.documents).toContain("DISNAKER_RECOMMENDATION");
    const notRequired = buildChecklist({ ...base, purpose: "WORK" }, false);
    expect(notRequired.disnaker).toBe("NOT_REQUIRED");
    expect(notRequired.documents).not.toContain("DISNAKER_RECOMMENDATION");
  });

  it("warns first that someone under 18 cannot work abroad legally, and gives no PMI fee", () => {
    const result = buildChecklist({ ...base, purpose: "WORK", age: 17 });
    expect(result.warnings[0]).toBe("UNDER_AGE_WORK");
    expect(result.feeCodes).toEqual(["ORDINARY_5Y", "ORDINARY_10Y"]);
    const young = buildChecklist({ ...base, purpose: "WORK", age: 15 });
    expect(young.warnings[0]).toBe("UNDER_AGE_WORK");
    expect(young.documents).toContain("PARENTS_EKTP");
  });

  it("answers every combination of purpose, application, type and age band without gaps", () => {
    for (const purpose of PURPOSES)
      for (const application of APPLICATIONS)
        for (const type of PASSPORT_TYPES)
          for (const age of [5, 16, 17, 18, 40, 70]) {
            const result = buildChecklist({ purpose, application, type, age });
            expect(result.documents.length).toBeGreaterThanOrEqual(3);
            expect(result.feeCodes.length).toBeGreaterThanOrEqual(1);
            expect(result.mpasporSteps).toHaveLength(10);
            expect(new Set(result.documents).size).toBe(result.documents.length);
            expect(result.warnings.length).toBeGreaterThanOrEqual(1);
            expect(result.procedureSteps.length > 0).toBe(purpose === "WORK");
          }
  });

  it("reads answers from the query string and rejects bad ones with message keys", () => {
    expect(checklistInput.parse({ purpose: "WORK", application: "FIRST", age: "21", type: "ORDINARY" }).age).toBe(21);
    const bad = checklistInput.safeParse({ purpose: "SMUGGLING", application: "FIRST", age: "-3", type: "X" });
    expect(bad.success).toBe(false);
    const messages = Object.fromEntries(bad.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({ purpose: "purposeRequired", age: "ageInvalid", type: "typeRequired" });
    expect(checklistInput.safeParse({ purpose: "WORK", application: "FIRST", age: "abc", type: "ORDINARY" }).error?.issues[0].message).toBe(
      "ageInvalid",
    );
  });
});
