// Content-Security-Policy and the other security headers, built in one place so proxy.ts, next.config.ts and
// the tests agree. See docs/decisions/hardening-csp.md for why public pages get a nonce-free policy.

export type PolicyOptions = {
  /** Per-request nonce; when absent the policy allows Next's inline bootstrap scripts from 'self' pages. */
  nonce?: string;
  development: boolean;
  /** APP_URL is https: browsers may upgrade sub-resource requests. */
  https: boolean;
};

/** Public pages render without per-request data; everything under these prefixes may be static. */
export const PUBLIC_PREFIXES = ["/id", "/en"] as const;

export function isPublicPath(pathname: string): boolean {
  return pathname === "/" || PUBLIC_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

export function contentSecurityPolicy({ nonce, development, https }: PolicyOptions): string {
  // React needs eval in development only, for its server-error stack reconstruction.
  const devEval = development ? " 'unsafe-eval'" : "";
  const scripts = nonce
    ? `'self' 'nonce-${nonce}' 'strict-dynamic'${devEval}`
    : // Statically rendered pages carry Next's inline bootstrap scripts without a nonce.
      `'self' 'unsafe-inline'${devEval}`;
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
