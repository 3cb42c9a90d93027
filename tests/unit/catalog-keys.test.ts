import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as enums from "@/lib/platform/db/generated/enums";
import { findCatalogText } from "@/lib/platform/i18n/catalog";

// Every message key a schema, a command or a server action can answer with reads as a sentence in both
// languages (lib/platform/i18n/catalog.ts). Keys are collected from the source: string literals under a
// domain's namespace, plus the keys the code builds (enum labels in conflict reports, password problems).

const NAMESPACES = [
  "identity", "candidate", "visit", "privacy", "account", "officer", "designation", "event",
  "candidateNote", "office", "guide", "reference", "journey", "common",
];

const SOURCES = [
  "lib/identity", "lib/candidates", "lib/visit-requests", "lib/privacy", "lib/events", "lib/designations", "lib/officers",
  "lib/offices", "lib/guides/schema.ts", "lib/guides/editing", "lib/reference-data", "lib/accounts", "lib/calendar", "lib/journeys", "app",
];

function files(entry: string): string[] {
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry).flatMap((name) => files(path.join(entry, name))).filter((f) => /\.tsx?$/.test(f));
}

function literalKeys(): Set<string> {
  const pattern = new RegExp(`["'\`]((?:${NAMESPACES.join("|")})\\.[A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)*)["'\`]`, "g");
  const keys = new Set<string>();
  for (const file of SOURCES.flatMap(files)) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      // Comments, and the names of commands, audit actions and settings, are no messages.
      if (/^\s*(\/\/|\/?\*)/.test(line) || line.includes("action: { in:")) continue;
      for (const match of line.matchAll(pattern)) {
        const before = line.slice(0, match.index);
        if (/(name|action|ACTION|KEY)\s*[:=]\s*$/.test(before) || /action: \{?\s*$/.test(before)) continue;
        keys.add(match[1]);
      }
    }
  }
  return keys;
}

/** Keys the code composes: enum labels of the conflict report, field labels, password problems. */
function builtKeys(): string[] {
  const labelled = ["sex", "education", "jobSector", "placementChannel", "employerType", "plannedVisa", "recruitmentSource", "feeArrangement", "consentMethod", "passportStatus"];
  const enumOf: Record<string, Record<string, string>> = {
    sex: enums.Sex, education: enums.Education, jobSector: enums.JobSector, placementChannel: enums.PlacementChannel, employerType: enums.EmployerType,
    plannedVisa: enums.PlannedVisa, recruitmentSource: enums.RecruitmentSource, feeArrangement: enums.FeeArrangement,
    consentMethod: enums.ConsentMethod, passportStatus: enums.PassportStatus,
  };
  const commands = readFileSync("lib/candidates/commands.ts", "utf8");
  const audited = [...commands.slice(commands.indexOf("const AUDITED_FIELDS"), commands.indexOf("] as const")).matchAll(/"(\w+)"/g)]
    .map((m) => m[1])
    .filter((field) => !["nikHash", "phoneEncrypted", "passportStatus", "riskFlags", "version"].includes(field));
  const passwordProblems = [...readFileSync("lib/platform/auth/password-rules.ts", "utf8").matchAll(/return "(password\.\w+)"/g)].map((m) => m[1]);
  return [
    ...labelled.flatMap((field) => Object.values(enumOf[field]).map((value) => `candidate.${field}.${value}`)),
    ...audited.map((field) => `candidate.field.${field}`),
    ...passwordProblems.map((problem) => `account.${problem}`),
  ];
}

describe("message catalog", () => {
  it("has every key the schemas, commands and actions answer with, in Bahasa Indonesia and English", () => {
    const keys = [...literalKeys(), ...builtKeys()];
    expect(keys.length).toBeGreaterThan(150);
    for (const locale of ["id", "en"] as const) {
      const missing = keys.filter((key) => findCatalogText(locale, key) === undefined);
      expect(missing, locale).toEqual([]);
    }
  });

  it("answers an unknown key as no text, so a typo cannot pass", () => {
    expect(findCatalogText("id", "candidate.nik.lenght")).toBeUndefined();
    expect(findCatalogText("en", "nowhere.key")).toBeUndefined();
  });
});
