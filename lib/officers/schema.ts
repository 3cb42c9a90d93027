import { z } from "zod";

// NIP (Nomor Induk Pegawai), 18 digits: birth date YYYYMMDD, appointment YYYYMM, sex (1 man, 2 woman), serial.
export function nipProblem(nip: string): string | null {
  if (!/^\d{18}$/.test(nip)) return "officer.nip.format";
  const year = Number(nip.slice(0, 4));
  const month = Number(nip.slice(4, 6));
  const day = Number(nip.slice(6, 8));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1940 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) return "officer.nip.birthDate";
  const appointedYear = Number(nip.slice(8, 12));
  const appointedMonth = Number(nip.slice(12, 14));
  if (appointedYear < year + 17 || appointedMonth < 1 || appointedMonth > 12) return "officer.nip.appointment";
  if (nip[14] !== "1" && nip[14] !== "2") return "officer.nip.sex";
  return null;
}

const text = (max: number) => z.string().trim().min(1, "officer.required").max(max, "officer.tooLong");

export const officerSchema = z.object({
  nip: z
    .string()
    .transform((v) => v.replace(/\s+/g, ""))
    .superRefine((nip, ctx) => {
      const problem = nipProblem(nip);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  name: text(120),
  rank: text(80),
  position: text(120),
  active: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).default(true),
  userId: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.uuid("officer.userId.invalid").nullable()),
});

export type OfficerInput = z.input<typeof officerSchema>;
