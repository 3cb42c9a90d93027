import type { PublicPage } from "@/components/public/public-page";
import { PublicShell } from "@/components/public/public-shell";
import { EventItem } from "@/components/public/event-item";
import { Alert } from "@/components/ui/alert";
import { ChoiceGroup, SelectField, TextField } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import type { Locale } from "@/lib/platform/i18n/locale";

// A public page made of the parts the real pages use (shell, shared form controls, an event, rendered Markdown),
// with fixed data: tests/unit/public-render.test.tsx compares its document with the one the
// former home-made renderer wrote for it (tests/unit/fixtures/public-documents/).

export function samplePublicPage(locale: Locale): PublicPage {
  return {
    head: { locale, path: "/cek-dokumen", title: "Cek dokumen & \"syarat\"", description: "Dokumen <paspor> untuk bekerja" },
    body: (
      <PublicShell locale={locale} path="/cek-dokumen" section="checklist">
        <h1 className="text-2xl font-bold">Cek dokumen</h1>
        <form method="get" action={`/${locale}/cek-dokumen`} noValidate>
          <ChoiceGroup
            legend="Tujuan"
            name="purpose"
            type="radio"
            options={[
              { value: "WORK", label: "Kerja" },
              { value: "STUDY", label: "Sekolah" },
            ]}
            selected={["WORK"]}
            error="Pilih satu"
          />
          <TextField label="Umur" name="age" defaultValue="24" error="Isi angka" />
          <SelectField
            label="Kantor"
            name="office"
            placeholder="Semua"
            defaultValue="b"
            options={[
              { value: "a", label: "A" },
              { value: "b", label: "B" },
            ]}
          />
          <button type="submit">Periksa</button>
        </form>
        <Alert tone="error" title="Periksa isian" />
        <EventItem
          locale={locale}
          event={{
            type: "OUTREACH",
            title: "Sosialisasi di Desa Gendang Timburu",
            description: "Pencegahan TPPO",
            startsAt: new Date("2026-12-03T01:00:00.000Z"),
            endsAt: new Date("2026-12-03T04:00:00.000Z"),
            location: "Balai desa",
            timeZone: "Asia/Makassar",
          }}
        />
        <div className="guide-body" dangerouslySetInnerHTML={{ __html: "<p>Aman &amp; rapi</p>" }} />
        <Pagination
          page={2}
          pages={3}
          hrefFor={(p) => `/${locale}/desa-binaan?page=${p}`}
          labels={{ previous: "Sebelumnya", next: "Berikutnya", pageOf: "Halaman 2 dari 3" }}
          link="a"
        />
      </PublicShell>
    ),
  };
}
