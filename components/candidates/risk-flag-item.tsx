import type { ReactNode } from "react";
import { riskFlagText, type RiskCode } from "@/lib/candidates/risk";
import type { Locale } from "@/lib/platform/i18n/locale";
import { riskMessages } from "@/lib/platform/i18n/messages/risk";

/** One warning sign as a reader sees it: its level, label, reason, legal source and what to do. */
export function RiskFlagItem({
  code,
  locale,
  adviceLead,
  children,
}: {
  code: RiskCode;
  locale: Locale;
  /** Words before the advice ("What to do:"), when the page has them. */
  adviceLead?: string;
  /** Details of this record (which documents are missing). */
  children?: ReactNode;
}) {
  const text = riskFlagText(code, locale);
  const t = riskMessages(locale);
  const tone =
    text.level === "WARNING" ? "border-red-700 bg-red-50 text-red-950" : "border-amber-600 bg-amber-50 text-amber-950";
  return (
    <li className={`rounded-md border-l-4 p-3 ${tone}`} data-level={text.level}>
      <p className="text-xs font-semibold uppercase tracking-wide">{t[`level.${text.level}`]}</p>
      <p className="font-semibold">{text.label}</p>
      <p className="text-sm">{text.reason}</p>
      {children}
      <p className="mt-1 text-sm">
        {adviceLead ? <strong>{adviceLead} </strong> : null}
        {text.advice}
      </p>
      <p className="mt-1 text-xs">
        {t.source}: {text.source}
      </p>
    </li>
  );
}
