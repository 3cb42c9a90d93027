import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import type { Actor } from "@/lib/platform/auth/policy";
import { decryptField } from "@/lib/platform/crypto/fields";
import { recordGuidance, registerCandidate, updateCandidate } from "@/lib/candidates/commands";
import { listCandidates } from "@/lib/candidates/queries";
import { candidateFiltersSchema } from "@/lib/candidates/schema";
import { createVisitRequest } from "@/lib/visit-requests/commands";
import { createActor, createOffice, pickVillage } from "../support/factories/base";
import { candidateInput, createCandidate } from "../support/factories/candidates";
import { mutated, trickyString } from "../support/fuzz";

// The domain commands and the register search on the real database under hostile input: every call answers
// (ok, or field errors) — never an exception that would be a 500 — and a refused write leaves every table as
// it was. Fewer runs than the pure schema fuzz: each run is a real transaction.

const now = new Date("2026-11-28T02:00:00Z");
let official: Actor;
let neighbour: Actor;

beforeAll(async () => {
  await createOffice(["63.02"]);
  official = await createActor("VILLAGE_OFFICIAL", { villageCode: await pickVillage("63.02") });
  neighbour = await createActor("VILLAGE_OFFICIAL", { villageCode: await pickVillage("63.02") });
});

async function tableCounts() {
  const [candidates, guidance, audit, visits] = await Promise.all([
    db.candidate.count(),
    db.guidanceRecord.count(),
    db.auditLog.count(),
    db.visitRequest.count(),
  ]);
  return { candidates, guidance, audit, visits };
}

describe("domain commands under hostile input", { timeout: 120_000 }, () => {
  it("registerCandidate answers and never half-writes", async () => {
    await fc.assert(
      fc.asyncProperty(mutated(candidateInput()), fc.boolean(), async (input, fresh) => {
        // Half the runs get a new NIK so that accepted input really reaches the INSERT.
        const body = fresh ? { ...input, nik: candidateInput().nik } : input;
        const before = await tableCounts();
        const result = await registerCandidate(official, body, { now });
        const after = await tableCounts();
        if (!result.ok) {
          expect(after).toEqual(before);
          return;
        }
        expect(after.candidates).toBe(before.candidates + 1);
        const stored = await db.candidate.findUniqueOrThrow({ where: { id: result.value.id } });
        // Mass assignment: the village is the actor's, whatever the body said.
        expect(stored.villageCode).toBe(official.villageCode);
        expect(stored.createdById).toBe(official.id);
        expect(decryptField(stored.nikEncrypted)).toMatch(/^\d{16}$/);
        expect(stored.name).not.toMatch(/[\u0000\u202E]/);
      }),
      { numRuns: 40 },
    );
  });

  it("updateCandidate answers and never half-writes", async () => {
    const candidate = await createCandidate(official, {}, { now });
    await fc.assert(
      fc.asyncProperty(mutated({ ...candidateInput(), nik: "", birthDate: candidate.birthDate.toISOString().slice(0, 10) }), async (input) => {
        const current = await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } });
        const before = await tableCounts();
        const result = await updateCandidate(official, candidate.id, { ...input, version: String(current.version) }, { now });
        if (!result.ok) expect(await tableCounts()).toEqual(before);
        const after = await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } });
        expect(after.villageCode).toBe(official.villageCode);
      }),
      { numRuns: 25 },
    );
  });

  it("recordGuidance and createVisitRequest answer and never half-write", async () => {
    const candidate = await createCandidate(official, {}, { now });
    await fc.assert(
      fc.asyncProperty(
        mutated({ sessionDate: "2026-11-27", topics: ["M_PASPOR"], notes: "catatan", followUpDate: "" }),
        mutated({ topic: "Sosialisasi M-Paspor", preferredFrom: "2026-12-10", preferredTo: "2026-12-20", expectedParticipants: "40", notes: "" }),
        async (guidance, visit) => {
          let before = await tableCounts();
          const recorded = await recordGuidance(official, candidate.id, guidance, { now });
          if (!recorded.ok) expect(await tableCounts()).toEqual(before);
          before = await tableCounts();
          const requested = await createVisitRequest(official, visit, { now });
          if (!requested.ok) expect(await tableCounts()).toEqual(before);
          else {
            const stored = await db.visitRequest.findUniqueOrThrow({ where: { id: requested.value.id } });
            expect(stored.villageCode).toBe(official.villageCode);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("register search under hostile queries", { timeout: 120_000 }, () => {
  it("treats %, _ and \\ literally and never leaves the actor's village", async () => {
    const literal = await createCandidate(official, { name: "Nur_Aini 100% \\ Lestari" }, { now });
    await createCandidate(official, { name: "Nurbaini Seratus Persen" }, { now });
    await createCandidate(neighbour, { name: "Nur_Aini 100% \\ Lestari" }, { now });

    const found = await listCandidates(official, candidateFiltersSchema.parse({ q: "_Aini 100% \\" }));
    expect(found.items.map((item) => item.id)).toEqual([literal.id]);
    // Single wildcard characters have no trigrams, so only a literal match may come back: names that really
    // contain the character (the fuzzing above may have registered some), and only from the actor's village.
    for (const q of ["%", "_", "\\", "%%", "__", "%_%"]) {
      const result = await listCandidates(official, candidateFiltersSchema.parse({ q }));
      expect(result.items.some((item) => item.id === literal.id), `q=${q}`).toBe(literal.name.includes(q));
      for (const item of result.items) {
        expect(item.villageCode, `q=${q}`).toBe(official.villageCode);
        expect(item.name.toLowerCase(), `q=${q}`).toContain(q.toLowerCase());
      }
    }

    await fc.assert(
      fc.asyncProperty(trickyString, fc.string({ maxLength: 3 }), async (q, page) => {
        const filters = candidateFiltersSchema.parse({ q, page });
        const result = await listCandidates(official, filters);
        const ids = result.items.map((item) => item.id);
        if (ids.length) {
          const villages = await db.candidate.findMany({ where: { id: { in: ids } }, select: { villageCode: true } });
          expect(villages.every((row) => row.villageCode === official.villageCode)).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  });
});
