import "server-only";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { db } from "@/lib/platform/db/client";
import { regencyOf, type Actor } from "@/lib/platform/auth/policy";
import { recordAudit } from "@/lib/platform/audit/log";
import { dayString, timeZoneOfVillage, todayIn } from "@/lib/candidates/dates";
import { fieldKeys } from "@/lib/candidates/results";
import { visitRequestSchema } from "./schema";

// The village side of outreach visit requests: ask the office whose working area holds the village.
// The office side (schedule or decline) lives with the office's event workflow.

export type VisitRequestResult =
  | { ok: true; value: { id: string } }
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string> }
  | { ok: false; reason: "noOffice" };

export async function createVisitRequest(actor: Actor, raw: unknown, options: { now?: Date } = {}): Promise<VisitRequestResult> {
  await authorizeAudited(actor, "visitRequest:create", { villageCode: actor.villageCode }, "village");
  const villageCode = actor.villageCode!;
  const parsed = visitRequestSchema(todayIn(timeZoneOfVillage(villageCode), options.now)).safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: fieldKeys(parsed.error) };
  const input = parsed.data;
  const regency = await db.regency.findUnique({ where: { code: regencyOf(villageCode) }, select: { officeId: true } });
  if (!regency?.officeId) return { ok: false, reason: "noOffice" };
  const officeId = regency.officeId;

  const created = await db.$transaction(async (tx) => {
    const request = await tx.visitRequest.create({
      data: {
        villageCode,
        officeId,
        topic: input.topic,
        preferredFrom: input.preferredFrom,
        preferredTo: input.preferredTo,
        expectedParticipants: input.expectedParticipants,
        notes: input.notes ?? null,
        requestedById: actor.id,
      },
    });
    await recordAudit(
      {
        actor,
        action: "visitRequest.create",
        entity: "VisitRequest",
        entityId: request.id,
        changes: {
          topic: { from: null, to: input.topic },
          preferredFrom: { from: null, to: dayString(input.preferredFrom) },
          preferredTo: { from: null, to: dayString(input.preferredTo) },
          expectedParticipants: { from: null, to: input.expectedParticipants },
        },
      },
      tx,
    );
    return request;
  });
  return { ok: true, value: { id: created.id } };
}
