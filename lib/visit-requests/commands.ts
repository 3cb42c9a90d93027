import "server-only";
import { db } from "@/lib/platform/db/client";
import { regencyOf } from "@/lib/platform/auth/policy";
import { conflict, defineCommand } from "@/lib/platform/command";
import { dayString, timeZoneOfVillage, todayIn } from "@/lib/candidates/dates";
import { visitRequestSchema } from "./schema";

// The village side of outreach visit requests: ask the office whose working area holds the village.
// The office side (schedule or decline) lives with the office's event workflow.

export const createVisitRequest = defineCommand({
  name: "visitRequest.create",
  permission: "visitRequest:create",
  resource: (actor) => ({ villageCode: actor.villageCode }),
  input: ({ actor, now }) => visitRequestSchema(todayIn(timeZoneOfVillage(actor.villageCode!), now)),
  run: async ({ actor, input, tx, audit }) => {
    const villageCode = actor.villageCode!;
    const regency = await db.regency.findUnique({ where: { code: regencyOf(villageCode) }, select: { officeId: true } });
    if (!regency?.officeId) return conflict("visit.noOffice");
    const request = await tx.visitRequest.create({
      data: {
        villageCode,
        officeId: regency.officeId,
        topic: input.topic,
        preferredFrom: input.preferredFrom,
        preferredTo: input.preferredTo,
        expectedParticipants: input.expectedParticipants,
        notes: input.notes ?? null,
        requestedById: actor.id,
      },
    });
    await audit({
      action: "visitRequest.create",
      entity: "VisitRequest",
      entityId: request.id,
      changes: {
        topic: { from: null, to: input.topic },
        preferredFrom: { from: null, to: dayString(input.preferredFrom) },
        preferredTo: { from: null, to: dayString(input.preferredTo) },
        expectedParticipants: { from: null, to: input.expectedParticipants },
      },
    });
    return { id: request.id };
  },
});
