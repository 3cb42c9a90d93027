import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import * as accounts from "@/lib/accounts/schema";
import * as checklist from "@/lib/checklist/schema";
import * as designations from "@/lib/designations/schema";
import * as events from "@/lib/events/schema";
import * as guideEditing from "@/lib/guides/editing/schema";
import * as guides from "@/lib/guides/schema";
import * as journeys from "@/lib/journeys/schema";
import * as officers from "@/lib/officers/schema";
import * as offices from "@/lib/offices/schema";
import * as referenceData from "@/lib/reference-data/schema";
import { formValues } from "@/lib/platform/forms";
import { hostileValue, stringsIn, trickyString } from "../support/fuzz";

// Every zod schema exported by lib/*/schema.ts (the CPMI and visit-request ones have their own, deeper
// test in fuzz-schemas.test.ts), found by walking the modules so a new schema is fuzzed without editing this
// file: hostile bodies keyed by the schema's own fields must give field errors or data, never an exception.
// And the form layer: whatever a multipart post carries, formValues hands on no NUL or control character.

const modules = { accounts, checklist, designations, events, guideEditing, guides, journeys, officers, offices, referenceData };

type AnySchema = z.ZodType & { shape?: Record<string, unknown>; def?: { shape?: Record<string, unknown> } };

function isSchema(value: unknown): value is AnySchema {
  return typeof value === "object" && value !== null && typeof (value as { safeParse?: unknown }).safeParse === "function";
}

function schemasOf(): { name: string; schema: AnySchema }[] {
  const found: { name: string; schema: AnySchema }[] = [];
  for (const [moduleName, exports] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(exports)) {
      if (isSchema(value)) found.push({ name: `${moduleName}.${name}`, schema: value });
      else if (typeof value === "function" && /Schema$/.test(name)) {
        // Schema factories (a schema depending on today, or on context) called with their defaults.
        try {
          const made = (value as () => unknown)();
          if (isSchema(made)) found.push({ name: `${moduleName}.${name}()`, schema: made });
        } catch {
          // A factory that needs arguments is covered by its domain's own tests.
        }
      }
    }
  }
  return found;
}

function fieldNames(schema: AnySchema): string[] {
  const shape = schema.shape ?? schema.def?.shape;
  const names = shape && typeof shape === "object" ? Object.keys(shape) : [];
  return names.length ? names : ["name", "email", "reason", "title", "code"];
}

const all = schemasOf();

describe("every lib/*/schema.ts schema under hostile input", () => {
  it("finds the schemas", () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it.each(all)("$name answers with field errors or data, never throws", ({ schema }) => {
    const keys = fieldNames(schema);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), hostileValue, { maxKeys: keys.length }), (input) => {
        let result: ReturnType<AnySchema["safeParse"]> | undefined;
        expect(() => {
          result = schema.safeParse(input);
        }).not.toThrow();
        if (result && !result.success) {
          for (const issue of result.error.issues) expect(issue.message.length).toBeLessThan(200);
        }
      }),
      { numRuns: 120 },
    );
  });
});

describe("formValues (every server action's view of a form post)", () => {
  it("hands on no NUL, control or bidi-override character, whatever was posted", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("name", "notes", "topics", "password"), trickyString), { maxLength: 8 }), (pairs) => {
        const formData = new FormData();
        for (const [key, value] of pairs) formData.append(key, value);
        for (const value of stringsIn(formValues(formData))) {
          expect(value).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps ordinary text, line breaks and repeated fields as posted", () => {
    const formData = new FormData();
    formData.append("notes", "Baris satu\r\nBaris dua\tselesai");
    formData.append("topics", "M_PASPOR");
    formData.append("topics", "DOCUMENTS");
    formData.append("name", "Siti\u0000 Aminah\u202E");
    expect(formValues(formData)).toEqual({ notes: "Baris satu\r\nBaris dua\tselesai", topics: ["M_PASPOR", "DOCUMENTS"], name: "Siti Aminah" });
  });
});
