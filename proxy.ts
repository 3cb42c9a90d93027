import { NextResponse } from "next/server";
import { auth } from "@/lib/auth/config";

// Not a security boundary (every page and action authorizes itself through lib/auth/session.ts). Here the
// session cookie of the signed-in areas is re-issued so the idle timeout counts from the last request, and a
// visitor without a session is sent to the login page instead of meeting a 404.
export default auth((request) => {
  if (!request.auth) return NextResponse.redirect(new URL("/masuk", request.nextUrl));
});

export const config = {
  matcher: ["/desa/:path*", "/kanim/:path*", "/admin/:path*", "/akun/:path*"],
};
