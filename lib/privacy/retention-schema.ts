import { z } from "zod";

// Retention periods of CPMI records (UU PDP: processing ends when the retention period ends). Administrators
// change them; the privacy notice and the consent text show the values in force.

export const RETENTION_SETTING_KEY = "privacy.retention";

export const retentionPolicySchema = z.object({
  monthsAfterDeparture: z.coerce.number().int("privacy.retention.months").min(1, "privacy.retention.months").max(240, "privacy.retention.months"),
  monthsOfInactivity: z.coerce.number().int("privacy.retention.months").min(1, "privacy.retention.months").max(240, "privacy.retention.months"),
});

export type RetentionPolicy = z.infer<typeof retentionPolicySchema>;

export const DEFAULT_RETENTION: RetentionPolicy = { monthsAfterDeparture: 24, monthsOfInactivity: 36 };
