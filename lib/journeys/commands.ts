import "server-only";
import { conflict, defineCommand, defineRecordCommand, fieldError, type CommandContext } from "@/lib/platform/command";
import { db, type Tx } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { JourneyStage } from "@/lib/platform/db/generated/enums";
import { villageScope, type Actor } from "@/lib/platform/auth/policy";
import { REDACTED } from "@/lib/platform/audit/log";
import { dayString, timeZoneOfVillage, todayIn } from "@/lib/candidates/dates";
import { NO_CONTACT_SETTING_KEY, refusedTransition } from "./stages";
import { sealJourneyFields } from "@/lib/identity/journey-fields";
import {
  closeCaseSchema,
  completeFollowUpSchema,
  contactSchema,
  departureSchema,
  followUpSchema,
  openCaseSchema,
  plainStageSchema,
  preventionSchema,
  referralSchema,
  returnSchema,
  noContactDaysSchema,
  type DayBounds,
} from "./schema";

// Writes on a worker's journey and on cases, each declared once on the command contract. A stage is an
// appended JourneyEvent; the candidate's journeyStage column follows it in the same transaction (decision 022).
// Restricted and erased records are frozen: they are not found here.

type JourneyTarget = Prisma.CandidateGetPayload<{
  select: { id: true; villageCode: true; createdAt: true; journeyStage: true; journeyStageOn: true; lastContactOn: true };
}>;

const journeySelect = { id: true, villageCode: true, createdAt: true, journeyStage: true, journeyStageOn: true, lastContactOn: true } as const;

function loadCandidate(permission: "journey:record" | "case:manage") {
  return (actor: Actor, id: string) =>
    db.candidate.findFirst({
      where: { id, ...villageScope(actor, permission), restrictedAt: null, anonymisedAt: null },
      select: journeySelect,
    });
}

const villageOf = (_: Actor, target: { villageCode: string }) => ({ villageCode: target.villageCode });

/** The calendar day in the record's village. */
const villageToday = (villageCode: string, now: Date) => todayIn(timeZoneOfVillage(villageCode), now);

/** The day the record was registered, in its village: nothing on the journey happens before it. */
const registeredOn = (target: JourneyTarget) => todayIn(timeZoneOfVillage(target.villageCode), target.createdAt);

/** A new stage is on or after the registration and the current stage's day, and not in the future. */
function stageBounds(target: JourneyTarget, now: Date): DayBounds {
  const registered = registeredOn(target);
  const previous = target.journeyStageOn && target.journeyStageOn > registered ? target.journeyStageOn : null;
  return {
    today: villageToday(target.villageCode, now),
    notBefore: previous ? { day: previous, key: "journey.date.beforePrevious" } : { day: registered, key: "journey.date.beforeRegistration" },
  };
}

type StageData = Omit<Prisma.JourneyEventUncheckedCreateInput, "candidateId" | "stage" | "effectiveOn" | "recordedById">;

/** Appends the stage and moves the record to it, if the record is still where the form saw it. */
async function advance(
  ctx: CommandContext<{ stageOn: Date; stageNote?: string }, JourneyTarget>,
  stage: JourneyStage,
  data: StageData,
  candidate: Prisma.CandidateUpdateManyMutationInput = {},
  audited: Record<string, unknown> = {},
) {
  const { tx, target, input, actor } = ctx;
  const refused = refusedTransition(target.journeyStage, stage);
  if (refused) return fieldError("stageOn", refused);
  // The stage is read again under the write: a concurrent stage change makes this one refuse.
  const { count } = await tx.candidate.updateMany({
    where: { id: target.id, journeyStage: target.journeyStage },
    data: { journeyStage: stage, journeyStageOn: input.stageOn, updatedById: actor.id, ...candidate },
  });
  if (count === 0) return fieldError("stageOn", "journey.changedMeanwhile");
  const event = await tx.journeyEvent.create({
    data: { candidateId: target.id, stage, effectiveOn: input.stageOn, note: input.stageNote ?? null, recordedById: actor.id, ...data },
  });
  await ctx.audit({
    action: `journey.${stage.toLowerCase()}`,
    entity: "Candidate",
    entityId: target.id,
    changes: {
      journeyStage: { from: target.journeyStage, to: stage },
      journeyStageOn: { from: target.journeyStageOn ? dayString(target.journeyStageOn) : null, to: dayString(input.stageOn) },
      journeyEventId: event.id,
      ...audited,
    },
  });
  return { id: event.id, candidateId: target.id };
}

export const recordPrevention = defineRecordCommand({
  name: "journey.recordPrevention",
  permission: "journey:record",
  load: loadCandidate("journey:record"),
  resource: villageOf,
  input: ({ target, now }) => preventionSchema(stageBounds(target, now)),
  run: (ctx) => advance(ctx, "DEPARTURE_PREVENTED", { preventionReason: ctx.input.preventionReason }, {}, { preventionReason: ctx.input.preventionReason }),
});

export const recordDeparture = defineRecordCommand({
  name: "journey.recordDeparture",
  permission: "journey:record",
  load: loadCandidate("journey:record"),
  resource: villageOf,
  input: ({ target, now }) => departureSchema(stageBounds(target, now)),
  run: (ctx) => {
    const { input } = ctx;
    return advance(
      ctx,
      "DEPARTED",
      {
        channel: input.channel,
        destinationCountry: input.destinationCountry,
        jobSector: input.jobSector,
        agencyName: input.agencyName ?? null,
        contractMonths: input.contractMonths ?? null,
        ...sealJourneyFields(input),
      },
      // The departure day is the first "contact": the no-contact clock starts there.
      { lastContactOn: input.stageOn },
      {
        channel: input.channel,
        destinationCountry: input.destinationCountry,
        jobSector: input.jobSector,
        contractMonths: input.contractMonths ?? null,
        // Personal fields: the trail keeps that they were given, never what they hold.
        employer: input.employer ? REDACTED : null,
        contactAbroad: input.contactAbroad ? REDACTED : null,
      },
    );
  },
});

export const recordReturn = defineRecordCommand({
  name: "journey.recordReturn",
  permission: "journey:record",
  load: loadCandidate("journey:record"),
  resource: villageOf,
  input: ({ target, now }) => returnSchema(stageBounds(target, now)),
  run: (ctx) =>
    advance(
      ctx,
      "RETURNED",
      { returnReason: ctx.input.returnReason, plansToLeaveAgain: ctx.input.plansToLeaveAgain },
      // UU PDP retention counts from here again (lib/privacy/retention.ts).
      { returnedOn: ctx.input.stageOn },
      { returnReason: ctx.input.returnReason, plansToLeaveAgain: ctx.input.plansToLeaveAgain },
    ),
});

export const markFormerWorker = defineRecordCommand({
  name: "journey.markFormerWorker",
  permission: "journey:record",
  load: loadCandidate("journey:record"),
  resource: villageOf,
  input: ({ target, now }) => plainStageSchema(stageBounds(target, now)),
  run: (ctx) => advance(ctx, "FORMER_WORKER", {}),
});

export const resumePreparing = defineRecordCommand({
  name: "journey.resumePreparing",
  permission: "journey:record",
  load: loadCandidate("journey:record"),
  resource: villageOf,
  input: ({ target, now }) => plainStageSchema(stageBounds(target, now)),
  run: (ctx) => advance(ctx, "PREPARING", {}),
});

export const recordContact = defineRecordCommand({
  name: "journey.recordContact",
  permission: "journey:record",
  load: loadCandidate("journey:record"),
  resource: villageOf,
  input: ({ target, now }) =>
    contactSchema({
      today: villageToday(target.villageCode, now),
      notBefore: target.journeyStageOn ? { day: target.journeyStageOn, key: "journey.contact.beforeDeparture" } : undefined,
    }),
  run: async ({ tx, target, input, actor, audit }) => {
    if (target.journeyStage !== "DEPARTED") return fieldError("contactedOn", "journey.contact.notAbroad");
    const contact = await tx.abroadContact.create({
      data: {
        candidateId: target.id,
        contactedOn: input.contactedOn,
        method: input.method,
        withFamily: input.withFamily,
        outcome: input.outcome,
        note: input.contactNote ?? null,
        recordedById: actor.id,
      },
    });
    // A contact recorded late keeps the latest day.
    await tx.candidate.updateMany({
      where: { id: target.id, OR: [{ lastContactOn: null }, { lastContactOn: { lt: input.contactedOn } }] },
      data: { lastContactOn: input.contactedOn },
    });
    await audit({
      action: "journey.contact",
      entity: "Candidate",
      entityId: target.id,
      changes: { contactId: contact.id, contactedOn: dayString(input.contactedOn), method: input.method, outcome: input.outcome },
    });
    return { id: contact.id, candidateId: target.id, problem: input.outcome === "PROBLEM" };
  },
});

export const openCase = defineRecordCommand({
  name: "case.open",
  permission: "case:manage",
  load: loadCandidate("case:manage"),
  resource: villageOf,
  input: ({ target, now }) =>
    openCaseSchema({
      today: villageToday(target.villageCode, now),
      notBefore: { day: registeredOn(target), key: "journey.date.beforeRegistration" },
    }),
  run: async ({ tx, target, input, actor, audit }) => {
    const created = await tx.workerCase.create({
      data: {
        candidateId: target.id,
        villageCode: target.villageCode,
        type: input.type,
        source: input.source,
        urgency: input.urgency,
        description: input.description,
        openedOn: input.openedOn,
        openedById: actor.id,
      },
    });
    await audit({
      action: "case.open",
      entity: "WorkerCase",
      entityId: created.id,
      changes: { candidateId: target.id, type: input.type, source: input.source, urgency: input.urgency, openedOn: dayString(input.openedOn) },
    });
    return { id: created.id, candidateId: target.id };
  },
});

type CaseTarget = { id: string; candidateId: string; villageCode: string; status: "OPEN" | "CLOSED"; openedOn: Date; version: number };

/** A case of a record that is neither restricted nor erased, in the actor's scope. */
async function loadCase(actor: Actor, id: string): Promise<CaseTarget | null> {
  return db.workerCase.findFirst({
    where: { id, ...villageScope(actor, "case:manage"), candidate: { restrictedAt: null, anonymisedAt: null } },
    select: { id: true, candidateId: true, villageCode: true, status: true, openedOn: true, version: true },
  });
}

const caseBounds = (target: CaseTarget, now: Date): DayBounds => ({
  today: villageToday(target.villageCode, now),
  notBefore: { day: target.openedOn, key: "journey.case.beforeOpened" },
});

/** Bumps the case's version while it is still open; false when someone closed it meanwhile. */
async function touchOpenCase(tx: Tx, target: CaseTarget, data: Prisma.WorkerCaseUpdateManyMutationInput = {}) {
  const { count } = await tx.workerCase.updateMany({
    where: { id: target.id, status: "OPEN" },
    data: { ...data, version: { increment: 1 } },
  });
  return count === 1;
}

export const referCase = defineRecordCommand({
  name: "case.refer",
  permission: "case:manage",
  load: loadCase,
  resource: villageOf,
  input: ({ target, now }) => referralSchema(caseBounds(target, now)),
  run: async ({ tx, target, input, actor, audit }) => {
    if (!(await touchOpenCase(tx, target))) return fieldError("agency", "journey.case.closed");
    const referral = await tx.caseReferral.create({
      data: { caseId: target.id, agency: input.agency, referredOn: input.referredOn, contactPerson: input.contactPerson, request: input.request, createdById: actor.id },
    });
    await audit({
      action: "case.refer",
      entity: "WorkerCase",
      entityId: target.id,
      changes: { referralId: referral.id, agency: input.agency, referredOn: dayString(input.referredOn) },
    });
    return { id: referral.id, caseId: target.id };
  },
});

export const addCaseFollowUp = defineRecordCommand({
  name: "case.addFollowUp",
  permission: "case:manage",
  load: loadCase,
  resource: villageOf,
  input: ({ target }) => followUpSchema(target.openedOn),
  run: async ({ tx, target, input, actor, audit }) => {
    if (!(await touchOpenCase(tx, target))) return fieldError("dueOn", "journey.case.closed");
    const followUp = await tx.caseFollowUp.create({
      data: { caseId: target.id, dueOn: input.dueOn, action: input.action, createdById: actor.id },
    });
    await audit({ action: "case.addFollowUp", entity: "WorkerCase", entityId: target.id, changes: { followUpId: followUp.id, dueOn: dayString(input.dueOn) } });
    return { id: followUp.id, caseId: target.id };
  },
});

type FollowUpTarget = { id: string; doneAt: Date | null; case: CaseTarget };

export const completeCaseFollowUp = defineRecordCommand({
  name: "case.completeFollowUp",
  permission: "case:manage",
  load: async (actor: Actor, id: string): Promise<FollowUpTarget | null> =>
    db.caseFollowUp.findFirst({
      where: { id, case: { ...villageScope(actor, "case:manage"), candidate: { restrictedAt: null, anonymisedAt: null } } },
      select: { id: true, doneAt: true, case: { select: { id: true, candidateId: true, villageCode: true, status: true, openedOn: true, version: true } } },
    }),
  resource: (_: Actor, target: FollowUpTarget) => ({ villageCode: target.case.villageCode }),
  input: completeFollowUpSchema,
  run: async ({ tx, target, now, actor, audit }) => {
    if (target.doneAt) return conflict("journey.followUp.done");
    if (!(await touchOpenCase(tx, target.case))) return conflict("journey.case.closed");
    await tx.caseFollowUp.update({ where: { id: target.id }, data: { doneAt: now, doneById: actor.id } });
    await audit({ action: "case.completeFollowUp", entity: "WorkerCase", entityId: target.case.id, changes: { followUpId: target.id, doneAt: now.toISOString() } });
    return { id: target.id, caseId: target.case.id };
  },
});

export const closeCase = defineRecordCommand({
  name: "case.close",
  permission: "case:manage",
  load: loadCase,
  resource: villageOf,
  input: ({ target, now }) => closeCaseSchema(caseBounds(target, now)),
  run: async ({ tx, target, input, actor, audit }) => {
    const closed = await touchOpenCase(tx, target, {
      status: "CLOSED",
      closedOn: input.closedOn,
      outcome: input.outcome,
      outcomeNote: input.outcomeNote ?? null,
      closedById: actor.id,
    });
    if (!closed) return fieldError("outcome", "journey.case.closed");
    await audit({ action: "case.close", entity: "WorkerCase", entityId: target.id, changes: { status: { from: "OPEN", to: "CLOSED" }, outcome: input.outcome, closedOn: dayString(input.closedOn) } });
    return { id: target.id, candidateId: target.candidateId };
  },
});

/** The abroad list's no-contact threshold (days): programme data an administrator sets. */
export const updateNoContactDays = defineCommand({
  name: "journey.noContactDays",
  permission: "referenceData:manage",
  input: noContactDaysSchema,
  run: async ({ tx, input, audit }) => {
    const before = await tx.setting.findUnique({ where: { key: NO_CONTACT_SETTING_KEY } });
    await tx.setting.upsert({
      where: { key: NO_CONTACT_SETTING_KEY },
      create: { key: NO_CONTACT_SETTING_KEY, value: input.days },
      update: { value: input.days },
    });
    await audit({ action: "journey.noContactDays", entity: "Setting", entityId: NO_CONTACT_SETTING_KEY, changes: { days: { from: before?.value ?? null, to: input.days } } });
    return { days: input.days };
  },
});
