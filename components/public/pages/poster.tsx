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
  const guidesUrl = `${env().APP_URL}${localePath(locale, "/panduan")}`;
  // Server-side SVG: sharp at any print size, no image request, no client code.
  const qr = await QRCode.toString(guidesUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });

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
      noIndex: true,
    },
    body: (
      <main id="main" className="mx-auto max-w-[210mm] bg-white text-black">
        <p className="no-print flex flex-wrap gap-4 p-4 text-sm">
          <a href={localePath(locale, `/desa-binaan/${code}`)} className="text-brand-700 underline">
            ← {t.posterBack}
          </a>
          <span>{t.printButtonHint}</span>
        </p>
        <article className="poster flex min-h-[297mm] flex-col border-8 border-brand-700 p-8">
          <p className="text-lg font-semibold uppercase tracking-wide text-brand-700">{t.posterHeading}</p>
          <h1 className="mt-1 text-5xl font-extrabold leading-tight">Desa {village.name}</h1>
          <p className="mt-1 text-lg">
            {fill(t.villageLocation, {
              district: village.district,
              regency: village.regency,
              province: village.province,
            })}
          </p>

          <h2 className="mt-8 text-3xl font-bold">{t.posterBefore}</h2>
          <ol className="mt-4 list-decimal space-y-3 pl-8 text-2xl leading-snug">
            <li>{t.posterStep1}</li>
            <li>{t.posterStep2}</li>
            <li>{t.posterStep3}</li>
            <li>{t.posterStep4}</li>
            <li>{t.posterStep5}</li>
          </ol>
          <p className="mt-6 border-4 border-red-700 p-4 text-2xl font-bold text-red-800">{t.posterNever}</p>
          <Hotlines locale={locale} size="poster" />

          <div className="mt-auto flex items-end justify-between gap-6 pt-8">
            <div>
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
            <figure className="w-48 shrink-0 text-center">
              <div
                role="img"
                aria-label={`${t.posterScan}: ${guidesUrl}`}
                className="w-48"
                dangerouslySetInnerHTML={{ __html: qr }}
              />
              <figcaption className="mt-1 text-sm font-semibold">{t.posterScan}</figcaption>
              <p className="break-all text-xs">{guidesUrl}</p>
            </figure>
          </div>
        </article>
      </main>
    ),
  };
}
