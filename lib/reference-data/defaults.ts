import "server-only";
import type pg from "pg";

// Reference data every installation starts with. Administrators may change it later, so seeding only adds
// missing rows and never overwrites an edited fee or note.

/** PP 45/2024 (passport fees in force from 17 December 2024); the fines for a lost or damaged passport. */
export const PASSPORT_FEES = [
  { code: "ORDINARY_5Y", labelId: "Paspor biasa (non-elektronik) 5 tahun", labelEn: "Ordinary passport (non-electronic), 5 years", amount: 350_000 },
  { code: "ORDINARY_10Y", labelId: "Paspor biasa (non-elektronik) 10 tahun", labelEn: "Ordinary passport (non-electronic), 10 years", amount: 650_000 },
  { code: "E_PASSPORT_5Y", labelId: "Paspor elektronik 5 tahun", labelEn: "Electronic passport, 5 years", amount: 650_000 },
  { code: "E_PASSPORT_10Y", labelId: "Paspor elektronik 10 tahun", labelEn: "Electronic passport, 10 years", amount: 950_000 },
  { code: "SAME_DAY_SURCHARGE", labelId: "Layanan percepatan (paspor selesai hari yang sama)", labelEn: "Same-day service", amount: 1_000_000 },
  // PP 45/2024 Pasal 5(1): Rp0 only for a migrant worker's first, ordinary passport. Its validity (5 or 10
  // years) is not verified: the label is data an administrator corrects.
  { code: "PMI_FIRST_ORDINARY", labelId: "Paspor biasa pertama untuk Pekerja Migran Indonesia", labelEn: "First ordinary passport for Indonesian migrant workers", amount: 0 },
  { code: "LOST_FINE", labelId: "Denda paspor hilang", labelEn: "Fine for a lost passport", amount: 1_000_000 },
  { code: "DAMAGED_FINE", labelId: "Denda paspor rusak", labelEn: "Fine for a damaged passport", amount: 500_000 },
] as const;

/**
 * Kepmenaker 260/2015 (in force 1 July 2015), diktum KESATU: no placement of domestic workers with individual
 * employers in these 19 countries. The minister's press release of 4 May 2015 spoke of 21 countries (adding Iran
 * and Pakistan); the decree itself names the 19 below. Administrators can add or remove rows.
 */
export const MORATORIUM_COUNTRIES = [
  ["DZ", "Aljazair"],
  ["SA", "Arab Saudi"],
  ["BH", "Bahrain"],
  ["IQ", "Irak"],
  ["KW", "Kuwait"],
  ["LB", "Lebanon"],
  ["LY", "Libya"],
  ["MA", "Maroko"],
  ["MR", "Mauritania"],
  ["EG", "Mesir"],
  ["OM", "Oman"],
  ["PS", "Palestina"],
  ["QA", "Qatar"],
  ["SS", "Sudan Selatan"],
  ["SY", "Suriah"],
  ["TN", "Tunisia"],
  ["AE", "Uni Emirat Arab"],
  ["YE", "Yaman"],
  ["JO", "Yordania"],
] as const;

/** Perban BP2MI 9/2020: informal jobs whose placement costs the worker may not be charged. */
export const ZERO_COST_JOBS = [
  "DOMESTIC_WORKER",
  "CAREGIVER",
  "BABYSITTER",
  "COOK",
  "DRIVER",
  "GARDENER",
  "CLEANER",
  "PLANTATION",
  "FISHERY",
] as const;

export type ReferenceCounts = { passportFees: number; moratoriumCountries: number; zeroCostJobs: number };

/** Adds the missing reference rows. The client's search_path must point at the target schema. */
export async function seedReferenceData(client: pg.ClientBase | pg.Pool): Promise<ReferenceCounts> {
  const fees = await client.query(
    `INSERT INTO "PassportFee" ("code", "labelId", "labelEn", "amount", "sortOrder", "updatedAt")
     SELECT code, label_id, label_en, amount, ord::int, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS t(code, label_id, label_en, amount, ord)
     ON CONFLICT ("code") DO NOTHING`,
    [
      PASSPORT_FEES.map((f) => f.code),
      PASSPORT_FEES.map((f) => f.labelId),
      PASSPORT_FEES.map((f) => f.labelEn),
      PASSPORT_FEES.map((f) => f.amount),
    ],
  );
  const countries = await client.query(
    `INSERT INTO "MoratoriumCountry" ("countryCode", "note", "updatedAt")
     SELECT code, 'Kepmenaker 260/2015: ' || name, now() FROM unnest($1::text[], $2::text[]) AS t(code, name)
     ON CONFLICT ("countryCode") DO NOTHING`,
    [MORATORIUM_COUNTRIES.map(([code]) => code), MORATORIUM_COUNTRIES.map(([, name]) => name)],
  );
  const jobs = await client.query(
    `INSERT INTO "ZeroCostJob" ("jobSector", "note", "updatedAt")
     SELECT job::"JobSector", 'Perban BP2MI 9/2020', now() FROM unnest($1::text[]) AS t(job)
     ON CONFLICT ("jobSector") DO NOTHING`,
    [[...ZERO_COST_JOBS]],
  );
  return { passportFees: fees.rowCount ?? 0, moratoriumCountries: countries.rowCount ?? 0, zeroCostJobs: jobs.rowCount ?? 0 };
}
