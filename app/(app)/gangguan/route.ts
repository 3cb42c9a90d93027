import { escapeHtml } from "@/lib/platform/html/render";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { outageReturnPath } from "@/lib/platform/http/outage";

// GET /gangguan?kembali=/path: the friendly page of a database outage, for a signed-in request whose session
// could not be read (lib/platform/auth/session.ts sends it here). Plain HTML, no script and no database, so it
// works while the database is down and without JavaScript; 503 with Retry-After so clients know to come back.
export async function GET(request: Request) {
  const locale = await getRequestLocale();
  const t = commonMessages(locale);
  const back = outageReturnPath(new URL(request.url).searchParams.get("kembali"));
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(t.errorTitle)} · Desa Binaan Imigrasi</title>
<style>body{font-family:system-ui,sans-serif;margin:0;padding:1.5rem;color:#0f172a}main{max-width:36rem;margin:0 auto}
[role=alert]{border-left:4px solid #b91c1c;background:#fef2f2;color:#7f1d1d;padding:1rem;border-radius:.375rem}
h1{font-size:1.125rem;margin:0 0 .5rem}a{display:inline-block;margin:1rem .75rem 0 0;padding:.625rem 1rem;border-radius:.375rem;
background:#083f7d;color:#fff;text-decoration:none}a+a{background:#e2e8f0;color:#0f172a}</style></head>
<body><main id="main"><div role="alert"><h1>${escapeHtml(t.errorTitle)}</h1><p>${escapeHtml(t.errorBody)}</p></div>
<a href="${escapeHtml(back)}">${escapeHtml(t.tryAgain)}</a><a href="/masuk">${escapeHtml(t.backHome)}</a></main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "5", "Cache-Control": "no-store" },
  });
}
