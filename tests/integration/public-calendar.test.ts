import { beforeAll, describe, expect, it } from "vitest";
import { calendarFilterOptions, listPublicUpcomingEvents } from "@/lib/calendar/queries";
import { buildCalendar } from "@/lib/calendar/ics";
import { createDesignation, createOffice, GENDANG_TIMBURU, MADIUN_VILLAGE } from "../support/factories/base";
import { createEvent, days } from "../support/factories/public";

let batulicin: Awaited<ReturnType<typeof createOffice>>;
let madiun: Awaited<ReturnType<typeof createOffice>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  batulicin = await createOffice(["63.02"]);
  madiun = await createOffice(["35.19"]);
  await createDesignation(batulicin.id, GENDANG_TIMBURU);
  await createDesignation(madiun.id, MADIUN_VILLAGE);
  ids.future = (await createEvent({ officeId: batulicin.id, villageCode: GENDANG_TIMBURU, startsAt: days(7), title: "Sosialisasi M-Paspor" })).id;
  ids.java = (await createEvent({ officeId: madiun.id, villageCode: MADIUN_VILLAGE, startsAt: days(3) })).id;
  ids.private = (await createEvent({ officeId: batulicin.id, villageCode: GENDANG_TIMBURU, startsAt: days(5), isPublic: false })).id;
  ids.past = (await createEvent({ officeId: batulicin.id, villageCode: GENDANG_TIMBURU, startsAt: days(-5) })).id;
  ids.done = (await createEvent({ officeId: batulicin.id, villageCode: GENDANG_TIMBURU, startsAt: days(-40), status: "DONE" })).id;
  ids.cancelled = (await createEvent({ officeId: batulicin.id, villageCode: GENDANG_TIMBURU, startsAt: days(9), status: "CANCELLED" })).id;
  ids.postponed = (await createEvent({ officeId: batulicin.id, villageCode: GENDANG_TIMBURU, startsAt: days(11), status: "POSTPONED" })).id;
});

describe("public calendar", () => {
  it("lists only public, planned events that have not ended, soonest first", async () => {
    const events = await listPublicUpcomingEvents();
    expect(events.map((e) => e.id)).toEqual([ids.java, ids.future]);
    expect(events[1]).toMatchObject({ village: { code: GENDANG_TIMBURU, name: "Gendang Timburu" }, office: { slug: batulicin.slug } });
  });

  it("keeps an event that is under way until it ends", async () => {
    const running = await createEvent({ officeId: batulicin.id, villageCode: GENDANG_TIMBURU, startsAt: new Date(Date.now() - 3_600_000), hours: 3 });
    expect((await listPublicUpcomingEvents()).map((e) => e.id)).toContain(running.id);
    expect((await listPublicUpcomingEvents({}, days(1))).map((e) => e.id)).not.toContain(running.id);
  });

  it("filters by province and by office, ignoring malformed filters", async () => {
    expect((await listPublicUpcomingEvents({ province: "35" })).map((e) => e.id)).toEqual([ids.java]);
    expect((await listPublicUpcomingEvents({ office: batulicin.slug })).map((e) => e.id)).toContain(ids.future);
    expect((await listPublicUpcomingEvents({ office: batulicin.slug })).map((e) => e.id)).not.toContain(ids.java);
    expect((await listPublicUpcomingEvents({ province: "6%" })).length).toBeGreaterThanOrEqual(2);
  });

  it("offers the offices and provinces that hold a Desa Binaan as filters", async () => {
    const options = await calendarFilterOptions();
    expect(options.offices.map((o) => o.slug)).toEqual(expect.arrayContaining([batulicin.slug, madiun.slug]));
    expect(options.provinces.map((p) => p.code).sort()).toEqual(["35", "63"]);
  });

  it("turns the events into a feed that carries each one once", async () => {
    const events = await listPublicUpcomingEvents();
    const ics = buildCalendar({
      productId: "-//t//t//ID",
      events: events.map((e) => ({ uid: `${e.id}@desabinaan`, start: e.startsAt, end: e.endsAt, summary: e.title })),
    });
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(events.length);
    expect(ics).toContain(`UID:${ids.future}@desabinaan`);
    expect(ics).not.toContain(ids.private);
  });
});
