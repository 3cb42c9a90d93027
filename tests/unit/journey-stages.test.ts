import { describe, expect, it } from "vitest";
import { JourneyStage } from "@/lib/platform/db/generated/enums";
import { STAGE_TRANSITIONS, caseAgeBand, refusedTransition } from "@/lib/journeys/stages";
import { maskText } from "@/lib/identity/text";

describe("journey stage rules", () => {
  it("answers every refused transition with a message key, and none for an allowed one", () => {
    for (const from of Object.values(JourneyStage)) {
      for (const to of Object.values(JourneyStage)) {
        const refused = refusedTransition(from, to);
        if (STAGE_TRANSITIONS[from].includes(to)) expect(refused).toBeNull();
        else expect(refused).toMatch(/^journey\./);
      }
    }
    expect(refusedTransition("PREPARING", "RETURNED")).toBe("journey.returnedBeforeDeparted");
    expect(refusedTransition("DEPARTED", "DEPARTED")).toBe("journey.alreadyAbroad");
  });

  it("puts case ages in their bands at the edges", () => {
    const today = new Date("2026-11-28");
    const opened = (days: number) => new Date(today.getTime() - days * 86_400_000);
    expect([0, 7, 8, 30, 31, 90, 91].map((d) => caseAgeBand(opened(d), today))).toEqual(["0-7", "0-7", "8-30", "8-30", "31-90", "31-90", "90+"]);
  });

  it("masks personal text to its first and last two characters", () => {
    expect(maskText("Ladang Sawit Tawau Sdn Bhd")).toBe("La••••••••hd");
    expect(maskText("Siti +60 12")).toBe("Si•••••••12");
    expect(maskText("abc")).toBe("••••");
  });
});
