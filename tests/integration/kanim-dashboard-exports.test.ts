import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/platform/db/client";
import { getDashboard } from "@/lib/dashboard/queries";
import { exportCandidates, exportEvents } from "@/lib/exports/exports";
import { issueCalendarToken, listCalendarFeeds, privateFeed, revokeCalendarToken } from "@/lib/calendar/private-feeds";
import { scheduleEvent, submitEventReport } from "@/lib/events/commands";
import { GENDANG_TIMBURU, MADIUN_VILLAGE, createActor, createDesignation, pickVillage } from "../support/factories/base";
import { createCandidateRow, createEvent, createKanim, createOfficer } from "../support/factories/kanim";
import { notFoundResult, valueOf } from "../support/results";

/** A strict RFC 4180 reader, so the test does not trust the writer it checks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && body[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell || row.length) throw new Error("CSV does not end with CRLF");
  return rows;
}

async function readXlsx(body: string | Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

/** Unfolds and splits an ICS document into content lines, checking the framing on the way. */
function parseIcs(text: string) {
  expect(text.endsWith("\r\n")).toBe(true);
  const lines = text.split("\r\n").slice(0, -1);
  for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const unfolded = lines.reduce<string[]>((acc, line) => {
    if (line.startsWith(" ")) acc[acc.length - 1] += line.slice(1);
    else acc.push(line);
    return acc;
  }, []);
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of unfolded) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT") {
      events.push(current!);
      current = null;
    } else if (current) {
      const at = line.indexOf(":");
      current[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  expect(unfolded[0]).toBe("BEGIN:VCALENDAR");
  expect(unfolded.at(-1)).toBe("END:VCALENDAR");
  return events;
}

describe("dashboard", () => {
  it("counts the office's designations, events by month and CPMI; the admin sees the national total", async () => {
    const { office, staff } = await createKanim(["63.02", "63.10"]);
    await createDesignation(office.id, GENDANG_TIMBURU);
    await createDesignation(office.id, await pickVillage("63.10"));
    const { office: other } = await createKanim(["35.19"]);
    await createDesignation(other.id, MADIUN_VILLAGE);

    const before = await getDashboard(staff, { year: 2024 });
    expect(before.designations.total).toBe(2);
    expect(before.designations.byRegency.map((r) => [r.key, r.count]).sort()).toEqual([["63.02", 1], ["63.10", 1]]);

    // 31 Dec 2024 23:30 WITA is still 2024 for the office, though it is 2024-12-31T15:30Z.
    await createEvent(office.id, GENDANG_TIMBURU, { startsAt: new Date("2024-12-31T15:30:00Z"), hours: 1, status: "DONE" });
    await createEvent(office.id, GENDANG_TIMBURU, { startsAt: new Date("2024-05-03T01:00:00Z"), status: "PLANNED" });
    await createEvent(office.id, GENDANG_TIMBURU, { startsAt: new Date("2024-05-10T01:00:00Z"), status: "CANCELLED" });
    await createEvent(office.id, GENDANG_TIMBURU, { startsAt: new Date("2024-12-31T16:30:00Z"), status: "DONE" }); // 2025 in WITA
    await createEvent(other.id, MADIUN_VILLAGE, { startsAt: new Date("2024-05-03T01:00:00Z"), status: "DONE" });

    await createCandidateRow(GENDANG_TIMBURU, { passportStatus: "ISSUED", destinationCountry: "MY", riskFlags: ["UNDER_18"] });
    await createCandidateRow(GENDANG_TIMBURU, { passportStatus: "NONE", destinationCountry: "SA", placementChannel: "UNKNOWN" });
    const guided = await createCandidateRow(await pickVillage("63.10"), { passportStatus: "ISSUED", destinationCountry: "MY" });
    await db.guidanceRecord.create({ data: { candidateId: guided.id, sessionDate: new Date("2024-06-01"), topics: ["M_PASPOR"] } });
    await createCandidateRow(MADIUN_VILLAGE, { destinationCountry: "HK" });

    const d = await getDashboard(staff, { year: 2024 });
    expect(d.eventsByMonth.find((m) => m.month === 5)).toEqual({ month: 5, planned: 1, held: 0 });
    expect(d.eventsByMonth.find((m) => m.month === 12)).toEqual({ month: 12, planned: 1, held: 1 });
    expect(d.eventsByMonth.reduce((s, m) => s + m.planned, 0)).toBe(2);
    expect(d.candidates.total).toBe(3);
    expect(d.candidates.flagged).toBe(1);
    expect(d.candidates.withGuidance).toBe(1);
    expect(d.candidates.byPassportStatus).toEqual([{ key: "ISSUED", count: 2 }, { key: "NONE", count: 1 }]);
    expect(d.candidates.byDestination).toEqual([{ key: "MY", count: 2 }, { key: "SA", count: 1 }]);
    expect(d.candidates.byChannel).toEqual([{ key: "P3MI", count: 2 }, { key: "UNKNOWN", count: 1 }]);
    expect(d.byOffice).toEqual([]);

    const admin = await createActor("ADMIN");
    const national = await getDashboard(admin, { year: 2024 });
    expect(national.designations.total).toBeGreaterThanOrEqual(3);
    expect(national.candidates.total).toBeGreaterThanOrEqual(4);
    const row = national.byOffice.find((o) => o.officeId === office.id);
    expect(row).toMatchObject({ designations: 2, eventsHeld: 1, candidates: 3 });
    expect((await getDashboard(admin, { officeId: other.id, year: 2024 })).candidates.total).toBe(1);

    // Staff cannot look at another office's dashboard; a village official has none here.
    await expect(getDashboard(staff, { officeId: other.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: await pickVillage("63.02") });
    await expect(getDashboard(official)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("exports", () => {
  it("exports the area's CPMI as CSV and XLSX with masked NIK, guarding against formulas", async () => {
    const { staff } = await createKanim(["63.04"]);
    const village = await pickVillage("63.04");
    const nik = "6304150101980001";
    await createCandidateRow(village, { nik, name: "=HYPERLINK(\"http://x\")" });
    await createCandidateRow(village, { name: "Siti, \"Aminah\"", placementChannel: "SPSK", riskFlags: ["SALARY_DEDUCTION_LOAN", "DATA_MISMATCH"] });
    await createCandidateRow(MADIUN_VILLAGE, { name: "Di luar wilayah" });

    const csv = await exportCandidates(staff, { format: "csv", locale: "id" });
    expect(csv.contentType).toMatch(/text\/csv/);
    const rows = parseCsv(csv.body as string);
    expect(rows[0].slice(0, 3)).toEqual(["NIK", "Nama", "Jenis kelamin"]);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
    const names = rows.slice(1).map((r) => r[1]).sort();
    expect(names).toEqual(["'=HYPERLINK(\"http://x\")", "Siti, \"Aminah\""]);
    expect(csv.body).not.toContain(nik);
    expect(rows.find((r) => r[1].startsWith("'="))![0]).toBe("6304••••••••0001");
    // Enum values and warning signs appear as their labels in the reader's language, never as codes.
    const siti = rows.find((r) => r[1] === "Siti, \"Aminah\"")!;
    expect(siti[rows[0].indexOf("Indikator risiko")]).toBe("Utang dibayar dengan potongan gaji; Cek data: NIK dan tanggal lahir");
    expect(siti).toContain("SPSK ke Arab Saudi (melalui syarikah)");
    expect(csv.body).not.toContain("SALARY_DEDUCTION_LOAN");

    const xlsx = await exportCandidates(staff, { format: "xlsx", locale: "en" });
    const sheet = await readXlsx(xlsx.body);
    expect(sheet[0].slice(0, 2)).toEqual(["NIK", "Name"]);
    expect(sheet).toHaveLength(3);
    expect(sheet.map((r) => r[0])).toContain("6304••••••••0001");
    expect(JSON.stringify(sheet)).not.toContain(nik);
    expect(JSON.stringify(sheet)).toContain("Loan repaid by salary deductions; Check the data: NIK and birth date");
    expect(JSON.stringify(sheet)).not.toContain("SALARY_DEDUCTION_LOAN");
    expect(await db.accessRecord.count()).toBe(0);

    await expect(exportCandidates(staff, { format: "csv", locale: "id", fullNik: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: village });
    await expect(exportCandidates(official, { format: "csv", locale: "id" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("exports the full NIK only for a permitted role, and audits it", async () => {
    const admin = await createActor("ADMIN");
    const nik = "6302150101980002";
    const candidate = await createCandidateRow(GENDANG_TIMBURU, { nik });
    const file = await exportCandidates(admin, { format: "csv", locale: "id", fullNik: true });
    expect(parseCsv(file.body as string).map((r) => r[0])).toContain(nik);
    expect(await db.accessRecord.count({ where: { candidateId: candidate.id, kind: "EXPORT_FULL_NIK", actorId: admin.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "candidate.exportFullNik", actorId: admin.id } })).toBe(1);
  });

  it("exports the office's events with their reports", async () => {
    const { office, staff } = await createKanim(["63.02"]);
    const officer = await createOfficer(office.id, { name: "Budi Santoso" });
    const event = valueOf(await scheduleEvent(staff, {
      villageCode: GENDANG_TIMBURU,
      type: "STRENGTHENING",
      title: "Penguatan Desa Binaan",
      startsAt: "2024-05-03T09:00",
      endsAt: "2024-05-03T12:00",
      location: "Balai Desa",
      officerIds: [officer.id],
      isPublic: true,
    }));
    valueOf(await submitEventReport(staff, event.id, {
      participants: [{ group: "CPMI", male: 4, female: 6 }, { group: "ARMY", male: 1, female: 0 }],
      stakeholders: "Sekda Kotabaru",
      topics: ["M_PASPOR"],
      summary: "Penguatan tugas dan fungsi desa binaan.",
    }));
    const { office: other } = await createKanim(["35.19"]);
    await createEvent(other.id, MADIUN_VILLAGE);

    const rows = parseCsv((await exportEvents(staff, { format: "csv", locale: "id" })).body as string);
    expect(rows).toHaveLength(2);
    const [header, row] = rows;
    const col = (name: string) => row[header.indexOf(name)];
    expect(col("Mulai")).toBe("2024-05-03 09:00");
    expect(col("Zona waktu")).toBe("WITA");
    expect(col("Petugas")).toBe("Budi Santoso");
    expect(col("Peserta L")).toBe("5");
    expect(col("Peserta P")).toBe("6");
    expect(col("Status")).toBe("Terlaksana");
    const sheet = await readXlsx((await exportEvents(staff, { format: "xlsx", locale: "id" })).body);
    expect(sheet).toHaveLength(2);
    expect(sheet[1][header.indexOf("Ringkasan")]).toBe("Penguatan tugas dan fungsi desa binaan.");
  });
});

describe("private calendar feeds", () => {
  it("serves the office's and an officer's events through a token URL, and stops after revocation", async () => {
    const { office, staff } = await createKanim(["63.02"]);
    const [a, b] = [await createOfficer(office.id), await createOfficer(office.id)];
    const soon = new Date(Date.now() + 7 * 86_400_000);
    const mine = await createEvent(office.id, GENDANG_TIMBURU, { startsAt: soon, officerIds: [a.id] });
    await createEvent(office.id, GENDANG_TIMBURU, { startsAt: soon, officerIds: [b.id], status: "CANCELLED" });
    await createEvent(office.id, GENDANG_TIMBURU, { startsAt: new Date("2020-01-01T00:00:00Z") });

    const officeToken = valueOf(await issueCalendarToken(staff, {}));
    const stored = await db.calendarToken.findFirstOrThrow({ where: { officeId: office.id } });
    expect(stored.tokenHash).not.toContain(officeToken);
    const events = parseIcs((await privateFeed(officeToken))!);
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.STATUS).sort()).toEqual(["CANCELLED", "CONFIRMED"]);
    expect(events[0].DTSTART).toMatch(/^\d{8}T\d{6}Z$/);

    const officerToken = valueOf(await issueCalendarToken(staff, { officerId: a.id }));
    const officerEvents = parseIcs((await privateFeed(officerToken))!);
    expect(officerEvents.map((e) => e.UID)).toEqual([`${mine.id}@desabinaan`]);
    expect(await listCalendarFeeds(staff)).toHaveLength(2);

    const rotated = valueOf(await issueCalendarToken(staff, {}));
    expect(await privateFeed(officeToken)).toBeNull();
    expect(await privateFeed(rotated)).toContain("BEGIN:VCALENDAR");
    valueOf(await revokeCalendarToken(staff, {}));
    expect(await privateFeed(rotated)).toBeNull();
    expect(await privateFeed("not-a-token")).toBeNull();

    const { staff: other } = await createKanim(["35.19"]);
    expect(await issueCalendarToken(other, { officerId: a.id })).toEqual(notFoundResult);
  });
});
