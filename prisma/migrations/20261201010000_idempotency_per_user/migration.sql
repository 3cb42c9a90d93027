-- Idempotency keys are scoped to the user who submitted the form (decision 014): the same key from two users
-- makes two records, and a repeat by the same user finds the first. Existing keys are unique globally, so they
-- are unique per user as well.
DROP INDEX "OutreachEvent_idempotencyKey_key";
CREATE UNIQUE INDEX "OutreachEvent_createdById_idempotencyKey_key" ON "OutreachEvent"("createdById", "idempotencyKey");

DROP INDEX "Candidate_idempotencyKey_key";
CREATE UNIQUE INDEX "Candidate_createdById_idempotencyKey_key" ON "Candidate"("createdById", "idempotencyKey");

DROP INDEX "GuidanceRecord_idempotencyKey_key";
CREATE UNIQUE INDEX "GuidanceRecord_givenByUserId_idempotencyKey_key" ON "GuidanceRecord"("givenByUserId", "idempotencyKey");
