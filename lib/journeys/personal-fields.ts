import "server-only";
import { encryptField } from "@/lib/platform/crypto/fields";
import { maskText } from "./stages";

// How the journey's personal fields (the employer abroad, a contact abroad) are written: AES-256-GCM
// ciphertext for the record's page and the subject's copy, a mask for lists. Only the fields given are set.

export function sealJourneyFields(input: { employer?: string | null; contactAbroad?: string | null }) {
  return {
    ...(input.employer ? { employerEncrypted: encryptField(input.employer), employerMasked: maskText(input.employer) } : {}),
    ...(input.contactAbroad ? { contactAbroadEncrypted: encryptField(input.contactAbroad), contactAbroadMasked: maskText(input.contactAbroad) } : {}),
  };
}
