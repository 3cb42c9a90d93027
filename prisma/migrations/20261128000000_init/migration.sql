-- CreateEnum
CREATE TYPE "OfficeClass" AS ENUM ('KELAS_I_KHUSUS_TPI', 'KELAS_I_TPI', 'KELAS_I_NON_TPI', 'KELAS_II_TPI', 'KELAS_II_NON_TPI');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'OFFICE_STAFF', 'VILLAGE_OFFICIAL');

-- CreateEnum
CREATE TYPE "DesignationStatus" AS ENUM ('ACTIVE', 'INACTIVE');

-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('LAUNCH', 'OUTREACH', 'STRENGTHENING', 'PASSPORT_SERVICE', 'MONITORING');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('PLANNED', 'DONE', 'CANCELLED', 'POSTPONED');

-- CreateEnum
CREATE TYPE "ParticipantGroup" AS ENUM ('VILLAGE_OFFICIALS', 'COMMUNITY_LEADERS', 'YOUTH', 'CPMI', 'POLICE', 'ARMY', 'OTHERS');

-- CreateEnum
CREATE TYPE "VisitRequestStatus" AS ENUM ('PENDING', 'SCHEDULED', 'DECLINED');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "Education" AS ENUM ('NONE', 'SD', 'SMP', 'SMA', 'D3', 'S1', 'S2_PLUS');

-- CreateEnum
CREATE TYPE "JobSector" AS ENUM ('DOMESTIC_WORKER', 'CAREGIVER', 'PLANTATION', 'MANUFACTURING', 'CONSTRUCTION', 'FISHERY', 'HOSPITALITY', 'HEALTHCARE', 'OTHER');

-- CreateEnum
CREATE TYPE "PlacementChannel" AS ENUM ('P3MI', 'G2G', 'INDEPENDENT', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "PlannedVisa" AS ENUM ('WORK', 'VISIT', 'TOURIST', 'UMRAH_HAJJ', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "RecruitmentSource" AS ENUM ('P3MI_OFFICE', 'GOVERNMENT', 'FAMILY_FRIEND', 'SOCIAL_MEDIA', 'BROKER', 'LPK', 'OTHER');

-- CreateEnum
CREATE TYPE "FeeArrangement" AS ENUM ('NONE_ASKED', 'UPFRONT_FEE', 'ALL_COSTS_COVERED', 'SALARY_DEDUCTION', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "PassportStatus" AS ENUM ('NONE', 'PLANNED', 'APPLIED_M_PASPOR', 'ISSUED', 'DELAYED_OR_REFUSED');

-- CreateEnum
CREATE TYPE "ConsentMethod" AS ENUM ('WRITTEN', 'VERBAL_WITNESSED', 'PARENTAL_WRITTEN');

-- CreateEnum
CREATE TYPE "GuidanceTopic" AS ENUM ('M_PASPOR', 'DOCUMENTS', 'PROCEDURAL_MIGRATION', 'TRAFFICKING_SIGNS', 'RIGHTS_ABROAD', 'EXIT_ENTRY_RULES', 'HOW_TO_REPORT');

-- CreateEnum
CREATE TYPE "AccessKind" AS ENUM ('VIEW_DETAIL', 'VIEW_FULL_NIK', 'EXPORT_FULL_NIK');

-- CreateEnum
CREATE TYPE "AccessPurpose" AS ENUM ('CASE_HANDLING', 'VERIFICATION', 'REPORTING', 'DATA_SUBJECT_REQUEST');

-- CreateEnum
CREATE TYPE "SubjectRequestType" AS ENUM ('ACCESS', 'CORRECTION', 'RESTRICTION', 'STOP_PROCESSING', 'ERASURE', 'COPY');

-- CreateEnum
CREATE TYPE "SubjectRequestStatus" AS ENUM ('OPEN', 'FULFILLED', 'REJECTED');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('id', 'en');

-- CreateEnum
CREATE TYPE "GuideCategory" AS ENUM ('PASSPORT', 'MIGRANT_WORK', 'SAFETY', 'FAQ');

-- CreateTable
CREATE TABLE "Province" (
    "code" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Province_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Regency" (
    "code" VARCHAR(5) NOT NULL,
    "provinceCode" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "officeId" UUID,

    CONSTRAINT "Regency_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "District" (
    "code" VARCHAR(8) NOT NULL,
    "regencyCode" VARCHAR(5) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "District_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Village" (
    "code" VARCHAR(13) NOT NULL,
    "districtCode" VARCHAR(8) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Village_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "ImmigrationOffice" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "officeClass" "OfficeClass" NOT NULL,
    "address" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "website" TEXT,
    "regionalProvinceCode" VARCHAR(2) NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Jakarta',
    "requiresDisnakerRecommendation" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ImmigrationOffice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Officer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "nip" CHAR(18) NOT NULL,
    "name" TEXT NOT NULL,
    "rank" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    "officeId" UUID NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "userId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Officer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "officeId" UUID,
    "villageCode" VARCHAR(13),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "totpSecret" TEXT,
    "totpEnabledAt" TIMESTAMPTZ(3),
    "recoveryCodeHashes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "lastLoginAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordResetToken" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordResetToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "emailKey" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Designation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "villageCode" VARCHAR(13) NOT NULL,
    "officeId" UUID NOT NULL,
    "decreeNumber" TEXT NOT NULL,
    "decreeDate" DATE NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "DesignationStatus" NOT NULL DEFAULT 'ACTIVE',
    "deactivatedAt" TIMESTAMPTZ(3),
    "deactivatedReason" TEXT,
    "liaisonName" TEXT,
    "liaisonPosition" TEXT,
    "liaisonPhone" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Designation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DesignationOfficer" (
    "designationId" UUID NOT NULL,
    "officerId" UUID NOT NULL,
    "assignedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DesignationOfficer_pkey" PRIMARY KEY ("designationId","officerId")
);

-- CreateTable
CREATE TABLE "OutreachEvent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "officeId" UUID NOT NULL,
    "villageCode" VARCHAR(13) NOT NULL,
    "designationId" UUID,
    "type" "EventType" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "location" TEXT NOT NULL,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "status" "EventStatus" NOT NULL DEFAULT 'PLANNED',
    "statusReason" TEXT,
    "rescheduledToId" UUID,
    "visitRequestId" UUID,
    "idempotencyKey" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OutreachEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventOfficer" (
    "eventId" UUID NOT NULL,
    "officerId" UUID NOT NULL,

    CONSTRAINT "EventOfficer_pkey" PRIMARY KEY ("eventId","officerId")
);

-- CreateTable
CREATE TABLE "EventReport" (
    "eventId" UUID NOT NULL,
    "stakeholders" TEXT NOT NULL,
    "topics" "GuidanceTopic"[],
    "summary" TEXT NOT NULL,
    "followUps" TEXT,
    "submittedById" UUID,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EventReport_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "EventParticipants" (
    "eventId" UUID NOT NULL,
    "group" "ParticipantGroup" NOT NULL,
    "male" INTEGER NOT NULL DEFAULT 0,
    "female" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EventParticipants_pkey" PRIMARY KEY ("eventId","group")
);

-- CreateTable
CREATE TABLE "VisitRequest" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "villageCode" VARCHAR(13) NOT NULL,
    "officeId" UUID NOT NULL,
    "topic" TEXT NOT NULL,
    "preferredFrom" DATE NOT NULL,
    "preferredTo" DATE NOT NULL,
    "expectedParticipants" INTEGER NOT NULL,
    "notes" TEXT,
    "status" "VisitRequestStatus" NOT NULL DEFAULT 'PENDING',
    "responseNote" TEXT,
    "requestedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VisitRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarToken" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tokenHash" TEXT NOT NULL,
    "officeId" UUID,
    "officerId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CalendarToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Candidate" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "villageCode" VARCHAR(13) NOT NULL,
    "nikEncrypted" TEXT NOT NULL,
    "nikHash" TEXT NOT NULL,
    "nikMasked" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sex" "Sex" NOT NULL,
    "birthDate" DATE NOT NULL,
    "phoneEncrypted" TEXT,
    "phoneMasked" TEXT,
    "hamlet" TEXT,
    "rt" VARCHAR(3),
    "rw" VARCHAR(3),
    "addressLine" TEXT,
    "education" "Education" NOT NULL,
    "destinationCountry" CHAR(2) NOT NULL,
    "jobSector" "JobSector" NOT NULL,
    "placementChannel" "PlacementChannel" NOT NULL,
    "agencyName" TEXT,
    "plannedVisa" "PlannedVisa" NOT NULL DEFAULT 'UNKNOWN',
    "recruitmentSource" "RecruitmentSource" NOT NULL DEFAULT 'OTHER',
    "feeArrangement" "FeeArrangement" NOT NULL DEFAULT 'UNKNOWN',
    "heldInShelter" BOOLEAN NOT NULL DEFAULT false,
    "onlineJobOffer" BOOLEAN NOT NULL DEFAULT false,
    "plannedDeparture" DATE,
    "hasMaritalStatusLetter" BOOLEAN NOT NULL DEFAULT false,
    "hasFamilyConsent" BOOLEAN NOT NULL DEFAULT false,
    "hasCompetenceCertificate" BOOLEAN NOT NULL DEFAULT false,
    "hasHealthCertificate" BOOLEAN NOT NULL DEFAULT false,
    "hasSocialSecurity" BOOLEAN NOT NULL DEFAULT false,
    "hasWorkVisa" BOOLEAN NOT NULL DEFAULT false,
    "hasPlacementAgreement" BOOLEAN NOT NULL DEFAULT false,
    "hasEmploymentContract" BOOLEAN NOT NULL DEFAULT false,
    "passportStatus" "PassportStatus" NOT NULL DEFAULT 'NONE',
    "passportStatusAt" DATE,
    "passportAppliedAt" DATE,
    "passportIssuedAt" DATE,
    "riskFlags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "riskCount" INTEGER NOT NULL DEFAULT 0,
    "consentMethod" "ConsentMethod" NOT NULL,
    "consentGuardianName" TEXT,
    "consentRecordedAt" TIMESTAMPTZ(3) NOT NULL,
    "consentRecordedById" UUID,
    "restrictedAt" TIMESTAMPTZ(3),
    "anonymisedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "idempotencyKey" TEXT,
    "createdById" UUID,
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Candidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PassportStatusChange" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "candidateId" UUID NOT NULL,
    "fromStatus" "PassportStatus" NOT NULL,
    "toStatus" "PassportStatus" NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "note" TEXT,
    "changedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PassportStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuidanceRecord" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "candidateId" UUID NOT NULL,
    "sessionDate" DATE NOT NULL,
    "topics" "GuidanceTopic"[],
    "givenByUserId" UUID,
    "officerId" UUID,
    "notes" TEXT,
    "followUpDate" DATE,
    "followUpDoneAt" TIMESTAMPTZ(3),
    "idempotencyKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GuidanceRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateNote" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "candidateId" UUID NOT NULL,
    "authorId" UUID,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CandidateNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessRecord" (
    "id" BIGSERIAL NOT NULL,
    "actorId" UUID,
    "candidateId" UUID,
    "kind" "AccessKind" NOT NULL,
    "purpose" "AccessPurpose" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataSubjectRequest" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "candidateId" UUID,
    "villageCode" VARCHAR(13) NOT NULL,
    "type" "SubjectRequestType" NOT NULL,
    "channel" TEXT NOT NULL,
    "details" TEXT,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "dueAt" TIMESTAMPTZ(3),
    "status" "SubjectRequestStatus" NOT NULL DEFAULT 'OPEN',
    "resolution" TEXT,
    "resolvedAt" TIMESTAMPTZ(3),
    "recordedById" UUID,
    "resolvedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataSubjectRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorRole" "Role",
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "changes" JSONB,
    "ip" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Guide" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "category" "GuideCategory" NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Guide_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PassportFee" (
    "code" TEXT NOT NULL,
    "labelId" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PassportFee_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "MoratoriumCountry" (
    "countryCode" CHAR(2) NOT NULL,
    "note" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MoratoriumCountry_pkey" PRIMARY KEY ("countryCode")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Regency_provinceCode_idx" ON "Regency"("provinceCode");

-- CreateIndex
CREATE INDEX "Regency_officeId_idx" ON "Regency"("officeId");

-- CreateIndex
CREATE INDEX "District_regencyCode_idx" ON "District"("regencyCode");

-- CreateIndex
CREATE INDEX "Village_districtCode_idx" ON "Village"("districtCode");

-- CreateIndex
CREATE UNIQUE INDEX "ImmigrationOffice_slug_key" ON "ImmigrationOffice"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Officer_nip_key" ON "Officer"("nip");

-- CreateIndex
CREATE UNIQUE INDEX "Officer_userId_key" ON "Officer"("userId");

-- CreateIndex
CREATE INDEX "Officer_officeId_active_idx" ON "Officer"("officeId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_active_idx" ON "User"("role", "active");

-- CreateIndex
CREATE INDEX "User_officeId_idx" ON "User"("officeId");

-- CreateIndex
CREATE INDEX "User_villageCode_idx" ON "User"("villageCode");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");

-- CreateIndex
CREATE INDEX "LoginAttempt_emailKey_createdAt_idx" ON "LoginAttempt"("emailKey", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "Designation_officeId_status_idx" ON "Designation"("officeId", "status");

-- CreateIndex
CREATE INDEX "Designation_villageCode_idx" ON "Designation"("villageCode");

-- CreateIndex
CREATE INDEX "DesignationOfficer_officerId_idx" ON "DesignationOfficer"("officerId");

-- CreateIndex
CREATE UNIQUE INDEX "OutreachEvent_rescheduledToId_key" ON "OutreachEvent"("rescheduledToId");

-- CreateIndex
CREATE UNIQUE INDEX "OutreachEvent_visitRequestId_key" ON "OutreachEvent"("visitRequestId");

-- CreateIndex
CREATE UNIQUE INDEX "OutreachEvent_idempotencyKey_key" ON "OutreachEvent"("idempotencyKey");

-- CreateIndex
CREATE INDEX "OutreachEvent_officeId_startsAt_idx" ON "OutreachEvent"("officeId", "startsAt");

-- CreateIndex
CREATE INDEX "OutreachEvent_villageCode_startsAt_idx" ON "OutreachEvent"("villageCode", "startsAt");

-- CreateIndex
CREATE INDEX "OutreachEvent_isPublic_status_startsAt_idx" ON "OutreachEvent"("isPublic", "status", "startsAt");

-- CreateIndex
CREATE INDEX "EventOfficer_officerId_idx" ON "EventOfficer"("officerId");

-- CreateIndex
CREATE INDEX "VisitRequest_officeId_status_idx" ON "VisitRequest"("officeId", "status");

-- CreateIndex
CREATE INDEX "VisitRequest_villageCode_createdAt_idx" ON "VisitRequest"("villageCode", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarToken_tokenHash_key" ON "CalendarToken"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Candidate_nikHash_key" ON "Candidate"("nikHash");

-- CreateIndex
CREATE UNIQUE INDEX "Candidate_idempotencyKey_key" ON "Candidate"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Candidate_villageCode_createdAt_idx" ON "Candidate"("villageCode", "createdAt");

-- CreateIndex
CREATE INDEX "Candidate_villageCode_passportStatus_idx" ON "Candidate"("villageCode", "passportStatus");

-- CreateIndex
CREATE INDEX "Candidate_riskCount_plannedDeparture_idx" ON "Candidate"("riskCount", "plannedDeparture");

-- CreateIndex
CREATE INDEX "Candidate_plannedDeparture_idx" ON "Candidate"("plannedDeparture");

-- CreateIndex
CREATE INDEX "PassportStatusChange_candidateId_createdAt_idx" ON "PassportStatusChange"("candidateId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "GuidanceRecord_idempotencyKey_key" ON "GuidanceRecord"("idempotencyKey");

-- CreateIndex
CREATE INDEX "GuidanceRecord_candidateId_sessionDate_idx" ON "GuidanceRecord"("candidateId", "sessionDate");

-- CreateIndex
CREATE INDEX "GuidanceRecord_followUpDate_idx" ON "GuidanceRecord"("followUpDate");

-- CreateIndex
CREATE INDEX "CandidateNote_candidateId_createdAt_idx" ON "CandidateNote"("candidateId", "createdAt");

-- CreateIndex
CREATE INDEX "AccessRecord_candidateId_at_idx" ON "AccessRecord"("candidateId", "at");

-- CreateIndex
CREATE INDEX "AccessRecord_actorId_at_idx" ON "AccessRecord"("actorId", "at");

-- CreateIndex
CREATE INDEX "DataSubjectRequest_status_dueAt_idx" ON "DataSubjectRequest"("status", "dueAt");

-- CreateIndex
CREATE INDEX "DataSubjectRequest_villageCode_idx" ON "DataSubjectRequest"("villageCode");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");

-- CreateIndex
CREATE INDEX "Guide_locale_published_category_sortOrder_idx" ON "Guide"("locale", "published", "category", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "Guide_slug_locale_key" ON "Guide"("slug", "locale");

-- AddForeignKey
ALTER TABLE "Regency" ADD CONSTRAINT "Regency_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "Province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Regency" ADD CONSTRAINT "Regency_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "ImmigrationOffice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "District" ADD CONSTRAINT "District_regencyCode_fkey" FOREIGN KEY ("regencyCode") REFERENCES "Regency"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Village" ADD CONSTRAINT "Village_districtCode_fkey" FOREIGN KEY ("districtCode") REFERENCES "District"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImmigrationOffice" ADD CONSTRAINT "ImmigrationOffice_regionalProvinceCode_fkey" FOREIGN KEY ("regionalProvinceCode") REFERENCES "Province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Officer" ADD CONSTRAINT "Officer_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "ImmigrationOffice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Officer" ADD CONSTRAINT "Officer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "ImmigrationOffice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "Village"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordResetToken" ADD CONSTRAINT "PasswordResetToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Designation" ADD CONSTRAINT "Designation_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "Village"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Designation" ADD CONSTRAINT "Designation_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "ImmigrationOffice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DesignationOfficer" ADD CONSTRAINT "DesignationOfficer_designationId_fkey" FOREIGN KEY ("designationId") REFERENCES "Designation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DesignationOfficer" ADD CONSTRAINT "DesignationOfficer_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "Officer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachEvent" ADD CONSTRAINT "OutreachEvent_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "ImmigrationOffice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachEvent" ADD CONSTRAINT "OutreachEvent_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "Village"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachEvent" ADD CONSTRAINT "OutreachEvent_designationId_fkey" FOREIGN KEY ("designationId") REFERENCES "Designation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachEvent" ADD CONSTRAINT "OutreachEvent_rescheduledToId_fkey" FOREIGN KEY ("rescheduledToId") REFERENCES "OutreachEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachEvent" ADD CONSTRAINT "OutreachEvent_visitRequestId_fkey" FOREIGN KEY ("visitRequestId") REFERENCES "VisitRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventOfficer" ADD CONSTRAINT "EventOfficer_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "OutreachEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventOfficer" ADD CONSTRAINT "EventOfficer_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "Officer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventReport" ADD CONSTRAINT "EventReport_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "OutreachEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipants" ADD CONSTRAINT "EventParticipants_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "EventReport"("eventId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitRequest" ADD CONSTRAINT "VisitRequest_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "Village"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitRequest" ADD CONSTRAINT "VisitRequest_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "ImmigrationOffice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarToken" ADD CONSTRAINT "CalendarToken_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "ImmigrationOffice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarToken" ADD CONSTRAINT "CalendarToken_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "Officer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "Village"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PassportStatusChange" ADD CONSTRAINT "PassportStatusChange_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidanceRecord" ADD CONSTRAINT "GuidanceRecord_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidanceRecord" ADD CONSTRAINT "GuidanceRecord_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "Officer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateNote" ADD CONSTRAINT "CandidateNote_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessRecord" ADD CONSTRAINT "AccessRecord_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataSubjectRequest" ADD CONSTRAINT "DataSubjectRequest_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

