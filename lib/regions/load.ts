import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type pg from "pg";

// Loads the Kemendagri region codes shipped by the npm package idn-area-data: 38 provinces, 514 regencies,
// 7,285 districts, 83,762 villages. Idempotent (upsert by code) and fast: unnest() over large arrays, one
// statement per 10,000 rows, which works the same on PostgreSQL and on the embedded PGlite.

type Row = string[];

function dataDir() {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("idn-area-data/package.json")), "data");
}

/** RFC 4180 CSV: quoted fields may hold commas and doubled quotes. */
export function parseCsv(text: string): Row[] {
  const rows: Row[] = [];
  let field = "";
  let row: Row = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      if (row.some((f) => f !== "")) rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

async function readTable(file: string): Promise<Row[]> {
  const rows = parseCsv(await readFile(path.join(dataDir(), file), "utf8"));
  return rows.slice(1);
}

const BATCH = 10_000;

async function upsert(
  client: pg.ClientBase | pg.Pool,
  table: string,
  columns: [string, string, string] | [string, string],
  rows: Row[],
) {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const arrays = columns.map((_, i) => batch.map((r) => r[i]));
    const cols = columns.map((c) => `"${c}"`).join(", ");
    const unnest = columns.map((_, i) => `$${i + 1}::text[]`).join(", ");
    const updates = columns
      .filter((c) => c !== "code")
      .map((c) => `"${c}" = EXCLUDED."${c}"`)
      .join(", ");
    await client.query(
      `INSERT INTO "${table}" (${cols}) SELECT * FROM unnest(${unnest})
       ON CONFLICT ("code") DO UPDATE SET ${updates}
       WHERE ${columns.filter((c) => c !== "code").map((c) => `"${table}"."${c}" IS DISTINCT FROM EXCLUDED."${c}"`).join(" OR ")}`,
      arrays,
    );
  }
}

export type RegionCounts = { provinces: number; regencies: number; districts: number; villages: number };

/**
 * Loads all regions, or only those of the given provinces (tests load one or two to stay fast).
 * The client must have search_path pointing at the target schema.
 */
export async function loadRegions(
  client: pg.ClientBase | pg.Pool,
  options: { provinces?: string[] } = {},
): Promise<RegionCounts> {
  const keep = options.provinces ? new Set(options.provinces) : undefined;
  const inProvince = (code: string) => !keep || keep.has(code.slice(0, 2));

  const provinces = (await readTable("provinces.csv")).filter((r) => inProvince(r[0]));
  const regencies = (await readTable("regencies.csv")).filter((r) => inProvince(r[0]));
  const districts = (await readTable("districts.csv")).filter((r) => inProvince(r[0]));
  const villages = (await readTable("villages.csv")).filter((r) => inProvince(r[0]));

  await upsert(client, "Province", ["code", "name"], provinces);
  await upsert(client, "Regency", ["code", "provinceCode", "name"], regencies);
  await upsert(client, "District", ["code", "regencyCode", "name"], districts);
  await upsert(client, "Village", ["code", "districtCode", "name"], villages);
  return {
    provinces: provinces.length,
    regencies: regencies.length,
    districts: districts.length,
    villages: villages.length,
  };
}

/** How many villages the package ships (83,762 in idn-area-data 4): a table with fewer is incomplete. */
export async function packagedVillageCount(): Promise<number> {
  const text = await readFile(path.join(dataDir(), "villages.csv"), "utf8");
  let lines = 0;
  for (const line of text.split("\n")) if (line.trim()) lines++;
  return lines - 1;
}
