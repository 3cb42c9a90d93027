import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { villageMessages } from "@/lib/platform/i18n/messages/village";

// Every validation key the shared schemas can produce must read as a sentence in both languages.
const SCHEMA_FILES = ["lib/candidates/schema.ts", "lib/visit-requests/schema.ts", "lib/candidates/nik.ts", "lib/candidates/commands.ts"];

function messageKeys(): string[] {
  const keys = new Set<string>();
  for (const file of SCHEMA_FILES) {
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/"((?:nik|name|sex|birthDate|phone|rt|text|education|destination|jobSector|placementChannel|agencyName|plannedVisa|recruitmentSource|feeArrangement|plannedDeparture|consentMethod|consentGuardianName|consentConfirmed|version|passportStatus|effectiveOn|note|topics|sessionDate|followUpDate|officer|topic|preferredFrom|preferredTo|expectedParticipants)\.[A-Za-z]+)"/g)) {
      keys.add(match[1]);
    }
  }
  return [...keys];
}

describe("village messages", () => {
  it("translates every validation key of the schemas", () => {
    const keys = messageKeys();
    expect(keys.length).toBeGreaterThan(30);
    for (const locale of ["id", "en"] as const) {
      const t = villageMessages(locale) as Record<string, string>;
      const missing = keys.filter((key) => !t[`error.${key}`]);
      expect(missing, locale).toEqual([]);
    }
  });
});
