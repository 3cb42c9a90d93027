-- Reference rows the rules of issue 15 read. Added when missing; an administrator's edit is never overwritten.

-- Perban BP2MI 9/2020: the informal jobs whose placement costs the worker may not be charged.
INSERT INTO "ZeroCostJob" ("jobSector", "note", "updatedAt") VALUES
  ('DOMESTIC_WORKER', 'Perban BP2MI 9/2020', now()),
  ('CAREGIVER', 'Perban BP2MI 9/2020', now()),
  ('BABYSITTER', 'Perban BP2MI 9/2020', now()),
  ('COOK', 'Perban BP2MI 9/2020', now()),
  ('DRIVER', 'Perban BP2MI 9/2020', now()),
  ('GARDENER', 'Perban BP2MI 9/2020', now()),
  ('CLEANER', 'Perban BP2MI 9/2020', now()),
  ('PLANTATION', 'Perban BP2MI 9/2020', now()),
  ('FISHERY', 'Perban BP2MI 9/2020', now())
ON CONFLICT ("jobSector") DO NOTHING;

-- The free passport is the migrant worker's FIRST, ORDINARY passport (PP 45/2024 Pasal 5(1)); its validity is
-- not verified, so the code no longer says "5 years".
UPDATE "PassportFee"
   SET "code" = 'PMI_FIRST_ORDINARY',
       "labelId" = CASE WHEN "labelId" = 'Paspor 5 tahun untuk Pekerja Migran Indonesia'
                        THEN 'Paspor biasa pertama untuk Pekerja Migran Indonesia' ELSE "labelId" END,
       "labelEn" = CASE WHEN "labelEn" = '5-year passport for Indonesian migrant workers'
                        THEN 'First ordinary passport for Indonesian migrant workers' ELSE "labelEn" END
 WHERE "code" = 'PMI_5Y'
   AND NOT EXISTS (SELECT 1 FROM "PassportFee" WHERE "code" = 'PMI_FIRST_ORDINARY');

-- The surcharge label no longer repeats the line it is shown in.
UPDATE "PassportFee"
   SET "labelId" = 'Layanan percepatan (paspor selesai hari yang sama)', "labelEn" = 'Same-day service'
 WHERE "code" = 'SAME_DAY_SURCHARGE'
   AND "labelId" = 'Layanan percepatan (selesai hari yang sama), tambahan';

-- Lost and damaged passports: the fines (domain facts of Dec 2026; data an administrator edits).
INSERT INTO "PassportFee" ("code", "labelId", "labelEn", "amount", "sortOrder", "updatedAt") VALUES
  ('LOST_FINE', 'Denda paspor hilang', 'Fine for a lost passport', 1000000, 7, now()),
  ('DAMAGED_FINE', 'Denda paspor rusak', 'Fine for a damaged passport', 500000, 8, now())
ON CONFLICT ("code") DO NOTHING;
