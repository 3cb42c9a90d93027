import { buildCalendar } from "@/lib/calendar/ics";
import { listPublicUpcomingEvents } from "@/lib/calendar/queries";
import { env } from "@/lib/platform/env";

// The public outreach calendar as an iCalendar feed; same filters as /[locale]/kalender.
export async function GET(request: Request) {
  const search = new URL(request.url).searchParams;
  const events = await listPublicUpcomingEvents({
    province: search.get("provinsi") ?? undefined,
    office: search.get("kantor") ?? undefined,
  });
  const base = env().APP_URL;
  const body = buildCalendar({
    productId: "-//Desa Binaan Imigrasi//Kalender Publik//ID",
    name: "Desa Binaan Imigrasi",
    description: "Kegiatan sosialisasi Desa Binaan Imigrasi yang terbuka untuk umum",
    events: events.map((e) => ({
      uid: `${e.id}@desabinaan`,
      start: e.startsAt,
      end: e.endsAt,
      summary: e.title,
      description: [e.description, `Desa ${e.village.name}, ${e.village.regency}`, e.office.name].filter(Boolean).join("\n"),
      location: e.location,
      url: `${base}/id/desa-binaan/${e.village.code}`,
      status: "CONFIRMED",
      updatedAt: e.updatedAt,
    })),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="desa-binaan.ics"',
      // Calendar apps poll; a short shared cache spares the database.
      "Cache-Control": "public, max-age=300, s-maxage=300",
    },
  });
}
