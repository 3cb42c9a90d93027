// Content-Security-Policy and the other security headers, built in one place so proxy.ts, next.config.ts and
// the tests agree. Decisions 010 and 011 explain the two policies (nonce for signed-in pages, no script for public).

export type PolicyOptions = {
  /**
   * "none" for the public pages, which are plain HTML with no script at all (decision 011); otherwise the
   * per-request nonce Next stamps on its scripts.
   */
  nonce: string | "none";
  development: boolean;
  /** APP_URL is https: browsers may upgrade sub-resource requests. */
  https: boolean;
};

/** The public portal: plain HTML documents without script, many of them cached whole. */
export const PUBLIC_PREFIXES = ["/id", "/en"] as const;

export function isPublicPath(pathname: string): boolean {
  return pathname === "/" || PUBLIC_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

export function contentSecurityPolicy({ nonce, development, https }: PolicyOptions): string {
  // React needs eval in development only, for its server-error stack reconstruction.
  const devEval = development ? " 'unsafe-eval'" : "";
  const scripts = nonce === "none" ? "'none'" : `'self' 'nonce-${nonce}' 'strict-dynamic'${devEval}`;
  const directives = [
    "default-src 'self'",
    `script-src ${scripts}`,
    // React writes style attributes; a nonce cannot cover attributes, and style injection cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Headers every HTML or data response carries, whatever the page. */
export function securityHeaders({ production }: { production: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  // HSTS only in production: on a developer's http://localhost it would pin the browser to https.
  if (production) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}

/**
 * Headers Next.js (or a hosting layer) uses internally. A client must never be able to send them: the
 * x-middleware-subrequest header let requests skip middleware entirely (CVE-2025-29927).
 */
export const INTERNAL_REQUEST_HEADERS = [
  "x-middleware-subrequest",
  "x-middleware-invoke",
  "x-middleware-next",
  "x-middleware-rewrite",
  "x-middleware-redirect",
  "x-middleware-override-headers",
  "x-middleware-set-cookie",
  "x-middleware-prefetch",
  "x-invoke-path",
  "x-invoke-query",
  "x-invoke-status",
  "x-invoke-error",
  "x-invoke-output",
  "x-matched-path",
  "x-now-route-matches",
  "x-nextjs-data",
  "x-nonce",
] as const;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A state-changing request a browser sent from another site: Origin names another host (or is "null", as
 * from a sandboxed frame or a data: page), or Fetch Metadata says cross-site. Next itself refuses such server
 * actions, but with a 500 and after parsing the body; refusing here answers 403 before any app code runs.
 * No Origin at all is not a browser form post (browsers send Origin on every POST) and passes to Next.
 */
export function isCrossSiteWrite(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  if (origin === "null") return true;
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0].trim().toLowerCase();
  try {
    return new URL(origin).host.toLowerCase() !== host;
  } catch {
    return true;
  }
}

/** Next's default server action body limit (`serverActions.bodySizeLimit`); no form of ours posts more. */
export const MAX_POST_BYTES = 1024 * 1024;

/** A declared body larger than any form may post: answered 413 here instead of a 500 from Next's limit. */
export function isOversizedPost(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const length = Number(headers.get("content-length") ?? "0");
  return Number.isFinite(length) && length > MAX_POST_BYTES;
}

/**
 * A body sent without a declared length (chunked): its size is known only once read, and Next answers one over
 * its limit with a 500. Browsers declare the length of every form post and server action, so such a request is
 * not one of ours: answered 411 Length Required.
 */
export function isUnmeasuredPost(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  return !headers.has("content-length") && headers.has("transfer-encoding");
}

// Percent-encoded or raw C0 control characters and DEL. No link or form of ours produces them; PostgreSQL
// refuses NUL in text, and the rest would only reach logs and searches.
const CONTROL_IN_URL = /%(?:[01][0-9a-f]|7f)|[\u0000-\u001f\u007f]/i;

/**
 * The request's path or query carries a control character, or its path has percent-encoding that does not decode
 * to UTF-8 (`%`, `%C0%AF`, `%E0%A4%A`: Next's router throws on them, a 500): answered 400 before routing.
 */
export function isMalformedUrl(url: string): boolean {
  if (CONTROL_IN_URL.test(url)) return true;
  try {
    decodeURIComponent(new URL(url).pathname);
    return false;
  } catch {
    return true;
  }
}

const ACTION_CONTENT_TYPES = ["text/plain", "multipart/form-data"];

/**
 * The shape of a server action request (a POST with a Next-Action header), checked before Next decodes it: the
 * action id is a hex string and the body is the text or multipart encoding React's client sends. This only turns
 * a malformed envelope into a 400 instead of Next's 500; it authorizes nothing (the action and its command do).
 */
export function isMalformedActionEnvelope(method: string, headers: Headers): boolean {
  const actionId = headers.get("next-action");
  if (actionId === null || method.toUpperCase() !== "POST") return false;
  if (!/^[0-9a-f]{2,128}$/i.test(actionId)) return true;
  const type = (headers.get("content-type") ?? "").toLowerCase();
  if (!ACTION_CONTENT_TYPES.some((t) => type.startsWith(t))) return true;
  return type.startsWith("multipart/form-data") && !/boundary=/.test(type);
}
