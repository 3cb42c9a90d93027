import "server-only";
import ExcelJS from "exceljs";
import type { Cell } from "./csv";

/** One worksheet with a bold, frozen header row and columns wide enough to read. */
export async function toXlsx(sheetName: string, header: string[], rows: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Desa Binaan Imigrasi";
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  // Text goes in as plain strings: exceljs writes a formula only for { formula } values, so nothing executes.
  for (const row of rows) sheet.addRow(row.map((v) => (v === undefined ? null : v)));
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(header[i]?.length ?? 10, ...rows.slice(0, 200).map((r) => String(r[i] ?? "").length));
    column.width = Math.min(60, Math.max(10, longest + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
