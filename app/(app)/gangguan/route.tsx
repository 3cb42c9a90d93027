import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { RETRY_AFTER_SECONDS } from "@/lib/platform/http/errors";
import { outageReturnPath } from "@/lib/platform/http/outage";

// GET /gangguan?kembali=/path: the friendly page of a database outage, for a signed-in request whose session
// could not be read (lib/platform/auth/session.ts sends it here). Plain HTML, no script and no database, so it
// works while the database is down and without JavaScript; 503 with Retry-After so clients know to come back.

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;padding:1.5rem;color:#0f172a}main{max-width:36rem;margin:0 auto}
[role=alert]{border-left:4px solid #b91c1c;background:#fef2f2;color:#7f1d1d;padding:1rem;border-radius:.375rem}
h1{font-size:1.125rem;margin:0 0 .5rem}a{display:inline-block;margin:1rem .75rem 0 0;padding:.625rem 1rem;border-radius:.375rem;
background:#083f7d;color:#fff;text-decoration:none}a+a{background:#e2e8f0;color:#0f172a}`;

export async function GET(request: Request) {
  const locale = await getRequestLocale();
  const t = commonMessages(locale);
  const back = outageReturnPath(new URL(request.url).searchParams.get("kembali"));
  // React's renderer, imported when rendering: route handlers may not import it statically (decision 020).
  const { renderToStaticMarkup } = await import("react-dom/server");
  const html = renderToStaticMarkup(
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${t.errorTitle} · Desa Binaan Imigrasi`}</title>
        <style dangerouslySetInnerHTML={{ __html: STYLE }} />
      </head>
      <body>
        <main id="main">
          <div role="alert">
            <h1>{t.errorTitle}</h1>
            <p>{t.errorBody}</p>
          </div>
          <a href={back}>{t.tryAgain}</a>
          <a href="/masuk">{t.backHome}</a>
        </main>
      </body>
    </html>,
  );
  return new Response(`<!DOCTYPE html>${html}`, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
  });
}
