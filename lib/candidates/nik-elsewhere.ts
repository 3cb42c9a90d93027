import "server-only";
import { db } from "@/lib/platform/db/client";
import type { Actor } from "@/lib/platform/auth/policy";
import { recordAudit } from "@/lib/platform/audit/log";
import { conflict, type Failure } from "@/lib/platform/command";

// A NIK typed in one village that is registered in another. Saying where would make the form an oracle for
// whether a person is a CPMI anywhere (issue #16), so the answer says only "registered elsewhere, the office
// will reconcile". Each hit is an audit entry on the record that holds the NIK (never the NIK itself): the
// holding office sees it on its dashboard, and the entries count against the account's daily limit.

export const NIK_ELSEWHERE_ACTION = "candidate.nikElsewhere";
/** Hits one account may cause in a day before the form refuses outright. */
export const NIK_ELSEWHERE_DAILY_LIMIT = 5;
const DAY_MS = 24 * 3_600_000;

export async function reportNikElsewhere(actor: Actor, holder: { id: string; villageCode: string }): Promise<Failure> {
  const recent = await db.auditLog.count({
    where: { action: NIK_ELSEWHERE_ACTION, actorId: actor.id, at: { gt: new Date(Date.now() - DAY_MS) } },
  });
  // Outside the refused write's transaction, so it stays.
  await recordAudit({
    actor,
    action: NIK_ELSEWHERE_ACTION,
    entity: "Candidate",
    entityId: holder.id,
    changes: { fromVillage: actor.villageCode, heldInVillage: holder.villageCode },
  });
  if (recent >= NIK_ELSEWHERE_DAILY_LIMIT) return conflict("candidate.duplicate.throttled", { field: "nik" });
  return conflict("candidate.duplicate.elsewhere", { field: "nik" });
}
