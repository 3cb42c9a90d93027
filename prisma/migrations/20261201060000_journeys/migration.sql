-- The worker's journey past the passport (issue #17, decision 022): stage events, contacts abroad, cases with
-- referrals and follow-ups. Written by hand.

-- Placement channels of UU 18/2017 Pasal 49 and 61 and Kepmenaker 291/2018 (SPSK) for the departure's channel.
-- IF NOT EXISTS: the branch that brings them to the CPMI record (and renames INDEPENDENT to MANDIRI) runs
-- earlier; after it these three are no-ops.
ALTER TYPE "PlacementChannel" ADD VALUE IF NOT EXISTS 'COMPANY_OWN_WORKERS';
ALTER TYPE "PlacementChannel" ADD VALUE IF NOT EXISTS 'SPSK';
ALTER TYPE "PlacementChannel" ADD VALUE IF NOT EXISTS 'MANDIRI';

ALTER TYPE "AccessKind" ADD VALUE IF NOT EXISTS 'VIEW_CASE';

CREATE TYPE "JourneyStage" AS ENUM ('PREPARING', 'DEPARTURE_PREVENTED', 'DEPARTED', 'RETURNED', 'FORMER_WORKER');
CREATE TYPE "PreventionReason" AS ENUM ('PASSPORT_REFUSED', 'PASSPORT_DELAYED', 'WITHDREW_AFTER_GUIDANCE', 'STOPPED_AT_BORDER', 'OTHER');
CREATE TYPE "ReturnReason" AS ENUM ('CONTRACT_ENDED', 'DEPORTED', 'REPATRIATED', 'LEFT_EMPLOYER', 'OTHER');
CREATE TYPE "ContactMethod" AS ENUM ('PHONE', 'MESSAGE', 'VIDEO_CALL', 'FAMILY_VISIT', 'OTHER');
CREATE TYPE "ContactOutcome" AS ENUM ('ALL_WELL', 'PROBLEM');
CREATE TYPE "CaseType" AS ENUM ('WAGES_UNPAID', 'ABUSE', 'DOCUMENTS_HELD', 'TRAFFICKING_SUSPECTED', 'NO_CONTACT', 'ILLNESS_OR_DEATH', 'LEGAL_TROUBLE', 'OTHER');
CREATE TYPE "CaseSource" AS ENUM ('FAMILY', 'CONTACT', 'RETURN', 'TIP');
CREATE TYPE "CaseUrgency" AS ENUM ('NORMAL', 'URGENT', 'EMERGENCY');
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'CLOSED');
CREATE TYPE "CaseOutcome" AS ENUM ('RESOLVED', 'WORKER_RETURNED', 'LEGAL_PROCESS', 'NOT_RESOLVED', 'OTHER');
CREATE TYPE "CaseAgency" AS ENUM ('DISNAKER', 'BP3MI', 'POLICE', 'UPTD_PPA', 'EMBASSY', 'NGO');

ALTER TABLE "Candidate"
  ADD COLUMN "journeyStage" "JourneyStage" NOT NULL DEFAULT 'PREPARING',
  ADD COLUMN "journeyStageOn" DATE,
  ADD COLUMN "returnedOn" DATE,
  ADD COLUMN "lastContactOn" DATE;
CREATE INDEX "Candidate_villageCode_journeyStage_lastContactOn_idx" ON "Candidate" ("villageCode", "journeyStage", "lastContactOn");

CREATE TABLE "JourneyEvent" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "candidateId" UUID NOT NULL,
  "stage" "JourneyStage" NOT NULL,
  "effectiveOn" DATE NOT NULL,
  "preventionReason" "PreventionReason",
  "channel" "PlacementChannel",
  "destinationCountry" CHAR(2),
  "jobSector" "JobSector",
  "agencyName" TEXT,
  "employerEncrypted" TEXT,
  "employerMasked" TEXT,
  "contractMonths" INTEGER,
  "contactAbroadEncrypted" TEXT,
  "contactAbroadMasked" TEXT,
  "returnReason" "ReturnReason",
  "plansToLeaveAgain" BOOLEAN,
  "note" TEXT,
  "recordedById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "JourneyEvent_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "JourneyEvent_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "JourneyEvent_candidateId_effectiveOn_idx" ON "JourneyEvent" ("candidateId", "effectiveOn");
CREATE INDEX "JourneyEvent_stage_effectiveOn_idx" ON "JourneyEvent" ("stage", "effectiveOn");
-- Each stage carries what it is about.
ALTER TABLE "JourneyEvent" ADD CONSTRAINT "JourneyEvent_prevented_chk"
  CHECK ("stage" <> 'DEPARTURE_PREVENTED' OR "preventionReason" IS NOT NULL);
ALTER TABLE "JourneyEvent" ADD CONSTRAINT "JourneyEvent_departed_chk"
  CHECK ("stage" <> 'DEPARTED' OR ("channel" IS NOT NULL AND "destinationCountry" ~ '^[A-Z]{2}$' AND "jobSector" IS NOT NULL));
ALTER TABLE "JourneyEvent" ADD CONSTRAINT "JourneyEvent_returned_chk"
  CHECK ("stage" <> 'RETURNED' OR ("returnReason" IS NOT NULL AND "plansToLeaveAgain" IS NOT NULL));
ALTER TABLE "JourneyEvent" ADD CONSTRAINT "JourneyEvent_contract_chk"
  CHECK ("contractMonths" IS NULL OR "contractMonths" BETWEEN 1 AND 120);

CREATE TABLE "AbroadContact" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "candidateId" UUID NOT NULL,
  "contactedOn" DATE NOT NULL,
  "method" "ContactMethod" NOT NULL,
  "withFamily" BOOLEAN NOT NULL DEFAULT false,
  "outcome" "ContactOutcome" NOT NULL,
  "note" TEXT,
  "recordedById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "AbroadContact_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "AbroadContact_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "AbroadContact_candidateId_contactedOn_idx" ON "AbroadContact" ("candidateId", "contactedOn");

CREATE TABLE "WorkerCase" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "candidateId" UUID NOT NULL,
  "villageCode" VARCHAR(13) NOT NULL,
  "type" "CaseType" NOT NULL,
  "source" "CaseSource" NOT NULL,
  "urgency" "CaseUrgency" NOT NULL,
  "description" TEXT NOT NULL,
  "status" "CaseStatus" NOT NULL DEFAULT 'OPEN',
  "openedOn" DATE NOT NULL,
  "openedById" UUID,
  "closedOn" DATE,
  "outcome" "CaseOutcome",
  "outcomeNote" TEXT,
  "closedById" UUID,
  "version" INTEGER NOT NULL DEFAULT 1,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "WorkerCase_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "WorkerCase_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "WorkerCase_villageCode_status_openedOn_idx" ON "WorkerCase" ("villageCode", "status", "openedOn");
CREATE INDEX "WorkerCase_candidateId_idx" ON "WorkerCase" ("candidateId");
CREATE INDEX "WorkerCase_status_openedOn_idx" ON "WorkerCase" ("status", "openedOn");
ALTER TABLE "WorkerCase" ADD CONSTRAINT "WorkerCase_closed_chk"
  CHECK (("status" = 'CLOSED') = ("closedOn" IS NOT NULL AND "outcome" IS NOT NULL));
ALTER TABLE "WorkerCase" ADD CONSTRAINT "WorkerCase_dates_chk" CHECK ("closedOn" IS NULL OR "closedOn" >= "openedOn");
ALTER TABLE "WorkerCase" ADD CONSTRAINT "WorkerCase_version_chk" CHECK ("version" >= 1);

CREATE TABLE "CaseReferral" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "caseId" UUID NOT NULL,
  "agency" "CaseAgency" NOT NULL,
  "referredOn" DATE NOT NULL,
  "contactPerson" TEXT NOT NULL,
  "request" TEXT NOT NULL,
  "createdById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "CaseReferral_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "CaseReferral_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "WorkerCase"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "CaseReferral_caseId_referredOn_idx" ON "CaseReferral" ("caseId", "referredOn");

CREATE TABLE "CaseFollowUp" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "caseId" UUID NOT NULL,
  "dueOn" DATE NOT NULL,
  "action" TEXT NOT NULL,
  "doneAt" TIMESTAMPTZ(3),
  "doneById" UUID,
  "createdById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "CaseFollowUp_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "CaseFollowUp_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "WorkerCase"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "CaseFollowUp_caseId_dueOn_idx" ON "CaseFollowUp" ("caseId", "dueOn");

-- The abroad list's no-contact threshold is data an administrator edits (Setting "journey.noContactDays").
INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ('journey.noContactDays', '90'::jsonb, CURRENT_TIMESTAMP)
  ON CONFLICT ("key") DO NOTHING;
