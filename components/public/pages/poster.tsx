import { publicNotFound, type PublicPage } from "@/components/public/public-page";
import QRCode from "qrcode";
import { getVillageProfile } from "@/lib/directory/queries";
import { env } from "@/lib/platform/env";
import { fill, type Locale } from "@/lib/platform/i18n/locale";
import { publicMessages } from "@/lib/platform/i18n/messages/public";
import { localePath } from "@/lib/public/seo";
import { Hotlines } from "@/components/public/hotlines";

/** An A4 poster for the village notice board: what to do before working abroad, contacts and a QR code. */
export async function posterPage({
  locale,
  params: { code },
}: {
  locale: Locale;
  params: { code: string };
}): Promise<PublicPage> {
  const t = publicMessages(locale);
  const profile = await getVillageProfile(code);
  if (!profile) publicNotFound();
  const { village, office } = profile;
  // The QR code opens the village's own page (its officers, outreach dates and office), where the guides are a
  // link away.
  const villageUrl = `${env().APP_URL}${localePath(locale, `/desa-binaan/${code}`)}`;
  // Server-side SVG: sharp at any print size, no image request, no client code.
  const qr = await QRCode.toString(villageUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });

  return {
    head: {
      locale,
      path: `/desa-binaan/${code}/poster`,
      title: `${t.posterTitle}: Desa ${village.name}`,
      description: fill(t.villageLocation, {
        district: village.district,
        regency: village.regency,
        province: village.province,
      }),
      copyOf: `/desa-binaan/${code}`,
    },
    body: (
      <main id="main" className="mx-auto max-w-[210mm] bg-white text-black">
        <p className="no-print flex flex-wrap gap-4 p-4 text-sm">
          <a href={localePath(locale, `/desa-binaan/${code}`)} className="text-brand-700 underline">
            ← {t.posterBack}
          </a>
          <span>{t.printButtonHint}</span>
        </p>
        <article className="poster flex flex-col border-8 border-brand-700 p-4 sm:min-h-[297mm] sm:p-8">
          <p className="text-lg font-semibold uppercase tracking-wide text-brand-700">{t.posterHeading}</p>
          <h1 className="mt-1 text-4xl font-extrabold leading-tight wrap-anywhere sm:text-5xl">Desa {village.name}</h1>
          <p className="mt-1 text-lg">
            {fill(t.villageLocation, {
              district: village.district,
              regency: village.regency,
              province: village.province,
            })}
          </p>

          <h2 className="mt-8 text-2xl font-bold sm:text-3xl">{t.posterBefore}</h2>
          <ol className="mt-4 list-decimal space-y-3 pl-7 text-xl leading-snug sm:pl-8 sm:text-2xl">
            <li>{t.posterStep1}</li>
            <li>{t.posterStep2}</li>
            <li>{t.posterStep3}</li>
            <li>{t.posterStep4}</li>
            <li>{t.posterStep5}</li>
          </ol>
          <p className="mt-6 border-4 border-red-700 p-4 text-xl font-bold text-red-800 sm:text-2xl">{t.posterNever}</p>
          <Hotlines locale={locale} size="poster" />

          <div className="mt-auto flex flex-col gap-6 pt-8 sm:flex-row sm:items-end sm:justify-between">
            <div className="min-w-0 wrap-anywhere">
              <h2 className="text-2xl font-bold">{t.posterContact}</h2>
              <p className="mt-2 text-xl font-semibold">{office.name}</p>
              <p className="text-lg">{office.address}</p>
              <p className="text-lg">
                {t.villagePhone}: {office.phone}
              </p>
              <p className="text-lg">
                {t.villageEmail}: {office.email}
              </p>
            </div>
            <figure className="w-48 shrink-0 self-center text-center sm:self-auto">
              <div
                role="img"
                aria-label={`${t.posterScan}: ${villageUrl}`}
                className="w-48"
                dangerouslySetInnerHTML={{ __html: qr }}
              />
              <figcaption className="mt-1 text-sm font-semibold">{t.posterScan}</figcaption>
              <p className="break-all text-xs">{villageUrl}</p>
            </figure>
          </div>
        </article>
      </main>
    ),
  };
}
