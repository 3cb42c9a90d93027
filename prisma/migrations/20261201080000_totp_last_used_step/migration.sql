-- The 30-second TOTP step of the last code accepted at sign-in: a code is accepted only for a later step, so a
-- code seen over someone's shoulder or replayed from a captured request cannot be used a second time (issue #16).
ALTER TABLE "User" ADD COLUMN "totpLastUsedStep" INTEGER;
