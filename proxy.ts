import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth/config";

// Not a security boundary (every page and action authorizes itself through lib/auth/session.ts). Here the
// session cookie of the signed-in areas is re-issued so the idle timeout counts from the last request, and a
// visitor without a session is sent to the login page instead of meeting a 404.
const refreshSession = auth((request) => {
  if (!request.auth) return NextResponse.redirect(new URL("/masuk", request.nextUrl));
});

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  // Only page loads count as activity. A server action (a POST, signing out among them) and a link prefetch
  // must not re-issue the cookie: their Set-Cookie could put back the one signing out just removed.
  if (request.method !== "GET" || request.headers.has("next-action") || request.headers.get("next-router-prefetch")) {
    return NextResponse.next();
  }
  return refreshSession(request, event as never);
}

export const config = {
  matcher: ["/desa/:path*", "/kanim/:path*", "/admin/:path*", "/akun/:path*"],
};
