import "server-only";
import type { ReactElement } from "react";
import type { NextRequest } from "next/server";
import { PublicDocument } from "@/components/public/public-document";
import { PublicPageNotFound, type PublicPage } from "@/components/public/public-page";
import { notFoundPage, unavailablePage } from "@/components/public/pages/not-found";
import type { RawQuery } from "@/lib/checklist/schema";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/platform/http/errors";
import { isLocale, type Locale } from "@/lib/platform/i18n/locale";
import { PUBLIC_STYLESHEET } from "@/lib/public/generated/stylesheet";

// Every public page is a route handler that renders a whole HTML document with no script (decisions 011, 020):
// the pages need none, and the App Router's client runtime alone was 137 kB gzip, over the 100 kB budget.
// Route files choose their caching with the usual segment config (force-static + revalidate, or dynamic).

type PageInput<P> = { locale: Locale; params: P; query: RawQuery };
type RouteContext<P> = { params: Promise<P & { locale: string }> };

function queryOf(request: NextRequest): RawQuery {
  const query: RawQuery = {};
  for (const key of new Set(request.nextUrl.searchParams.keys())) {
    const values = request.nextUrl.searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0] : values;
  }
  return query;
}

/**
 * React's own HTML renderer. Imported when a page is rendered, not at the top: Next.js bundles route handlers
 * for the server-components environment, which refuses a static import of React DOM's renderer (decision 020).
 * Page functions load their data before they return the tree, so the tree renders synchronously (an async
 * component in it throws).
 */
async function renderDocument(document: ReactElement): Promise<string> {
  const { renderToStaticMarkup } = await import("react-dom/server");
  return `<!DOCTYPE html>${renderToStaticMarkup(document)}`;
}

async function htmlResponse(page: PublicPage, headers: Record<string, string> = {}): Promise<Response> {
  const html = await renderDocument(
    <PublicDocument head={page.head} stylesheet={PUBLIC_STYLESHEET}>
      {page.body}
    </PublicDocument>,
  );
  return new Response(html, {
    status: page.status ?? 200,
    headers: { "Content-Type": "text/html; charset=utf-8", ...headers },
  });
}

/**
 * The GET handler of a public page. An unknown language or a missing record gets the bilingual not-found
 * page (404). `cached` routes rethrow other errors, so Next.js keeps serving the last good copy and never
 * caches an error; uncached routes answer a database outage with a friendly 503.
 */
export function publicRoute<P extends Record<string, string> = Record<never, never>>(
  render: (input: PageInput<P>) => Promise<PublicPage>,
  { cached }: { cached: boolean },
) {
  return async function GET(request: NextRequest, context: RouteContext<P>): Promise<Response> {
    const { locale: raw, ...params } = await context.params;
    if (!isLocale(raw)) return htmlResponse(notFoundPage("id"));
    try {
      return await htmlResponse(
        await render({ locale: raw, params: params as unknown as P, query: cached ? {} : queryOf(request) }),
      );
    } catch (error) {
      if (error instanceof PublicPageNotFound) return htmlResponse(notFoundPage(raw));
      if (!cached && isDatabaseUnavailable(error)) {
        return htmlResponse(unavailablePage(raw), {
          "Retry-After": String(RETRY_AFTER_SECONDS),
          "Cache-Control": "no-store",
        });
      }
      throw error;
    }
  };
}
