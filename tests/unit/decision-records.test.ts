import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every decision record follows docs/decisions/000-template.md: its number in the title, the day it was decided,
// and a status; a record that amends or supersedes another names one that exists.

const folder = path.resolve(import.meta.dirname, "../../docs/decisions");
const records = readdirSync(folder).filter((name) => name.endsWith(".md") && name !== "000-template.md");

describe("decision records", () => {
  it("have distinct numbers", () => {
    const numbers = records.map((name) => name.slice(0, 3));
    expect(numbers.filter((number, i) => numbers.indexOf(number) !== i)).toEqual([]);
  });

  it.each(records)("%s has its number in the title, a date and a status", (name) => {
    expect(name).toMatch(/^\d{3}-[a-z0-9-]+\.md$/);
    const text = readFileSync(path.join(folder, name), "utf8");
    expect(text.split("\n")[0]).toMatch(new RegExp(`^# ${name.slice(0, 3)} — \\S`));
    const date = /^Date: (\d{4}-\d{2}-\d{2})\b/m.exec(text)?.[1];
    expect(date, "Date: YYYY-MM-DD").toBeDefined();
    expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
    const status = /(?:^|· )Status: (.*)$/m.exec(text)?.[1] ?? "";
    expect(status).toMatch(/^(proposed|accepted|amended by|superseded by)\b/i);
    for (const [, target] of status.matchAll(/\]\((\d{3}-[a-z0-9-]+\.md)\)/g)) expect(records).toContain(target);
  });
});
