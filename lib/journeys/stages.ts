import type { CaseAgency, JourneyStage, PlacementChannel } from "@/lib/platform/db/generated/enums";

// The rules of a worker's journey past the passport, pure. The village monitors departure and return
// (UU 18/2017 Pasal 42(d)); a stage is reached on a day, and only from the stages that lead to it.

/** From each stage, the stages that may follow it. */
export const STAGE_TRANSITIONS: Record<JourneyStage, readonly JourneyStage[]> = {
  PREPARING: ["DEPARTURE_PREVENTED", "DEPARTED"],
  // A prevented departure may be taken up again, or the person may leave later by a legal route.
  DEPARTURE_PREVENTED: ["PREPARING", "DEPARTED"],
  DEPARTED: ["RETURNED"],
  // Back home: leaves again, or stops working abroad.
  RETURNED: ["DEPARTED", "FORMER_WORKER"],
  FORMER_WORKER: ["PREPARING"],
};

/** Why a stage cannot be reached from the current one: the catalog key of the message. */
export function refusedTransition(from: JourneyStage, to: JourneyStage): string | null {
  if (STAGE_TRANSITIONS[from].includes(to)) return null;
  if (to === "RETURNED") return "journey.returnedBeforeDeparted";
  if (to === "DEPARTED") return "journey.alreadyAbroad";
  if (to === "FORMER_WORKER") return "journey.formerBeforeReturned";
  if (to === "DEPARTURE_PREVENTED") return "journey.preventedAfterDeparture";
  return "journey.transition";
}

/**
 * The legal placement channels: UU 18/2017 Pasal 49 (the government agency — G2G —, a licensed P3MI, a company
 * placing its own workers, Pasal 61) and the one-channel scheme SPSK of Kepmenaker 291/2018. Individual
 * (mandiri) placement is not counted as legal or illegal: its status is unverified, so it is reviewed.
 */
export const LEGAL_CHANNELS: readonly PlacementChannel[] = ["G2G", "P3MI", "COMPANY_OWN_WORKERS", "SPSK"];
export const LEGAL_CHANNELS_SOURCE = "UU 18/2017 Pasal 49 dan 61; Kepmenaker 291/2018 (SPSK)";

/** The agencies a case is referred to; BP3MI stands for the KP2MI/BP2MI network (Perpres 165 and 166/2024). */
export const CASE_AGENCIES: readonly CaseAgency[] = ["DISNAKER", "BP3MI", "POLICE", "UPTD_PPA", "EMBASSY", "NGO"];

/** Days without contact after which a worker abroad is flagged, unless an administrator set another value. */
export const DEFAULT_NO_CONTACT_DAYS = 90;
export const NO_CONTACT_SETTING_KEY = "journey.noContactDays";

/** Whole days between two calendar days (UTC midnights). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}

/** Age bands of open cases, as the office's view and the dashboard show them. */
export const CASE_AGE_BANDS = [
  { key: "0-7", max: 7 },
  { key: "8-30", max: 30 },
  { key: "31-90", max: 90 },
  { key: "90+", max: Infinity },
] as const;
export type CaseAgeBand = (typeof CASE_AGE_BANDS)[number]["key"];

export function caseAgeBand(openedOn: Date, today: Date): CaseAgeBand {
  const age = daysBetween(openedOn, today);
  return CASE_AGE_BANDS.find((band) => age <= band.max)!.key;
}
