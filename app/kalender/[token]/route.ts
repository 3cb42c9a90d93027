import { privateFeed } from "@/lib/calendar/private-feeds";

// GET /kalender/<token>: a private ICS feed (office or officer). The token is the credential; unknown or
// revoked tokens get a plain 404.
export async function GET(_: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const ics = await privateFeed(token.replace(/\.ics$/, ""));
  if (!ics) return new Response("Not found", { status: 404 });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="kegiatan.ics"',
      "Cache-Control": "private, max-age=300",
      "Referrer-Policy": "no-referrer",
    },
  });
}
