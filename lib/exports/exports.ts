import "server-only";
import { authorizeAudited } from "@/lib/platform/auth/guard";
import { db, type Tx } from "@/lib/platform/db/client";
import { readOnReplica } from "@/lib/platform/db/replica";
import { can, officeScope, villageScope, type Actor } from "@/lib/platform/auth/policy";
import { recordAudit } from "@/lib/platform/audit/log";
import { decryptField } from "@/lib/platform/crypto/fields";
import { NotFoundError } from "@/lib/platform/errors";
import type { Locale } from "@/lib/platform/i18n/locale";
import { label } from "@/lib/platform/i18n/messages/kanim-labels";
import { journeyLabel } from "@/lib/platform/i18n/messages/journey";
import { riskLabels } from "@/lib/candidates/risk";
import { countryName } from "@/lib/reference-data/countries";
import { PARTICIPANT_GROUPS } from "@/lib/events/schema";
import { utcToLocal, zoneLabel } from "@/lib/platform/time/office-zone";
import { toCsv, type Cell } from "./csv";
import { toXlsx } from "./xlsx";
import { exportMessages } from "./messages";

export type ExportFormat = "csv" | "xlsx";
export type ExportFile = { filename: string; contentType: string; body: string | Buffer };

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

async function file(format: ExportFormat, name: string, sheet: string, header: string[], rows: Cell[][]): Promise<ExportFile> {
  const stamp = new Date().toISOString().slice(0, 10);
  return {
    filename: `${name}-${stamp}.${format}`,
    contentType: CONTENT_TYPES[format],
    body: format === "csv" ? toCsv(header, rows) : await toXlsx(sheet, header, rows),
  };
}

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/**
 * The CPMI of the actor's area as a file. NIK is masked; the full NIK only for a role that may export it, and
 * then every exported record is logged (AccessRecord) with one audit entry, in the same transaction as the read.
 * Restricted (UU PDP) and anonymised records are left out. Without the full NIK the read runs on a replica when
 * one is configured (decision 019); with it the read and its access records share one transaction on the primary.
 */
export async function exportCandidates(
  actor: Actor,
  options: { format: ExportFormat; fullNik?: boolean; locale: Locale },
): Promise<ExportFile> {
  await authorizeAudited(actor, "candidate:export");
  if (options.fullNik && !can(actor, "candidate:exportFullNik")) throw new NotFoundError("export");
  const t = exportMessages(options.locale);
  const read = (tx: Tx) =>
    tx.candidate.findMany({
      where: { ...villageScope(actor, "candidate:export"), restrictedAt: null, anonymisedAt: null },
      orderBy: [{ villageCode: "asc" }, { name: "asc" }, { id: "asc" }],
      select: {
        id: true,
        nikMasked: true,
        nikEncrypted: options.fullNik === true,
        name: true,
        sex: true,
        birthDate: true,
        destinationCountry: true,
        jobSector: true,
        placementChannel: true,
        agencyName: true,
        passportStatus: true,
        plannedDeparture: true,
        riskFlags: true,
        village: { select: { name: true, district: { select: { name: true, regency: { select: { name: true } } } } } },
        _count: { select: { guidance: true, cases: { where: { status: "OPEN" } } } },
        journeyStage: true,
        journeyStageOn: true,
        journeyEvents: {
          where: { stage: { in: ["DEPARTED", "RETURNED"] } },
          orderBy: [{ effectiveOn: "desc" }, { createdAt: "desc" }],
          select: { stage: true, channel: true, destinationCountry: true, employerMasked: true, returnReason: true },
        },
      },
    });
  const candidates = options.fullNik
    ? await db.$transaction(async (tx) => {
        const rows = await read(tx);
        await tx.accessRecord.createMany({
          data: rows.map((c) => ({ actorId: actor.id, candidateId: c.id, kind: "EXPORT_FULL_NIK" as const, purpose: "REPORTING" as const })),
        });
        await recordAudit(
          { actor, action: "candidate.exportFullNik", entity: "Candidate", changes: { format: options.format, count: rows.length } },
          tx,
        );
        return rows;
      })
    : await readOnReplica(read);
  const header = [
    t.nik, t.name, t.sex, t.birthDate, t.village, t.district, t.regency, t.destination, t.sector, t.channel, t.agency,
    t.passportStatus, t.departure, t.riskFlags, t.guidanceSessions,
    t.journeyStage, t.journeyStageOn, t.departedChannel, t.departedCountry, t.employer, t.returnReason, t.openCases,
  ];
  const rows: Cell[][] = candidates.map((c) => {
    // The latest departure and return; the employer only masked (UU PDP).
    const departed = c.journeyEvents.find((e) => e.stage === "DEPARTED");
    const returned = c.journeyEvents.find((e) => e.stage === "RETURNED");
    return [
    options.fullNik && c.nikEncrypted ? decryptField(c.nikEncrypted) : c.nikMasked,
    c.name,
    label(options.locale, "sex", c.sex),
    day(c.birthDate),
    c.village.name,
    c.village.district.name,
    c.village.district.regency.name,
    countryName(c.destinationCountry, options.locale),
    label(options.locale, "jobSector", c.jobSector),
    label(options.locale, "placementChannel", c.placementChannel),
    c.agencyName,
    label(options.locale, "passportStatus", c.passportStatus),
    day(c.plannedDeparture),
    riskLabels(c.riskFlags, options.locale).join("; "),
    c._count.guidance,
    journeyLabel(options.locale, "stage", c.journeyStage),
    day(c.journeyStageOn),
    departed?.channel ? label(options.locale, "placementChannel", departed.channel) : null,
    departed?.destinationCountry ? countryName(departed.destinationCountry, options.locale) : null,
    departed?.employerMasked ?? null,
    returned?.returnReason ? journeyLabel(options.locale, "returnReason", returned.returnReason) : null,
    c._count.cases,
    ];
  });
  return file(options.format, options.fullNik ? "cpmi-nik-lengkap" : "cpmi", t.candidatesSheet, header, rows);
}

/** The office's outreach events with their reports (participants by group and sex), times in the office's zone. */
export async function exportEvents(
  actor: Actor,
  options: { format: ExportFormat; locale: Locale },
): Promise<ExportFile> {
  await authorizeAudited(actor, "event:read");
  const t = exportMessages(options.locale);
  const events = await readOnReplica((replica) => replica.outreachEvent.findMany({
    where: officeScope(actor, "event:read"),
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    include: {
      office: { select: { timeZone: true } },
      village: { select: { name: true, district: { select: { name: true, regency: { select: { name: true } } } } } },
      officers: { select: { officer: { select: { name: true } } } },
      report: { include: { participants: true } },
    },
  }));
  const groupHeaders = PARTICIPANT_GROUPS.flatMap((g) => [
    `${label(options.locale, "participantGroup", g)} (${t.male.slice(-1)})`,
    `${label(options.locale, "participantGroup", g)} (${t.female.slice(-1)})`,
  ]);
  const header = [
    t.eventDate, t.eventEnd, t.timeZone, t.village, t.district, t.regency, t.type, t.title, t.status, t.statusReason,
    t.location, t.officers, t.isPublic, t.male, t.female, ...groupHeaders, t.stakeholders, t.topics, t.summary, t.followUps,
  ];
  const rows: Cell[][] = events.map((e) => {
    const zone = e.office.timeZone;
    const participants = e.report?.participants ?? [];
    const byGroup = PARTICIPANT_GROUPS.flatMap((g) => {
      const p = participants.find((x) => x.group === g);
      return e.report ? [p?.male ?? 0, p?.female ?? 0] : [null, null];
    });
    return [
      utcToLocal(e.startsAt, zone).replace("T", " "),
      utcToLocal(e.endsAt, zone).replace("T", " "),
      zoneLabel(zone),
      e.village.name,
      e.village.district.name,
      e.village.district.regency.name,
      label(options.locale, "eventType", e.type),
      e.title,
      label(options.locale, "eventStatus", e.status),
      e.statusReason,
      e.location,
      e.officers.map((o) => o.officer.name).join("; "),
      e.isPublic,
      e.report ? participants.reduce((s, p) => s + p.male, 0) : null,
      e.report ? participants.reduce((s, p) => s + p.female, 0) : null,
      ...byGroup,
      e.report?.stakeholders,
      e.report?.topics.map((topic) => label(options.locale, "topic", topic)).join("; "),
      e.report?.summary,
      e.report?.followUps,
    ];
  });
  return file(options.format, "kegiatan", t.eventsSheet, header, rows);
}
