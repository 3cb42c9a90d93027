import { publicNotFound, type PublicPage } from "@/components/public/public-page";
import { PublicShell } from "@/components/public/public-shell";
import { EventItem } from "@/components/public/event-item";
import { getVillageProfile } from "@/lib/directory/queries";
import { fill, formatDay, formatDate, type Locale } from "@/lib/platform/i18n/locale";
import { publicMessages } from "@/lib/platform/i18n/messages/public";
import { localePath } from "@/lib/public/seo";

export async function villagePage({
  locale,
  params: { code },
}: {
  locale: Locale;
  params: { code: string };
}): Promise<PublicPage> {
  const t = publicMessages(locale);
  const profile = await getVillageProfile(code);
  if (!profile) publicNotFound();
  const { village, designation, office, officers, upcoming, past } = profile;
  const where = fill(t.villageLocation, {
    district: village.district,
    regency: village.regency,
    province: village.province,
  });

  return {
    head: {
      locale,
      path: `/desa-binaan/${code}`,
      title: `Desa ${village.name}`,
      description: `${t.siteName}: ${where}. ${office.name}.`,
    },
    body: (
      <PublicShell locale={locale} path={`/desa-binaan/${code}`} section="directory">
        <p className="text-sm">
          <a href={localePath(locale, "/desa-binaan")} className="text-brand-700 underline">
            ← {t.directoryTitle}
          </a>
        </p>
        <h1 className="mt-2 text-2xl font-bold text-brand-800">Desa {village.name}</h1>
        <p className="text-slate-700">
          {fill(t.villageLocation, {
            district: village.district,
            regency: village.regency,
            province: village.province,
          })}
        </p>
        <p className="mt-3">
          <a
            href={localePath(locale, `/desa-binaan/${code}/poster`)}
            className="font-semibold text-brand-700 underline"
          >
            {t.villagePoster}
          </a>
        </p>

        <section aria-labelledby="designation" className="mt-6">
          <h2 id="designation" className="text-xl font-bold">
            {t.villageDesignation}
          </h2>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-medium">{t.villageDecree}</dt>
            <dd>{designation.decreeNumber}</dd>
            <dt className="font-medium">{t.villageDecreeDate}</dt>
            <dd>{formatDay(locale, designation.decreeDate)}</dd>
          </dl>
        </section>

        <section aria-labelledby="office" className="mt-6">
          <h2 id="office" className="text-xl font-bold">
            {t.villageOffice}
          </h2>
          <p className="mt-2 font-semibold">{office.name}</p>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-medium">{t.villageAddress}</dt>
            <dd>{office.address}</dd>
            <dt className="font-medium">{t.villagePhone}</dt>
            <dd>
              <a href={`tel:${office.phone.replace(/[^\d+]/g, "")}`} className="text-brand-700 underline">
                {office.phone}
              </a>
            </dd>
            <dt className="font-medium">{t.villageEmail}</dt>
            <dd>
              <a href={`mailto:${office.email}`} className="break-all text-brand-700 underline">
                {office.email}
              </a>
            </dd>
            {office.website && /^https?:\/\//.test(office.website) ? (
              <>
                <dt className="font-medium">{t.villageWebsite}</dt>
                <dd>
                  <a href={office.website} className="break-all text-brand-700 underline" rel="noopener noreferrer">
                    {office.website}
                  </a>
                </dd>
              </>
            ) : null}
          </dl>
        </section>

        <section aria-labelledby="officers" className="mt-6">
          <h2 id="officers" className="text-xl font-bold">
            {t.villageOfficers}
          </h2>
          {officers.length === 0 ? (
            <p className="mt-2">{t.villageNoOfficers}</p>
          ) : (
            <ul className="mt-2 list-disc pl-6">
              {officers.map((o) => (
                <li key={`${o.name}-${o.position}`}>
                  {o.name}, {o.position}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="upcoming" className="mt-6">
          <h2 id="upcoming" className="text-xl font-bold">
            {t.villageUpcoming}
          </h2>
          {upcoming.length === 0 ? (
            <p className="mt-2">{t.villageNoUpcoming}</p>
          ) : (
            <ul className="mt-2 space-y-3">
              {upcoming.map((e) => (
                <EventItem key={e.id} locale={locale} event={e} />
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="past" className="mt-6">
          <h2 id="past" className="text-xl font-bold">
            {t.villagePast}
          </h2>
          {past.length === 0 ? (
            <p className="mt-2">{t.villageNoPast}</p>
          ) : (
            <ul className="mt-2 space-y-3">
              {past.map((e) => (
                <li key={e.id} className="rounded-lg border border-slate-300 bg-white p-4">
                  <p className="text-sm text-slate-700">
                    {formatDate(locale, e.startsAt, { day: "numeric", month: "long", year: "numeric" }, e.timeZone)} ·{" "}
                    {t[`eventType_${e.type}`]}
                  </p>
                  <h3 className="font-semibold">{e.title}</h3>
                  {e.summary ? <p className="mt-1">{e.summary}</p> : null}
                  {e.topics.length > 0 ? (
                    <p className="mt-1 text-sm text-slate-700">
                      {t.villageTopics}: {e.topics.map((topic) => t[`topic_${topic}`]).join(", ")}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </PublicShell>
    ),
  };
}
