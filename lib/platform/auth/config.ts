import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/platform/db/client";
import { env, secureCookies } from "@/lib/platform/env";
import { readTicket } from "./tickets";
import { SESSION_ABSOLUTE_SECONDS, sessionExpired, touchedSeen, type TimedClaims } from "./timeouts";

// Auth.js kept thin: the login service (lib/platform/auth/login.ts) checks password, code and throttling and mints a
// one-minute signed "session" ticket; the credentials provider only turns such a ticket into a JWT session.
// The JWT carries the user id (uid), session version (sv), login time (authAt) and last activity (seen);
// lib/platform/auth/session.ts re-reads the account on every protected request.

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env().AUTH_SECRET,
  trustHost: true,
  // Secure (and __Secure- prefixed) cookies whenever the public address is https, also behind a proxy that
  // reaches the app over plain http (Auth.js would otherwise decide from the request's own protocol).
  useSecureCookies: secureCookies(),
  session: { strategy: "jwt", maxAge: SESSION_ABSOLUTE_SECONDS },
  pages: { signIn: "/masuk", error: "/masuk" },
  providers: [
    Credentials({
      credentials: { ticket: {} },
      async authorize(raw) {
        const ticket = readTicket(raw?.ticket, "session");
        if (!ticket) return null;
        const user = await db.user.findUnique({
          where: { id: ticket.uid },
          select: { id: true, active: true, sessionVersion: true },
        });
        if (!user?.active || user.sessionVersion !== ticket.sv) return null;
        return { id: user.id, sessionVersion: user.sessionVersion } as never;
      },
    }),
  ],
  events: {
    // Signing out revokes the session server-side too: a request already in flight (a link prefetch) may
    // answer with a re-issued cookie after the browser dropped it, and that cookie must not work. This also
    // ends the user's sessions on other devices.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.uid !== "string" || typeof token.sv !== "number") return;
      await db.user.updateMany({ where: { id: token.uid, sessionVersion: token.sv }, data: { sessionVersion: { increment: 1 } } });
    },
  },
  callbacks: {
    jwt({ token, user }) {
      const now = Math.floor(Date.now() / 1000);
      if (user) {
        const signedIn = user as unknown as { id: string; sessionVersion: number };
        return { uid: signedIn.id, sv: signedIn.sessionVersion, authAt: now, seen: now };
      }
      if (sessionExpired(token as TimedClaims, now)) return null;
      return { ...token, seen: touchedSeen(token.seen as number, now) };
    },
    session({ session, token }) {
      return { ...session, uid: token.uid as string, sv: token.sv as number };
    },
  },
});
