import { describe, expect, it } from "vitest";
import { db, dbPool } from "@/lib/platform/db/client";
import { decryptField, encryptField } from "@/lib/platform/crypto/fields";
import { renormaliseStoredPhones } from "@/lib/identity/phone-migration";
import { updateCandidate } from "@/lib/candidates/commands";
import { getCandidateForEdit } from "@/lib/candidates/queries";
import { GENDANG_TIMBURU, createActor } from "../support/factories/base";
import { createCandidate, seedMoratorium } from "../support/factories/candidates";
import { valueOf } from "../support/results";

// Decision 013: before lib/identity, registration stored "+628…" and a privacy correction "08…" in the same
// column. The data step rewrites the old form, is idempotent, and leaves nothing an edit would see as a change.

/** A phone written the old way by a privacy correction: "08…", with that code's mask. */
async function writeOldForm(id: string, phone: string) {
  await db.candidate.update({ where: { id }, data: { phoneEncrypted: encryptField(phone), phoneMasked: `•••••••••${phone.slice(-3)}` } });
}

describe("stored phones in the +62 form", () => {
  it("rewrites rows written as 08…, keeps rows already +628…, and a second run changes nothing", async () => {
    await seedMoratorium(["SA"]);
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: GENDANG_TIMBURU });
    const modern = await createCandidate(official, { phone: "0812-1111-2222" });
    const old = await createCandidate(official, { phone: "0813-3333-4444" });
    const landline = await createCandidate(official, { phone: "" });
    await writeOldForm(old.id, "081333334444");
    await writeOldForm(landline.id, "0511-2345678");
    const untouched = await db.candidate.findUniqueOrThrow({ where: { id: modern.id } });
    const oldBefore = await db.candidate.findUniqueOrThrow({ where: { id: old.id } });

    expect(await renormaliseStoredPhones(dbPool())).toBe(1);
    const rewritten = await db.candidate.findUniqueOrThrow({ where: { id: old.id } });
    expect(decryptField(rewritten.phoneEncrypted!)).toBe("+6281333334444");
    expect(rewritten.phoneMasked).toBe("+62813•••••444");
    // A data step is no edit: the version (open forms) and updatedAt (the retention clock) stay.
    expect(rewritten.version).toBe(oldBefore.version);
    expect(rewritten.updatedAt).toEqual(oldBefore.updatedAt);
    expect(await db.candidate.findUniqueOrThrow({ where: { id: modern.id } })).toEqual(untouched);
    // Not a mobile number: left for a person to correct, and not rewritten on every start.
    expect(decryptField((await db.candidate.findUniqueOrThrow({ where: { id: landline.id } })).phoneEncrypted!)).toBe("0511-2345678");

    expect(await renormaliseStoredPhones(dbPool())).toBe(0);
  });

  it("the next ordinary edit after an old-form phone sees no phone change", async () => {
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: GENDANG_TIMBURU });
    const candidate = await createCandidate(official, { phone: "0812-5555-6666" });
    await writeOldForm(candidate.id, "081255556666");
    const stored = await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } });
    const { values } = await getCandidateForEdit(official, candidate.id);
    valueOf(await updateCandidate(official, candidate.id, { ...values, name: "Nama Baru Sekali" }));
    const after = await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } });
    expect(after.phoneEncrypted).toBe(stored.phoneEncrypted);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: candidate.id, action: "candidate.update" } });
    expect(Object.keys(audit.changes as object)).not.toContain("phoneEncrypted");
  });
});
