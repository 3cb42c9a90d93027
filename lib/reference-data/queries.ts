import "server-only";
import { authorizeAudited } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { type Actor } from "@/lib/auth/policy";

export async function listFeesForEditing(actor: Actor) {
  await authorizeAudited(actor, "referenceData:manage");
  return db.passportFee.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }] });
}

export async function listMoratoriumForEditing(actor: Actor) {
  await authorizeAudited(actor, "referenceData:manage");
  return db.moratoriumCountry.findMany({ orderBy: { countryCode: "asc" } });
}
