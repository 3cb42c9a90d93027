import { describe, expect, it } from "vitest";
import { buildCalendar, escapeIcsText, foldLine, formatIcsDate } from "@/lib/calendar/ics";

/** A small RFC 5545 reader: unfolds lines and splits properties, to check what a calendar app would see. */
function parseIcs(text: string) {
  expect(text.endsWith("\r\n")).toBe(true);
  const physical = text.slice(0, -2).split("\r\n");
  for (const line of physical) {
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(/[\r\n]/);
  }
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(" ")) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  const calendar: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT") {
      events.push(current!);
      current = null;
    } else if (current) current[name] = value;
    else calendar[name] = value;
  }
  return { calendar, events, lines };
}

const unescape = (value: string) => value.replace(/\\n/g, "\n").replace(/\\([,;\\])/g, "$1");

describe("ICS writer", () => {
  const start = new Date("2026-12-04T01:30:00.000Z");
  const end = new Date("2026-12-04T04:00:00.000Z");
  const text = buildCalendar({
    productId: "-//Desa Binaan Imigrasi//Uji//ID",
    name: "Kalender; uji, Desa",
    generatedAt: new Date("2026-11-28T10:00:00Z"),
    events: [
      {
        uid: "abc@desabinaan",
        start,
        end,
        summary: "Sosialisasi TPPO, M-Paspor; dan cara melapor \\ Desa Gendang Timburu",
        description: "Baris satu\nBaris dua dengan teks yang sangat panjang sekali agar baris ini harus dilipat menjadi beberapa baris — ééé ünïcödé 🚢🚢🚢",
        location: "Balai Desa Gendang Timburu, Kecamatan Sungai Durian",
        url: "https://desabinaan.example/id/desa-binaan/63.02.15.2002",
        status: "CONFIRMED",
        updatedAt: new Date("2026-11-27T00:00:00Z"),
      },
    ],
  });

  it("uses CRLF, folds at 75 octets and parses back to the same values", () => {
    const { calendar, events } = parseIcs(text);
    expect(calendar.BEGIN).toBe("VCALENDAR");
    expect(calendar.VERSION).toBe("2.0");
    expect(calendar.PRODID).toBe("-//Desa Binaan Imigrasi//Uji//ID");
    expect(unescape(calendar["X-WR-CALNAME"])).toBe("Kalender; uji, Desa");
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event.UID).toBe("abc@desabinaan");
    expect(event.DTSTART).toBe("20261204T013000Z");
    expect(event.DTEND).toBe("20261204T040000Z");
    expect(event.DTSTAMP).toBe("20261128T100000Z");
    expect(event["LAST-MODIFIED"]).toBe("20261127T000000Z");
    expect(unescape(event.SUMMARY)).toBe("Sosialisasi TPPO, M-Paspor; dan cara melapor \\ Desa Gendang Timburu");
    expect(unescape(event.DESCRIPTION)).toContain("Baris satu\nBaris dua");
    expect(unescape(event.DESCRIPTION)).toContain("🚢🚢🚢");
    expect(event.STATUS).toBe("CONFIRMED");
    expect(event.URL).toBe("https://desabinaan.example/id/desa-binaan/63.02.15.2002");
  });

  it("escapes TEXT values", () => {
    expect(escapeIcsText("a,b;c\\d\ne\r\nf")).toBe("a\\,b\\;c\\\\d\\ne\\nf");
  });

  it("never splits a multi-byte character when folding", () => {
    const folded = foldLine(`DESCRIPTION:${"é".repeat(100)}`);
    for (const part of folded.split("\r\n")) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      expect(part).not.toContain("\uFFFD");
    }
    expect(folded.split("\r\n").map((p, i) => (i ? p.slice(1) : p)).join("")).toBe(`DESCRIPTION:${"é".repeat(100)}`);
  });

  it("writes times in UTC whatever the process time zone", () => {
    expect(formatIcsDate(new Date("2024-05-03T09:00:00+08:00"))).toBe("20240503T010000Z");
  });

  it("writes an empty calendar that still parses", () => {
    const { calendar, events } = parseIcs(buildCalendar({ productId: "-//x//y//ID", events: [] }));
    expect(calendar.END).toBe("VCALENDAR");
    expect(events).toHaveLength(0);
  });
});
