-- Passport and migration rules (issue 15). Written by hand.

-- Placement channels of UU 18/2017 (Pasal 49, 61) and SPSK (Kepmenaker 291/2018). The old INDEPENDENT value
-- meant individual (mandiri) placement.
ALTER TYPE "PlacementChannel" RENAME VALUE 'INDEPENDENT' TO 'MANDIRI';
ALTER TYPE "PlacementChannel" ADD VALUE 'COMPANY_OWN_WORKERS';
ALTER TYPE "PlacementChannel" ADD VALUE 'SPSK';

-- A training centre with a Sending Organisation licence (legal); "LPK" stays: without one, or not known.
ALTER TYPE "RecruitmentSource" ADD VALUE 'LPK_SENDING_ORGANISATION';

-- The informal jobs of Perban BP2MI 9/2020 that had no value of their own.
ALTER TYPE "JobSector" ADD VALUE 'BABYSITTER';
ALTER TYPE "JobSector" ADD VALUE 'COOK';
ALTER TYPE "JobSector" ADD VALUE 'DRIVER';
ALTER TYPE "JobSector" ADD VALUE 'GARDENER';
ALTER TYPE "JobSector" ADD VALUE 'CLEANER';

-- Kepmenaker 260/2015 concerns individual employers.
CREATE TYPE "EmployerType" AS ENUM ('INDIVIDUAL', 'COMPANY', 'UNKNOWN');
ALTER TABLE "Candidate" ADD COLUMN "employerType" "EmployerType" NOT NULL DEFAULT 'UNKNOWN';

-- Stored flags computed with rules version 1 are re-flagged by the daily refresh job (one audit entry per
-- record whose flags change); new records are computed with version 2.
ALTER TABLE "Candidate" ADD COLUMN "riskRulesVersion" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Candidate" ALTER COLUMN "riskRulesVersion" SET DEFAULT 2;
CREATE INDEX "Candidate_riskRulesVersion_idx" ON "Candidate" ("riskRulesVersion");

-- Per-office passport settings.
ALTER TABLE "ImmigrationOffice" ADD COLUMN "electronicOnlySince" DATE;
ALTER TABLE "ImmigrationOffice" ADD COLUMN "quotaReleaseNote" TEXT;

-- Moratorium dates per country.
ALTER TABLE "MoratoriumCountry" ADD COLUMN "inForceSince" DATE NOT NULL DEFAULT '2015-07-01'::date;

-- Zero-cost jobs as data (rows in the next migration: new enum values cannot be used in this transaction).
CREATE TABLE "ZeroCostJob" (
  "jobSector" "JobSector" NOT NULL,
  "note" TEXT,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "ZeroCostJob_pkey" PRIMARY KEY ("jobSector")
);

-- Guides name their sources and the day they were last checked.
ALTER TABLE "Guide" ADD COLUMN "sources" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Guide" ADD COLUMN "checkedOn" DATE;
