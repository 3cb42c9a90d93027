import "server-only";
import type pg from "pg";

// Reference data every installation starts with. Administrators may change it later, so seeding only adds
// missing rows and never overwrites an edited fee or note.

/** PP 45/2024 (passport fees in force from late December 2024). */
export const PASSPORT_FEES = [
  { code: "ORDINARY_5Y", labelId: "Paspor biasa (non-elektronik) 5 tahun", labelEn: "Ordinary passport (non-electronic), 5 years", amount: 350_000 },
  { code: "ORDINARY_10Y", labelId: "Paspor biasa (non-elektronik) 10 tahun", labelEn: "Ordinary passport (non-electronic), 10 years", amount: 650_000 },
  { code: "E_PASSPORT_5Y", labelId: "Paspor elektronik 5 tahun", labelEn: "Electronic passport, 5 years", amount: 650_000 },
  { code: "E_PASSPORT_10Y", labelId: "Paspor elektronik 10 tahun", labelEn: "Electronic passport, 10 years", amount: 950_000 },
  { code: "SAME_DAY_SURCHARGE", labelId: "Layanan percepatan (selesai hari yang sama), tambahan", labelEn: "Same-day service, surcharge", amount: 1_000_000 },
  { code: "PMI_5Y", labelId: "Paspor 5 tahun untuk Pekerja Migran Indonesia", labelEn: "5-year passport for Indonesian migrant workers", amount: 0 },
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

export type ReferenceCounts = { passportFees: number; moratoriumCountries: number };

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
  return { passportFees: fees.rowCount ?? 0, moratoriumCountries: countries.rowCount ?? 0 };
}
