-- Rules the database holds itself, beyond what schema.prisma can say. Written by hand.

-- Typo-tolerant name search (villages, candidates). The extension lives in public so every schema sees it.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE INDEX "Village_name_trgm_idx" ON "Village" USING gin ("name" public.gin_trgm_ops);
CREATE INDEX "Candidate_name_trgm_idx" ON "Candidate" USING gin ("name" public.gin_trgm_ops);

-- Accounts
ALTER TABLE "User" ADD CONSTRAINT "User_email_lowercase_chk" CHECK ("email" = lower("email"));
ALTER TABLE "User" ADD CONSTRAINT "User_scope_chk" CHECK (
  ("role" = 'ADMIN') OR
  ("role" = 'OFFICE_STAFF' AND "officeId" IS NOT NULL) OR
  ("role" = 'VILLAGE_OFFICIAL' AND "villageCode" IS NOT NULL)
);
ALTER TABLE "User" ADD CONSTRAINT "User_sessionVersion_chk" CHECK ("sessionVersion" >= 1);

-- Offices and officers
ALTER TABLE "ImmigrationOffice" ADD CONSTRAINT "ImmigrationOffice_timeZone_chk"
  CHECK ("timeZone" IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'));
ALTER TABLE "Officer" ADD CONSTRAINT "Officer_nip_chk" CHECK ("nip" ~ '^[0-9]{18}$');

-- Designations: one active designation per village.
CREATE UNIQUE INDEX "Designation_one_active_per_village" ON "Designation" ("villageCode") WHERE "status" = 'ACTIVE';
ALTER TABLE "Designation" ADD CONSTRAINT "Designation_year_chk" CHECK ("year" BETWEEN 2023 AND 2100);
ALTER TABLE "Designation" ADD CONSTRAINT "Designation_deactivation_chk"
  CHECK (("status" = 'ACTIVE') = ("deactivatedAt" IS NULL));

-- Events
ALTER TABLE "OutreachEvent" ADD CONSTRAINT "OutreachEvent_dates_chk" CHECK ("endsAt" > "startsAt");
ALTER TABLE "OutreachEvent" ADD CONSTRAINT "OutreachEvent_reason_chk"
  CHECK ("status" NOT IN ('CANCELLED', 'POSTPONED') OR "statusReason" IS NOT NULL);
ALTER TABLE "EventParticipants" ADD CONSTRAINT "EventParticipants_counts_chk" CHECK ("male" >= 0 AND "female" >= 0);
ALTER TABLE "VisitRequest" ADD CONSTRAINT "VisitRequest_dates_chk" CHECK ("preferredTo" >= "preferredFrom");
ALTER TABLE "VisitRequest" ADD CONSTRAINT "VisitRequest_participants_chk" CHECK ("expectedParticipants" BETWEEN 1 AND 10000);
ALTER TABLE "CalendarToken" ADD CONSTRAINT "CalendarToken_owner_chk" CHECK (("officeId" IS NULL) <> ("officerId" IS NULL));

-- Candidates
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_destination_chk" CHECK ("destinationCountry" ~ '^[A-Z]{2}$');
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_agency_chk"
  CHECK ("placementChannel" <> 'P3MI' OR "anonymisedAt" IS NOT NULL OR coalesce(length(trim("agencyName")), 0) > 0);
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_version_chk" CHECK ("version" >= 1);
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_riskCount_chk" CHECK ("riskCount" = cardinality("riskFlags"));
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_rt_rw_chk"
  CHECK (("rt" IS NULL OR "rt" ~ '^[0-9]{1,3}$') AND ("rw" IS NULL OR "rw" ~ '^[0-9]{1,3}$'));
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_guardian_chk"
  CHECK ("consentMethod" <> 'PARENTAL_WRITTEN' OR "anonymisedAt" IS NOT NULL OR coalesce(length(trim("consentGuardianName")), 0) > 0);
ALTER TABLE "GuidanceRecord" ADD CONSTRAINT "GuidanceRecord_topics_chk" CHECK (cardinality("topics") >= 1);
ALTER TABLE "GuidanceRecord" ADD CONSTRAINT "GuidanceRecord_followup_chk"
  CHECK ("followUpDate" IS NULL OR "followUpDate" >= "sessionDate");

-- Guides and their data
ALTER TABLE "Guide" ADD CONSTRAINT "Guide_slug_chk" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "PassportFee" ADD CONSTRAINT "PassportFee_amount_chk" CHECK ("amount" >= 0);
ALTER TABLE "MoratoriumCountry" ADD CONSTRAINT "MoratoriumCountry_code_chk" CHECK ("countryCode" ~ '^[A-Z]{2}$');

-- The audit trail is append-only: no role the app connects as may change or remove a row.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
