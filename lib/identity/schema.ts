import { z } from "zod";
import { cleanNik, isNikFormat, parseNik } from "./nik";
import { normalisePhone } from "./phone";
import { normaliseEmail } from "./email";

// The zod field types of NIK, phone and e-mail, shared by every form that takes them (registration, edit,
// privacy correction, accounts). Messages are catalog keys under "identity." (lib/platform/i18n/messages/identity.ts).

/** A NIK that passes every rule of its structure (region, birth date, serial); spaces and dashes dropped. */
export const nikField = z.preprocess(
  (v) => (typeof v === "string" ? cleanNik(v) : v),
  z.string({ error: "identity.nik.length" }).superRefine((value, ctx) => {
    const parsed = parseNik(value);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.error });
  }),
);

/** Sixteen digits, nothing more: to look up a record by a NIK as the person states it. */
export const nikLookupField = z.preprocess(
  (v) => (typeof v === "string" ? cleanNik(v) : v),
  z.string({ error: "identity.nik.length" }).refine(isNikFormat, "identity.nik.length"),
);

/** An optional mobile number in the normal form "+628…", or null when left empty. */
export const optionalPhoneField = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? v : undefined),
  z
    .string()
    .max(30, "identity.phone.invalid")
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return null;
      const phone = normalisePhone(value);
      if (!phone) {
        ctx.addIssue({ code: "custom", message: "identity.phone.invalid" });
        return z.NEVER;
      }
      return phone;
    }),
);

/** An e-mail address, trimmed and lower-cased. */
export const emailField = z.preprocess(
  (v) => (typeof v === "string" ? normaliseEmail(v) : v),
  z.string({ error: "identity.email.invalid" }).max(254, "identity.email.invalid").pipe(z.email("identity.email.invalid")),
);
