import type { PublicPage } from "@/components/public/public-page";
import { EventItem } from "@/components/public/event-item";
import { PublicShell } from "@/components/public/public-shell";
import { SelectField } from "@/components/ui/field";
import { calendarFilterOptions, listPublicUpcomingEvents } from "@/lib/calendar/queries";
import { firstValue, type RawQuery } from "@/lib/checklist/schema";
import { type Locale } from "@/lib/platform/i18n/locale";
import { commonMessages } from "@/lib/platform/i18n/messages/common";
import { publicMessages } from "@/lib/platform/i18n/messages/public";
import { localePath } from "@/lib/public/seo";

export async function calendarPage({ locale, query }: { locale: Locale; query: RawQuery }): Promise<PublicPage> {
  const t = publicMessages(locale);
  const c = commonMessages(locale);
  const province = firstValue(query.provinsi) ?? "";
  const office = firstValue(query.kantor) ?? "";
  const [options, events] = await Promise.all([
    calendarFilterOptions(),
    listPublicUpcomingEvents({ province, office }),
  ]);

  const feedQuery = new URLSearchParams();
  if (province) feedQuery.set("provinsi", province);
  if (office) feedQuery.set("kantor", office);
  const feedPath = `/api/public/calendar.ics${feedQuery.size ? `?${feedQuery}` : ""}`;

  return {
    head: { locale, path: "/kalender", title: t.calendarTitle, description: t.calendarDescription },
    body: (
      <PublicShell locale={locale} path="/kalender" section="calendar">
        <h1 className="text-2xl font-bold text-brand-800">{t.calendarTitle}</h1>
        <p className="mt-2 text-slate-700">{t.calendarDescription}</p>

        <form
          method="get"
          action={localePath(locale, "/kalender")}
          className="mt-4 grid gap-3 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-3"
        >
          <SelectField
            label={t.calendarProvince}
            name="provinsi"
            placeholder={t.calendarAll}
            defaultValue={province}
            options={options.provinces.map((p) => ({ value: p.code, label: p.name }))}
          />
          <SelectField
            label={t.calendarOffice}
            name="kantor"
            placeholder={t.calendarAll}
            defaultValue={office}
            options={options.offices.map((o) => ({ value: o.slug, label: o.name }))}
          />
          <div className="flex items-end">
            <button
              type="submit"
              className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
            >
              {c.filter}
            </button>
          </div>
        </form>

        {events.length === 0 ? (
          <p className="mt-6">{t.calendarEmpty}</p>
        ) : (
          <ul className="mt-6 space-y-3">
            {events.map((e) => (
              <EventItem
                key={e.id}
                locale={locale}
                headingLevel={2}
                event={{ ...e, timeZone: e.office.timeZone }}
                extra={
                  <p className="mt-1 text-sm">
                    {t.calendarVillage}:{" "}
                    <a href={localePath(locale, `/desa-binaan/${e.village.code}`)} className="text-brand-700 underline">
                      {e.village.name}
                    </a>
                    , {e.village.regency} · {e.office.name}
                  </p>
                }
              />
            ))}
          </ul>
        )}

        <section aria-labelledby="subscribe" className="mt-6 rounded-md bg-brand-50 p-4">
          <h2 id="subscribe" className="font-semibold">
            <a href={feedPath} className="text-brand-700 underline">
              {t.calendarSubscribe}
            </a>
          </h2>
          <p className="mt-1 text-sm">{t.calendarSubscribeHint}</p>
        </section>
      </PublicShell>
    ),
  };
}
