import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth/config";
import {
  contentSecurityPolicy,
  INTERNAL_REQUEST_HEADERS,
  isCrossSiteWrite,
  isPublicPath,
  securityHeaders,
} from "@/lib/security/headers";

// Security headers, the per-request CSP nonce, and the session cookie of the signed-in areas. Never an
// authorization boundary: every page, action and domain function checks the actor itself (CVE-2025-29927
// showed a proxy can be skipped).

const SIGNED_IN_AREAS = /^\/(desa|kanim|admin|akun|pdp)(\/|$)/;

function secure(request: NextRequest): NextResponse {
  const production = process.env.NODE_ENV === "production";
  const development = process.env.NODE_ENV === "development";
  const https = (process.env.APP_URL ?? "").startsWith("https://");

  if (isCrossSiteWrite(request.method, request.headers)) {
    const refused = new NextResponse("Cross-site request refused.", { status: 403 });
    for (const [name, value] of Object.entries(securityHeaders({ production }))) refused.headers.set(name, value);
    return refused;
  }

  const forwarded = new Headers(request.headers);
  for (const name of INTERNAL_REQUEST_HEADERS) forwarded.delete(name);

  // Public pages may be statically rendered, and a static page cannot carry a per-request nonce.
  const nonce = isPublicPath(request.nextUrl.pathname) ? undefined : newNonce();
  const policy = contentSecurityPolicy({ nonce, development, https });
  if (nonce) {
    // Next reads the nonce from the request's CSP header and stamps it on its own scripts.
    forwarded.set("x-nonce", nonce);
    forwarded.set("content-security-policy", policy);
  }

  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(securityHeaders({ production }))) response.headers.set(name, value);
  return response;
}

// Re-issues the session cookie so the idle timeout counts from the last request, and sends a visitor with no
// session to the login page instead of a 404.
const withSession = auth((request) => {
  if (!request.auth) {
    const toLogin = NextResponse.redirect(new URL("/masuk", request.nextUrl));
    for (const [name, value] of Object.entries(securityHeaders({ production: process.env.NODE_ENV === "production" }))) {
      toLogin.headers.set(name, value);
    }
    return toLogin;
  }
  return secure(request);
});

export async function proxy(request: NextRequest, event?: NextFetchEvent): Promise<Response> {
  if (SIGNED_IN_AREAS.test(request.nextUrl.pathname) && !isCrossSiteWrite(request.method, request.headers)) {
    return (await withSession(request, event as never)) as Response;
  }
  return secure(request);
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
