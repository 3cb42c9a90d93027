import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  candidateFiltersSchema,
  guidanceSchema,
  passportStatusSchema,
  registerCandidateSchema,
  updateCandidateSchema,
} from "@/lib/candidates/schema";
import { composeNik } from "@/lib/identity/nik";
import { visitRequestSchema } from "@/lib/visit-requests/schema";
import { hostileValue, mutated, stringsIn } from "../support/fuzz";

// Every input schema against hostile input: it must answer (success or field errors), never throw, never
// let an oversized or NUL-carrying string through to the database, and never accept fields it does not know.

const today = new Date(Date.UTC(2026, 10, 28));

const candidateForm = {
  nik: composeNik("630215", new Date(Date.UTC(1998, 2, 4)), "FEMALE", 12),
  name: "Siti Aminah",
  sex: "FEMALE",
  birthDate: "1998-03-04",
  phone: "0812-3456-7890",
  hamlet: "Dusun I",
  rt: "003",
  rw: "001",
  addressLine: "",
  education: "SMA",
  destinationCountry: "MY",
  jobSector: "PLANTATION",
  placementChannel: "P3MI",
  agencyName: "PT Mitra Kerja Sejahtera",
  plannedVisa: "WORK",
  recruitmentSource: "P3MI_OFFICE",
  feeArrangement: "NONE_ASKED",
  plannedDeparture: "",
  consentMethod: "WRITTEN",
  consentGuardianName: "",
  consentConfirmed: "on",
  idempotencyKey: "0123456789abcdef0123456789abcdef",
};

const schemas: { name: string; schema: { safeParse: (v: unknown) => { success: boolean; data?: unknown; error?: { issues: { message: string; path: PropertyKey[] }[] } } }; base: Record<string, unknown> }[] = [
  { name: "registerCandidate", schema: registerCandidateSchema(today), base: candidateForm },
  { name: "updateCandidate", schema: updateCandidateSchema(today), base: { ...candidateForm, version: "3" } },
  { name: "guidance", schema: guidanceSchema(today), base: { sessionDate: "2026-11-27", topics: ["M_PASPOR", "DOCUMENTS"], notes: "Datang bersama ibu", followUpDate: "2026-12-05" } },
  { name: "passportStatus", schema: passportStatusSchema(today), base: { toStatus: "APPLIED_M_PASPOR", effectiveOn: "2026-11-20", note: "", version: "1" } },
  { name: "candidateFilters", schema: candidateFiltersSchema, base: { q: "siti", passportStatus: "NONE", destination: "MY", channel: "P3MI", flagged: "1", departureMonth: "2026-12", page: "2" } },
  { name: "visitRequest", schema: visitRequestSchema(today), base: { topic: "Sosialisasi M-Paspor", preferredFrom: "2026-12-10", preferredTo: "2026-12-20", expectedParticipants: "40", notes: "" } },
];

describe.each(schemas)("$name schema under hostile input", ({ schema, base }) => {
  it("accepts its valid base form", () => {
    expect(schema.safeParse(base).success).toBe(true);
  });

  it("answers with field errors or clean data, never throws", () => {
    fc.assert(
      fc.property(mutated(base), (input) => {
        const result = schema.safeParse(input);
        if (result.success) {
          for (const value of stringsIn(result.data)) {
            expect(value.length).toBeLessThanOrEqual(2_000);
            expect(value).not.toContain("\u0000");
          }
          for (const key of ["villageCode", "role", "officeId", "createdById", "id", "riskFlags", "nikHash"]) {
            expect(result.data as object).not.toHaveProperty(key);
          }
        } else {
          for (const issue of result.error!.issues) {
            expect(typeof issue.message).toBe("string");
            // Errors name the field; they never echo a huge or hostile value back.
            expect(issue.message.length).toBeLessThan(200);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("survives wholly wrong-typed bodies", () => {
    fc.assert(
      fc.property(hostileValue, (input) => {
        expect(() => schema.safeParse(input)).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });
});
