import "server-only";
import { sealText } from "@/lib/identity/seal";

// How the journey's personal fields (the employer abroad, a contact abroad) are written, through lib/identity:
// AES-256-GCM ciphertext for the record's page and the subject's copy, a mask for lists. Only the fields given are set.

export function sealJourneyFields(input: { employer?: string | null; contactAbroad?: string | null }) {
  const employer = input.employer ? sealText(input.employer) : null;
  const contactAbroad = input.contactAbroad ? sealText(input.contactAbroad) : null;
  return {
    ...(employer ? { employerEncrypted: employer.encrypted, employerMasked: employer.masked } : {}),
    ...(contactAbroad ? { contactAbroadEncrypted: contactAbroad.encrypted, contactAbroadMasked: contactAbroad.masked } : {}),
  };
}
