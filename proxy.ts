import { NextResponse, type NextFetchEvent, type NextMiddleware, type NextRequest } from "next/server";
import type { NextAuthRequest } from "next-auth";
import { auth } from "@/lib/platform/auth/config";
import { REQUEST_PATH_HEADER } from "@/lib/platform/http/outage";
import {
  contentSecurityPolicy,
  INTERNAL_REQUEST_HEADERS,
  isCrossSiteWrite,
  isMalformedActionEnvelope,
  isMalformedUrl,
  isOversizedPost,
  isPublicPath,
  isUnmeasuredPost,
  securityHeaders,
} from "@/lib/platform/security/headers";

// Security headers, the per-request CSP nonce, and the session refresh of the signed-in areas. Never an
// authorization boundary: every page, action and domain function checks the actor itself through
// lib/platform/auth/session.ts (CVE-2025-29927 showed a proxy can be skipped).

const SIGNED_IN_AREAS = /^\/(desa|kanim|admin|akun|pdp)(\/|$)/;

/**
 * In the signed-in areas the session cookie is re-issued so the idle timeout counts from the last request, and
 * a visitor without a session is sent to the login page instead of meeting a 404.
 */
function withSession(pass: () => NextResponse): NextMiddleware {
  // Typed with the event so that the middleware overload of auth() is chosen, not the route-handler one.
  const refresh: (request: NextAuthRequest, event: NextFetchEvent) => Response = (request) =>
    request.auth ? pass() : NextResponse.redirect(new URL("/masuk", request.nextUrl));
  return auth(refresh);
}

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const production = process.env.NODE_ENV === "production";
  const development = process.env.NODE_ENV === "development";
  const https = (process.env.APP_URL ?? "").startsWith("https://");

  if (isMalformedUrl(request.url)) return refuse(400, "Bad request.", production);
  if (isCrossSiteWrite(request.method, request.headers)) return refuse(403, "Cross-site request refused.", production);
  if (isOversizedPost(request.method, request.headers)) return refuse(413, "Request too large.", production);
  if (isUnmeasuredPost(request.method, request.headers)) return refuse(411, "Length required.", production);
  if (isMalformedActionEnvelope(request.method, request.headers)) return refuse(400, "Bad request.", production);

  const forwarded = new Headers(request.headers);
  for (const name of INTERNAL_REQUEST_HEADERS) forwarded.delete(name);
  forwarded.set(REQUEST_PATH_HEADER, request.nextUrl.pathname);

  // Public pages carry no script at all, so their policy allows none (and a cached page needs no nonce).
  const nonce = isPublicPath(request.nextUrl.pathname) ? "none" : newNonce();
  const policy = contentSecurityPolicy({ nonce, development, https });
  if (nonce !== "none") {
    // Next reads the nonce from the request's CSP header and stamps it on its own scripts.
    forwarded.set("x-nonce", nonce);
    forwarded.set("content-security-policy", policy);
  }

  const pass = () => NextResponse.next({ request: { headers: forwarded } });
  // Auth.js answers every request it wraps (the callback's response, plus the refreshed cookie).
  const response = SIGNED_IN_AREAS.test(request.nextUrl.pathname) && isPageLoad(request)
    ? ((await withSession(pass)(request, event)) as Response)
    : pass();
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(securityHeaders({ production }))) response.headers.set(name, value);
  return response;
}

function refuse(status: number, message: string, production: boolean) {
  const response = new NextResponse(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  for (const [name, value] of Object.entries(securityHeaders({ production }))) response.headers.set(name, value);
  return response;
}

/**
 * Only page loads count as activity. A server action (a POST, signing out among them) and a link prefetch must
 * not re-issue the session cookie: their Set-Cookie could put back the one that signing out just removed.
 */
function isPageLoad(request: NextRequest): boolean {
  return request.method === "GET" && !request.headers.has("next-action") && !request.headers.has("next-router-prefetch");
}

function newNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}

export const config = {
  // Static files need no CSP; everything that renders HTML, RSC payloads or runs a server action does.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
