import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { formatRupiah, type Locale } from "@/lib/platform/i18n/locale";
import { countryName } from "@/lib/reference-data/countries";

// Guide bodies are Markdown written by administrators. They are rendered with micromark and NO raw HTML
// (micromark escapes every tag), GFM tables, and only safe link targets: http(s), mailto, tel and relative.
//
// Figures that change live in the database and enter a guide through tokens, replaced before rendering:
//   {{fees}}          a table of every passport fee (PassportFee, in sort order)
//   {{fee:CODE}}      one fee amount, e.g. {{fee:ORDINARY_5Y}} → Rp350.000
//   {{moratorium}}    the list of moratorium countries (MoratoriumCountry)

export type FeeRow = { code: string; labelId: string; labelEn: string; amount: number };
export type GuideData = { fees: FeeRow[]; moratorium: string[] };

const SAFE_HREF = /^(https?:|mailto:|tel:)/i;
const SAFE_SRC = /^https?:/i;

/** Relative URLs (path, query or fragment only) carry no scheme. */
function isRelative(url: string): boolean {
  const beforePath = url.split(/[/?#]/, 1)[0];
  return !beforePath.includes(":");
}

function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Keeps a URL only when its scheme is allowed; control characters and whitespace cannot hide a scheme. */
export function isSafeUrl(url: string, kind: "href" | "src"): boolean {
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"), so judge the URL without them.
  const compact = decodeAttribute(url).replace(/[\u0000-\u0020\u007f]/g, "");
  if (compact === "") return true;
  if (isRelative(compact)) return true;
  return kind === "href" ? SAFE_HREF.test(compact) : SAFE_SRC.test(compact);
}

/** Escapes text placed into a Markdown table cell or list item. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}

export function expandTokens(body: string, locale: Locale, data: GuideData): string {
  const feeHeader = locale === "en" ? "| Passport | Fee |\n| --- | ---: |" : "| Paspor | Biaya |\n| --- | ---: |";
  return body
    .replace(/\{\{fees\}\}/g, () => {
      if (data.fees.length === 0) return locale === "en" ? "_Fees are not available yet._" : "_Data biaya belum tersedia._";
      const rows = data.fees.map(
        (fee) => `| ${escapeMarkdown(locale === "en" ? fee.labelEn : fee.labelId)} | ${formatRupiah(locale, fee.amount)} |`,
      );
      return [feeHeader, ...rows].join("\n");
    })
    .replace(/\{\{fee:([A-Z0-9_]+)\}\}/g, (_, code: string) => {
      const fee = data.fees.find((f) => f.code === code);
      return fee ? formatRupiah(locale, fee.amount) : "—";
    })
    .replace(/\{\{moratorium\}\}/g, () => {
      if (data.moratorium.length === 0) {
        return locale === "en" ? "_The list is not available yet._" : "_Daftar belum tersedia._";
      }
      const names = data.moratorium.map((code) => countryName(code, locale)).sort((a, b) => a.localeCompare(b, locale));
      return names.map((name) => `- ${escapeMarkdown(name)}`).join("\n");
    });
}

/** Renders guide Markdown to HTML that is safe to insert: no raw HTML, no script, no dangerous links. */
export function renderMarkdown(markdown: string): string {
  const html = micromark(markdown, {
    allowDangerousHtml: false,
    // micromark's own protocol filter drops tel:, so it is off and the stricter filter below decides.
    allowDangerousProtocol: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
  // Every attribute value micromark writes is quoted and entity-encoded, and text never contains a bare
  // quote, so these patterns only ever see the attributes micromark itself produced.
  return html
    .replace(/<a href="([^"]*)"/g, (match, url: string) => (isSafeUrl(url, "href") ? match : "<a"))
    .replace(/<img src="([^"]*)"/g, (match, url: string) => (isSafeUrl(url, "src") ? match : '<img src=""'));
}

export function renderGuideBody(body: string, locale: Locale, data: GuideData): string {
  return renderMarkdown(expandTokens(body, locale, data));
}
