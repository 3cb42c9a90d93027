import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/policy";

export async function listFeesForEditing(actor: Actor) {
  authorize(actor, "referenceData:manage");
  return db.passportFee.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }] });
}

export async function listMoratoriumForEditing(actor: Actor) {
  authorize(actor, "referenceData:manage");
  return db.moratoriumCountry.findMany({ orderBy: { countryCode: "asc" } });
}
