import { z } from "zod";
import { latestIndonesianToday, parseDay } from "@/lib/candidates/dates";
import { cleanText } from "@/lib/platform/validation/text";

// A village's request for an outreach visit, shared by the browser and the server. Messages are keys of
// lib/platform/i18n/messages/village.ts.

const day = (key: string) =>
  z.preprocess(
    (v) => (v === "" || v == null ? undefined : v),
    z.string({ error: key }).transform((value, ctx) => {
      const date = parseDay(value);
      if (!date) {
        ctx.addIssue({ code: "custom", message: key });
        return z.NEVER;
      }
      return date;
    }),
  );

export function visitRequestSchema(today: Date = latestIndonesianToday()) {
  return z
    .object({
      topic: z.preprocess(
        cleanText,
        z.string({ error: "visit.topic.required" }).min(3, "visit.topic.required").max(200, "visit.text.tooLong"),
      ),
      preferredFrom: day("visit.preferredFrom.invalid"),
      preferredTo: day("visit.preferredTo.invalid"),
      expectedParticipants: z.preprocess(
        (v) => (v === "" || v == null ? undefined : v),
        z.coerce
          .number({ error: "visit.expectedParticipants.invalid" })
          .int("visit.expectedParticipants.invalid")
          .min(1, "visit.expectedParticipants.invalid")
          .max(10_000, "visit.expectedParticipants.invalid"),
      ),
      notes: z.preprocess(
        (v) => {
          const value = cleanText(v);
          return typeof value === "string" && value !== "" ? value : undefined;
        },
        z.string().max(1000, "visit.text.tooLong").optional(),
      ),
    })
    .superRefine((value, ctx) => {
      if (value.preferredFrom < today) {
        ctx.addIssue({ code: "custom", path: ["preferredFrom"], message: "visit.preferredFrom.past" });
      }
      if (value.preferredTo < value.preferredFrom) {
        ctx.addIssue({ code: "custom", path: ["preferredTo"], message: "visit.preferredTo.beforeFrom" });
      }
    });
}
export type VisitRequestInput = z.output<ReturnType<typeof visitRequestSchema>>;
