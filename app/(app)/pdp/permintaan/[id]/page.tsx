import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { CorrectionForm, ResolutionForm } from "@/components/privacy/resolution-form";
import { requireActor } from "@/lib/platform/auth/session";
import { isAppError } from "@/lib/platform/errors";
import { fill, formatDateTime, formatDay } from "@/lib/platform/i18n/locale";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { privacyMessages } from "@/lib/platform/i18n/messages/privacy";
import { getSubjectRequest } from "@/lib/privacy/subject-requests/queries";
import {
  completeCopyAction,
  correctSubjectDataAction,
  eraseSubjectDataAction,
  liftRestrictionAction,
  rejectSubjectRequestAction,
  restrictProcessingAction,
  stopProcessingAction,
} from "../../actions";

export const metadata: Metadata = { title: "Permintaan subjek data" };

export default async function SubjectRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const locale = await getRequestLocale();
  const t = privacyMessages(locale);
  const label = (key: string) => (t as Record<string, string>)[key] ?? key;
  const request = await getSubjectRequest(actor, id).catch((error: unknown) => {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  });
  const subject = request.subject;
  const open = request.status === "OPEN";
  const live = subject != null && subject.anonymisedAt == null;
  const resolutionProps = (key: string, intro: string, submit: string) => ({
    id: key,
    title: submit,
    intro,
    label: t.resolutionLabel,
    submit,
  });

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p className="text-sm text-slate-600">
          <Link href="/pdp" className="underline">
            {t.navQueue}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{fill(t.detailTitle, { type: label(`type${request.type}`) })}</h1>
        <p>
          {fill(t.receivedVia, { at: formatDateTime(locale, request.receivedAt), channel: label(`channel${request.channel}`) })}
        </p>
        <p className={request.overdue ? "font-semibold text-red-800" : undefined}>
          {request.dueAt ? fill(t.dueBy, { at: formatDateTime(locale, request.dueAt) }) : t.noDeadline}
          {request.overdue ? ` — ${t.overdue}` : null}
        </p>
        <p className="text-sm text-slate-700">
          {label(`status${request.status}`)}
          {request.recordedBy ? ` · ${fill(t.recordedBy, { name: request.recordedBy })}` : null}
          {request.resolvedAt
            ? ` · ${fill(t.resolvedBy, { at: formatDateTime(locale, request.resolvedAt), name: request.resolvedBy ?? "—" })}`
            : null}
        </p>
        {request.details ? <p className="whitespace-pre-line rounded bg-slate-100 p-3 text-sm">{request.details}</p> : null}
        {request.resolution ? (
          <p className="text-sm">
            <span className="font-semibold">{t.resolution}: </span>
            {request.resolution}
          </p>
        ) : null}
      </div>

      {subject ? (
        <section aria-labelledby="subject-heading" className="space-y-2">
          <h2 id="subject-heading" className="text-lg font-semibold">
            {t.subjectHeading}
          </h2>
          {subject.anonymisedAt ? (
            <Alert tone="info" title={fill(t.anonymisedSince, { at: formatDateTime(locale, subject.anonymisedAt) })} />
          ) : subject.restrictedAt ? (
            <Alert tone="warning" title={fill(t.restrictedSince, { at: formatDateTime(locale, subject.restrictedAt) })} />
          ) : null}
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">{t.subjectName}</dt>
            <dd>{subject.name}</dd>
            <dt className="font-medium">{t.subjectNik}</dt>
            <dd className="font-mono">{subject.nikMasked}</dd>
            <dt className="font-medium">{t.subjectPhone}</dt>
            <dd className="font-mono">{subject.phoneMasked ?? "—"}</dd>
            <dt className="font-medium">{t.subjectBirthDate}</dt>
            <dd>{formatDay(locale, subject.birthDate)}</dd>
            <dt className="font-medium">{t.subjectAddress}</dt>
            <dd>{subject.addressLine ?? "—"}</dd>
            <dt className="font-medium">{t.subjectVillage}</dt>
            <dd>{subject.villageName}</dd>
          </dl>
        </section>
      ) : null}

      <section aria-labelledby="actions-heading" className="space-y-4">
        <h2 id="actions-heading" className="text-lg font-semibold">
          {t.actionsHeading}
        </h2>
        {(request.type === "ACCESS" || request.type === "COPY") && subject ? (
          <Link href={`/pdp/permintaan/${request.id}/salinan`} className={buttonClass("secondary")}>
            {t.viewCopy}
          </Link>
        ) : null}
        {open && live ? (
          <div className="grid gap-4 lg:grid-cols-2">
            {request.type === "ACCESS" || request.type === "COPY" ? (
              <ResolutionForm action={completeCopyAction.bind(null, request.id)} {...resolutionProps("complete", t.copyPrint, t.completeCopy)} />
            ) : null}
            {request.type === "CORRECTION" ? (
              <CorrectionForm
                action={correctSubjectDataAction.bind(null, request.id)}
                labels={{
                  title: t.correct,
                  intro: t.correctionIntro,
                  name: t.newName,
                  nik: t.newNik,
                  birthDate: t.newBirthDate,
                  phone: t.newPhone,
                  address: t.newAddress,
                  employer: t.newEmployer,
                  contactAbroad: t.newContactAbroad,
                  resolution: t.resolutionLabel,
                  submit: t.correct,
                }}
              />
            ) : null}
            {request.type === "RESTRICTION" ? (
              <ResolutionForm action={restrictProcessingAction.bind(null, request.id)} {...resolutionProps("restrict", t.restrictIntro, t.restrict)} />
            ) : null}
            {request.type === "STOP_PROCESSING" ? (
              <ResolutionForm action={stopProcessingAction.bind(null, request.id)} {...resolutionProps("stop", t.stopIntro, t.stop)} danger />
            ) : null}
            {request.type === "ERASURE" ? (
              <ResolutionForm action={eraseSubjectDataAction.bind(null, request.id)} {...resolutionProps("erase", t.eraseIntro, t.erase)} danger />
            ) : null}
            <ResolutionForm action={rejectSubjectRequestAction.bind(null, request.id)} {...resolutionProps("reject", t.rejectIntro, t.reject)} />
          </div>
        ) : null}
        {open && !live ? (
          <ResolutionForm action={rejectSubjectRequestAction.bind(null, request.id)} {...resolutionProps("reject", t.rejectIntro, t.reject)} />
        ) : null}
        {request.type === "RESTRICTION" && request.status === "FULFILLED" && subject?.restrictedAt && !request.processingStopped ? (
          <ResolutionForm
            action={liftRestrictionAction.bind(null, request.id)}
            {...resolutionProps("lift", t.restrictIntro, t.liftRestriction)}
          />
        ) : null}
      </section>
    </div>
  );
}
