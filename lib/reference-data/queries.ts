import "server-only";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { db, type Tx } from "@/lib/platform/db/client";
import { type Actor } from "@/lib/platform/auth/policy";

export async function listFeesForEditing(actor: Actor) {
  await authorizeAudited(actor, "referenceData:manage");
  return db.passportFee.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }] });
}

export async function listZeroCostJobsForEditing(actor: Actor) {
  await authorizeAudited(actor, "referenceData:manage");
  return db.zeroCostJob.findMany({ orderBy: { jobSector: "asc" } });
}

export async function listMoratoriumForEditing(actor: Actor) {
  await authorizeAudited(actor, "referenceData:manage");
  return db.moratoriumCountry.findMany({ orderBy: { countryCode: "asc" } });
}

/**
 * What the risk rules read (lib/candidates/risk.ts, its RiskReference; typed by its shape here so the two
 * folders do not import each other): moratorium countries with their dates and the zero-cost
 * jobs. Internal: it holds no personal data, so every command that computes flags may call it in its transaction.
 */
export async function loadRiskReference(client: Pick<Tx, "moratoriumCountry" | "zeroCostJob"> = db) {
  const [moratorium, jobs] = await Promise.all([
    client.moratoriumCountry.findMany({ select: { countryCode: true, inForceSince: true } }),
    client.zeroCostJob.findMany({ select: { jobSector: true } }),
  ]);
  return { moratorium, zeroCostJobs: jobs.map((j) => j.jobSector) };
}
