import "server-only";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { db } from "@/lib/platform/db/client";
import { type Actor } from "@/lib/platform/auth/policy";

export async function listFeesForEditing(actor: Actor) {
  await authorizeAudited(actor, "referenceData:manage");
  return db.passportFee.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }] });
}

export async function listMoratoriumForEditing(actor: Actor) {
  await authorizeAudited(actor, "referenceData:manage");
  return db.moratoriumCountry.findMany({ orderBy: { countryCode: "asc" } });
}
