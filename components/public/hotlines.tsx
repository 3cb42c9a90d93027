import { HOTLINES } from "@/lib/guides/hotlines";
import type { Locale } from "@/lib/platform/i18n/locale";
import { publicMessages } from "@/lib/platform/i18n/messages/public";

/** Where to call for help: on every guide, the checklist result and the poster. Plain links, no script. */
export function Hotlines({ locale, size = "normal" }: { locale: Locale; size?: "normal" | "poster" }) {
  const t = publicMessages(locale);
  const poster = size === "poster";
  return (
    <section
      aria-labelledby="hotlines"
      className={`rounded-md border-2 border-brand-700 bg-white ${poster ? "mt-6 p-4 text-xl" : "mt-6 p-4 text-sm"}`}
      data-testid="hotlines"
    >
      <h2 id="hotlines" className={`font-bold text-brand-800 ${poster ? "text-2xl" : "text-base"}`}>
        {t.hotlineTitle}
      </h2>
      <ul className="mt-2 space-y-1">
        {HOTLINES.map((h) => (
          <li key={h.key}>
            {t[`hotline_${h.key}`]}:{" "}
            <a href={`tel:${h.tel}`} className="font-semibold text-brand-700 underline">
              {h.number}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
