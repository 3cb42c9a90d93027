import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { getEvent } from "@/lib/events/queries";
import { PARTICIPANT_GROUPS } from "@/lib/events/schema";
import { isAppError } from "@/lib/platform/errors";
import { formatDate } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { kanimMessages } from "@/lib/platform/i18n/messages/kanim";
import { label } from "@/lib/platform/i18n/messages/kanim-labels";
import { zoneLabel } from "@/lib/platform/time/office-zone";
import { PrintButton } from "./print-button";

export const metadata: Metadata = { title: "Laporan Kegiatan" };

// An A4 activity report in the layout of an official "Laporan Kegiatan": letterhead, numbered sections,
// participants table, signature block. The workspace chrome is hidden when printing.
const PRINT_CSS = `
@page { size: A4; margin: 20mm 20mm 20mm 25mm; }
@media print {
  main { padding: 0 !important; max-width: none !important; }
  .a4-report { box-shadow: none !important; border: 0 !important; margin: 0 !important; padding: 0 !important; width: auto !important; }
  .a4-report table, .a4-report section { break-inside: avoid; }
}
`;

export default async function EventReportPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireWorkspace("kanim");
  const locale = await getRequestLocale();
  const t = kanimMessages(locale);
  const { id } = await params;
  const event = await getEvent(actor, id).catch((error) => {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  });
  const zone = event.office.timeZone;
  const report = event.report;
  const day = formatDate(locale, event.startsAt, { weekday: "long", day: "numeric", month: "long", year: "numeric" }, zone);
  const time = (d: Date) => formatDate(locale, d, { hour: "2-digit", minute: "2-digit" }, zone);
  const rows = PARTICIPANT_GROUPS.map((group) => {
    const p = report?.participants.find((x) => x.group === group);
    return { group, male: p?.male ?? 0, female: p?.female ?? 0 };
  });
  const totalMale = rows.reduce((s, r) => s + r.male, 0);
  const totalFemale = rows.reduce((s, r) => s + r.female, 0);
  const lead = event.officers[0];
  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="no-print mb-4 flex justify-end">
        <PrintButton label={t.printNow} />
      </div>
      <article className="a4-report mx-auto w-full max-w-[210mm] bg-white p-[15mm] font-serif text-[11pt] leading-relaxed text-black shadow">
        <header className="border-b-4 border-double border-black pb-2 text-center">
          <p className="text-[13pt] font-bold uppercase">{event.office.name}</p>
          <p className="text-[10pt]">{event.office.address}</p>
        </header>
        <h1 className="mt-6 text-center text-[13pt] font-bold underline">{t.printHeading}</h1>
        <p className="text-center">{event.title}</p>
        <p className="mb-6 text-center text-[10pt]">{t.printProgramme}</p>

        <section className="mb-4">
          <h2 className="font-bold">I. {locale === "id" ? "DASAR" : "BASIS"}</h2>
          <p>{t.printBasis}</p>
        </section>

        <section className="mb-4">
          <h2 className="font-bold">II. {locale === "id" ? "WAKTU DAN TEMPAT" : "TIME AND PLACE"}</h2>
          <table className="w-full">
            <tbody>
              <tr><td className="w-48 align-top">{t.printDay}</td><td className="align-top">: {day}</td></tr>
              <tr><td className="align-top">{t.printTime}</td><td className="align-top">: {time(event.startsAt)} – {time(event.endsAt)} {zoneLabel(zone)}</td></tr>
              <tr><td className="align-top">{t.printPlace}</td><td className="align-top">: {event.location}</td></tr>
              <tr><td className="align-top">{t.printVillage}</td><td className="align-top">: {event.villageName} / {event.districtName} / {event.regencyName}</td></tr>
              <tr><td className="align-top">{t.type}</td><td className="align-top">: {label(locale, "eventType", event.type)}</td></tr>
              <tr><td className="align-top">{t.printOfficers}</td><td className="align-top">: {event.officers.map((o) => o.name).join(", ") || "–"}</td></tr>
            </tbody>
          </table>
        </section>

        {report ? (
          <>
            <section className="mb-4">
              <h2 className="font-bold">III. {locale === "id" ? "PESERTA" : "PARTICIPANTS"}</h2>
              <table className="w-full border-collapse border border-black text-[10pt]">
                <thead>
                  <tr>
                    <th className="border border-black p-1">No</th>
                    <th className="border border-black p-1 text-left">{t.group}</th>
                    <th className="border border-black p-1">{t.male}</th>
                    <th className="border border-black p-1">{t.female}</th>
                    <th className="border border-black p-1">{t.total}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r, i) => (
                    <tr key={r.group}>
                      <td className="border border-black p-1 text-center">{i + 1}</td>
                      <td className="border border-black p-1">{label(locale, "participantGroup", r.group)}</td>
                      <td className="border border-black p-1 text-center">{r.male}</td>
                      <td className="border border-black p-1 text-center">{r.female}</td>
                      <td className="border border-black p-1 text-center">{r.male + r.female}</td>
                    </tr>
                  ))}
                  <tr className="font-bold">
                    <td className="border border-black p-1" colSpan={2}>{t.total}</td>
                    <td className="border border-black p-1 text-center">{totalMale}</td>
                    <td className="border border-black p-1 text-center">{totalFemale}</td>
                    <td className="border border-black p-1 text-center" data-testid="report-total">{totalMale + totalFemale}</td>
                  </tr>
                </tbody>
              </table>
              <p className="mt-2">{t.stakeholders}: {report.stakeholders}</p>
            </section>
            <section className="mb-4">
              <h2 className="font-bold">IV. {locale === "id" ? "MATERI" : "TOPICS"}</h2>
              <ol className="list-decimal pl-6">
                {report.topics.map((topic) => (
                  <li key={topic}>{label(locale, "topic", topic)}</li>
                ))}
              </ol>
            </section>
            <section className="mb-4">
              <h2 className="font-bold">V. {locale === "id" ? "HASIL KEGIATAN" : "OUTCOME"}</h2>
              <p className="whitespace-pre-line">{report.summary}</p>
            </section>
            <section className="mb-4">
              <h2 className="font-bold">VI. {locale === "id" ? "TINDAK LANJUT" : "FOLLOW-UPS"}</h2>
              <p className="whitespace-pre-line">{report.followUps || "–"}</p>
            </section>
            <section className="mt-10 flex justify-end">
              <div className="w-64 text-center">
                <p>{formatDate(locale, report.submittedAt, undefined, zone)}</p>
                <p>{t.printSigned}</p>
                <div className="h-20" />
                <p className="font-bold underline">{lead?.name ?? "…………………………"}</p>
                {lead ? <p>NIP {lead.nip}</p> : null}
              </div>
            </section>
          </>
        ) : (
          <p className="italic">{t.printNoReport}</p>
        )}
      </article>
    </>
  );
}
